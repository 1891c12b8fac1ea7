package org.popcheck.report;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** The lines of one paragraph (no line breaks in it), each no wider than {@code maxWidth}; none for a blank one. */
    List<String> lines(String paragraph, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String piece : pieces(paragraph)) {
            String candidate = line + piece;
            if (measure.width(candidate.stripTrailing()) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isBlank()) {
                lines.add(line.stripTrailing());
            }
            line = cutToFit(piece, maxWidth, lines);
        }
        if (!line.isBlank()) {
            lines.add(line.stripTrailing());
        }
        return lines;
    }

    /** The width of the widest piece of {@code text} that no line may break: what a column needs to keep every word whole. */
    float longestWord(String text) throws IOException {
        float widest = 0;
        for (String paragraph : text.split("\\R", -1)) {
            for (String piece : pieces(paragraph)) {
                widest = Math.max(widest, measure.width(piece.strip()));
            }
        }
        return widest;
    }

    /** The paragraph in the pieces between its break opportunities, each with the spaces after it; runs of spaces as one. */
    private List<String> pieces(String paragraph) {
        String text = paragraph.replaceAll(" +", " ").strip();
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.forLocale(locale));
        breaks.setText(text);
        List<String> pieces = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(text.substring(start, end));
        }
        return pieces;
    }

    /**
     * A piece wider than a whole line: as many whole characters as fit go on lines of their own, each ended by a
     * hyphen when the cut falls between two letters of a hyphenated script. Returns what is left, to start the next line.
     */
    private String cutToFit(String piece, float maxWidth, List<String> lines) throws IOException {
        String rest = piece;
        while (measure.width(rest.stripTrailing()) > maxWidth) {
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
            lines.add(head);
            rest = rest.substring(cut);
        }
        return rest;
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
