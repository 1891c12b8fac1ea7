package org.popcheck.report;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of a paragraph that break only where the language allows: between words, after a hyphen
 * ("Knie-|und Hüftschmerzen"), between Chinese or Japanese characters, at Thai word ends, as ICU's
 * line-break rules say. A word is cut only when it is wider than the line by itself, and then with a
 * hyphen where the script uses one; a number is cut without one, so it never reads as a minus sign.
 */
final class LineBreaks {

    /** The width of a piece of text as it would be drawn. */
    @FunctionalInterface
    interface Measure {
        float width(String text) throws IOException;
    }

    static final String HYPHEN = "-";
    /** Scripts whose words are hyphenated when cut; others (Hebrew, Arabic, Indic) are cut plainly. */
    private static final Set<Character.UnicodeScript> HYPHENATED = Set.of(
            Character.UnicodeScript.LATIN, Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC,
            Character.UnicodeScript.ARMENIAN, Character.UnicodeScript.GEORGIAN);

    private final Locale locale;
    private final Measure measure;

    LineBreaks(Locale locale, Measure measure) {
        this.locale = locale;
        this.measure = measure;
    }

    /** One line of a paragraph and where it starts in {@link #normalized} paragraph. */
    record Line(String text, int start) {}

    /** The lines of one paragraph (no line breaks in it), each no wider than {@code maxWidth}; none for a blank one. */
    List<String> lines(String paragraph, float maxWidth) throws IOException {
        return layout(paragraph, maxWidth).stream().map(Line::text).toList();
    }

    /**
     * What is left of the paragraph from its line {@code index} on, as it was written: to wrap again at another
     * width (a column that goes on over a page), without the hyphens the lines were cut with.
     */
    String restFrom(String paragraph, float maxWidth, int index) throws IOException {
        return normalized(paragraph).substring(layout(paragraph, maxWidth).get(index).start());
    }

    /** The paragraph with its runs of spaces as one, as it is wrapped. */
    static String normalized(String paragraph) {
        return paragraph.replaceAll(" +", " ").strip();
    }

    private List<Line> layout(String paragraph, float maxWidth) throws IOException {
        String text = normalized(paragraph);
        List<Line> lines = new ArrayList<>();
        String line = "";
        int lineStart = 0;
        List<Integer> at = breaks(text);
        for (int k = 1; k < at.size(); k++) {
            int start = at.get(k - 1);
            int end = at.get(k);
            String piece = text.substring(start, end);
            String candidate = line + piece;
            if (measure.width(candidate.stripTrailing()) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isBlank()) {
                lines.add(new Line(line.stripTrailing(), lineStart));
            }
            int cut = cutToFit(text, start, end, maxWidth, lines);
            line = text.substring(cut, end);
            lineStart = cut;
        }
        if (!line.isBlank()) {
            lines.add(new Line(line.stripTrailing(), lineStart));
        }
        return lines;
    }

    /** A number at the end of what comes before a break: "2×30 ", "30-", "1,5 ". */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(?<!\\p{L})\\d+(?:[.,]\\d+)?(?: |\u00a0|-|\u00d7)$");
    /** A unit right after a break, as doses and times are written in the three languages. */
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "(?:s|sec|seg|sek|min|h|x|\u00d7|%|\u00b0|seconds?|minutes?|hours?|segundos?|minutos?|horas?|sekunden|minuten|stunden?"
                    + "|second|minute)(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Where a line may break, from the first to the last index: the language's line-break rules (ICU), less every
     * break between a number and its unit, so a dose never reads "2×30" at a line's end and "s" on the next.
     */
    private List<Integer> breaks(String text) {
        BreakIterator icu = BreakIterator.getLineInstance(ULocale.forLocale(locale));
        icu.setText(text);
        List<Integer> at = new ArrayList<>();
        at.add(icu.first());
        for (int end = icu.next(); end != BreakIterator.DONE; end = icu.next()) {
            boolean last = end == text.length();
            if (!last && NUMBER_BEFORE.matcher(text.substring(Math.max(0, end - 24), end)).find()
                    && UNIT_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                continue;
            }
            at.add(end);
        }
        return at;
    }

    /** The width of the widest piece of {@code text} that no line may break: what a column needs to keep every word whole. */
    float longestWord(String text) throws IOException {
        float widest = 0;
        for (String paragraph : text.split("\\R", -1)) {
            String normal = normalized(paragraph);
            List<Integer> at = breaks(normal);
            for (int k = 1; k < at.size(); k++) {
                widest = Math.max(widest, measure.width(normal.substring(at.get(k - 1), at.get(k)).strip()));
            }
        }
        return widest;
    }

    /**
     * The piece of {@code text} from {@code start} to {@code end}, when wider than a whole line: as many whole
     * characters as fit go on lines of their own, each ended by a hyphen when the cut falls between two letters
     * of a hyphenated script. Returns where what is left starts, to begin the next line.
     */
    private int cutToFit(String text, int start, int end, float maxWidth, List<Line> lines) throws IOException {
        int from = start;
        while (measure.width(text.substring(from, end).stripTrailing()) > maxWidth) {
            String rest = text.substring(from, end);
            BreakIterator characters = BreakIterator.getCharacterInstance(ULocale.forLocale(locale));
            characters.setText(rest);
            int cut = characters.next(); // at least one character a line, however narrow the line
            String head = rest.substring(0, cut);
            for (int next = characters.next(); next != BreakIterator.DONE && next < rest.length(); next = characters.next()) {
                String longer = withHyphen(rest, next);
                if (measure.width(longer) > maxWidth) {
                    break;
                }
                cut = next;
                head = longer;
            }
            if (cut >= rest.length()) {
                break;
            }
            lines.add(new Line(head, from));
            from += cut;
        }
        return from;
    }

    /** The first {@code cut} characters of {@code word}, with a hyphen when the cut falls inside a word of letters. */
    private static String withHyphen(String word, int cut) {
        String head = word.substring(0, cut);
        int before = word.codePointBefore(cut);
        int after = word.codePointAt(cut);
        boolean insideWord = Character.isLetter(before) && Character.isLetter(after)
                && HYPHENATED.contains(Character.UnicodeScript.of(before)) && HYPHENATED.contains(Character.UnicodeScript.of(after));
        return insideWord ? head + HYPHEN : head;
    }
}
