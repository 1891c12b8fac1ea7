package org.popcheck.journal;

/**
 * Text taken from a file or an argument, made safe to show a person: in a message, in the window,
 * or on a terminal.
 *
 * <p>A terminal obeys control characters: ESC sequences retitle the window, clear the screen or
 * write the clipboard (OSC 52), and the 8-bit C1 controls do the same on some terminals. Bidi
 * overrides reorder what follows them, so a line can read differently from what it holds. Every
 * such character is shown as a visible escape ({@code \x1B}, {@code \u202E}) instead.
 */
public final class PlainText {

    /** How much of a value a message quotes, in characters (code points). */
    public static final int QUOTE_LIMIT = 40;

    private PlainText() {}

    /**
     * {@code text} with every control character (C0, DEL, C1), line and paragraph separator and
     * bidi control written as a visible escape, so it prints as one harmless line. Null gives "".
     */
    public static String visible(String text) {
        if (text == null) {
            return "";
        }
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text; // the usual case: nothing to escape, no copy
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
            } else if (c <= 0xFF) {
                out.append(String.format("\\x%02X", (int) c));
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * {@code value} in double quotes for a message: escaped as {@link #visible}, and cut to
     * {@link #QUOTE_LIMIT} characters with "…" and the full length, so a 50 MB value costs one
     * short line.
     */
    public static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        int length = value.codePointCount(0, value.length());
        if (length <= QUOTE_LIMIT) {
            return "\"" + visible(value) + "\"";
        }
        int end = value.offsetByCodePoints(0, QUOTE_LIMIT);
        return "\"" + visible(value.substring(0, end)) + "…\" (" + length + " characters)";
    }

    /**
     * At most {@code limit} characters (code points, so no character is cut in half) of
     * {@code text}, with "…" when something was left out.
     */
    public static String shorten(String text, int limit) {
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, limit - 1)) + "…";
    }

    /** Whether a character must not reach a terminal or a message as it is. */
    public static boolean needsEscape(char c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true; // C0 controls, DEL, C1 controls
        }
        if (c < 0x061C) {
            return false; // fast path for Latin, Greek, Cyrillic, Hebrew ...
        }
        return c == 0x061C // Arabic letter mark
                || c == 0x200E || c == 0x200F // left-to-right and right-to-left marks
                || (c >= 0x202A && c <= 0x202E) // embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069) // isolates
                || c == 0x2028 || c == 0x2029; // line and paragraph separators
    }
}
