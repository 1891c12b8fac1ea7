package org.popcheck.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Puts one line of text into the order and the letter shapes a PDF draws it in. A PDF shows glyphs
 * left to right exactly as given, so right-to-left text (Hebrew, Arabic) must be reordered by the
 * Unicode bidirectional algorithm, and Arabic letters must be given their joined forms (initial,
 * medial, final) first. Both come from ICU; text without such characters is returned as it is, at
 * the cost of one scan, since the log table measures text many thousand times.
 */
final class BidiLayout {

    /** RIGHT-TO-LEFT MARK: makes a line that starts with a number or a Latin word read right to left. */
    static final String RLM = "\u200F";
    /** LEFT-TO-RIGHT MARK: the same for a line that starts with a Hebrew or Arabic word. */
    static final String LRM = "\u200E";

    private BidiLayout() {}

    /**
     * The line as drawn from left to right: Arabic letters joined, right-to-left runs reversed,
     * brackets in them mirrored, combining marks kept after their letter, direction marks removed.
     * The paragraph's direction comes from its first strong letter (a Hebrew name reads right to left).
     */
    static String visual(String logical) {
        if (!needsWork(logical)) {
            return logical;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shaped(logical), Bidi.LEVEL_DEFAULT_LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** The line in logical order with Arabic letters in their joined forms: what widths are measured on. */
    static String shaped(String logical) {
        if (!needsWork(logical)) {
            return logical;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
                    | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
        } catch (ArabicShapingException e) {
            return logical; // unjoined letters are still readable
        }
    }

    /** Whether a line reads right to left: its first strong letter is Hebrew, Arabic or the like. */
    static boolean isRightToLeft(String line) {
        return needsWork(line) && Bidi.getBaseDirection(line) == Bidi.RTL;
    }

    /** Whether a text has right-to-left letters or direction controls. */
    static boolean needsWork(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x0590) {
                continue;
            }
            if (c <= 0x08FF || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)
                    || (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || Character.isSurrogate(c)) {
                return true; // a surrogate may be an old right-to-left script (or an emoji, which ICU leaves as it is)
            }
        }
        return false;
    }
}
