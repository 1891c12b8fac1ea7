package org.popcheck.report;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts of one document, and text drawing that picks a font per run of text: the Noto
 * font of a character's script when there is one (Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai),
 * else DejaVu, else the Chinese and Japanese font, else the Korean one, and a visible box for anything
 * none has (most emoji), so no note can make the PDF fail. Spaces, digits and marks stay in the font
 * of the run they are in. Every font is embedded as a subset of the glyphs used, and a fallback is
 * read and embedded only when a text needs it.
 *
 * <p>Text is laid out by {@link BidiLayout} first: right-to-left runs reversed, Arabic letters joined.
 */
final class FontSet {

    /** Shown in place of a character no embedded font can draw. */
    static final int PLACEHOLDER = 0x25A1; // WHITE SQUARE, present in DejaVu Sans

    private final PDDocument doc;
    private final Face regular;
    private final Face bold;
    /** Fallback fonts in the order of {@link FontFiles#FALLBACKS}, each loaded into the document on first need. */
    private final Face[] fallbacks = new Face[FontFiles.FALLBACKS.size()];
    private final boolean[] unavailable = new boolean[FontFiles.FALLBACKS.size()];
    /** Per BMP character, the face chosen for it outside a run ({@link #NONE}: no face has it); null until asked. */
    private final Face[] chosenRegular = new Face[0x10000];
    private final Face[] chosenBold = new Face[0x10000];
    /** Per BMP character: 0 not yet known, 1 neutral (common or inherited script), 2 of a script. Same for every document. */
    private static final byte[] NEUTRAL = new byte[0x10000];

    FontSet(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = load(doc, FontFiles.regular(), null);
        this.bold = load(doc, FontFiles.bold(), null);
    }

    /** A face of the document; {@code layout} is the JDK font that shapes its text, or null to draw it letter by letter. */
    private static Face load(PDDocument doc, byte[] bytes, java.awt.Font layout) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // No PDFBox glyph substitution: it compiles patterns on every call, which made a year's log
        // several times slower, and covers two scripts only. Scripts that need shaping go through
        // ShapedText instead.
        ttf.setEnableGsub(false);
        return new Face(PDType0Font.load(doc, ttf, true), ttf, layout);
    }

    /** A run of text that one face draws. */
    record Run(Face face, String text) {}

    /**
     * Splits text, as it is to be drawn, into runs per font; drops invisible joiners and replaces
     * what no font has with {@link #PLACEHOLDER}.
     */
    List<Run> runs(String text, boolean boldFace) throws IOException {
        Face primary = boldFace ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isInvisible(cp)) {
                continue;
            }
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                cp = ' ';
            }
            Face face = faceFor(primary, currentFace, cp);
            if (face == null) {
                face = primary;
                cp = PLACEHOLDER;
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFace, current.toString()));
        }
        return runs;
    }

    /** The width of one line of text as {@link #show} draws it, from cached advances: wrapping asks this very often. */
    float width(String text, float size, boolean boldFace) throws IOException {
        float units = 0;
        for (Run r : runs(BidiLayout.shaped(text), boldFace)) {
            Face face = r.face();
            if (face.layout != null) {
                units += ShapedText.shape(face.layout, r.text()).advance();
                continue;
            }
            for (int i = 0; i < r.text().length(); ) {
                int cp = r.text().codePointAt(i);
                i += Character.charCount(cp);
                units += face.advance(cp);
            }
        }
        return units / 1000f * size;
    }

    /** Draws one line of text (in reading order) with its baseline starting at (x, y). */
    void show(PDPageContentStream cs, String text, float x, float y, float size, boolean boldFace) throws IOException {
        List<Run> runs = runs(BidiLayout.visual(text), boldFace);
        if (runs.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (Run r : runs) {
            Face face = r.face();
            cs.setFont(face.font, size);
            if (face.layout != null) {
                ShapedText.shape(face.layout, r.text()).draw(cs, face.font, face.ttf, size);
            } else {
                cs.showText(r.text());
            }
        }
        cs.endText();
    }

    /**
     * The font for a character: a space, digit or mark stays with the run it is in; a letter of a
     * script with its own font gets that font; then DejaVu; then the CJK and Korean fonts. Null when none has it.
     */
    private Face faceFor(Face primary, Face current, int cp) {
        if (current != null && current != primary && isNeutral(cp) && current.has(cp)) {
            return current;
        }
        if (cp >= 0x10000) {
            return choose(primary, cp);
        }
        // The log table measures the same characters many thousand times: remember each choice.
        Face[] chosen = primary == regular ? chosenRegular : chosenBold;
        Face f = chosen[cp];
        if (f == null) {
            f = choose(primary, cp);
            chosen[cp] = f == null ? NONE : f;
        }
        return f == NONE ? null : f;
    }

    /** The face for a character outside a run: its script's own font, DejaVu, then the CJK and Korean fonts. */
    private Face choose(Face primary, int cp) {
        UnicodeScript script = UnicodeScript.of(cp);
        for (int i = 0; i < fallbacks.length; i++) {
            if (FontFiles.FALLBACKS.get(i).script() == script) {
                Face f = fallback(i);
                if (f != null && f.has(cp)) {
                    return f;
                }
            }
        }
        if (primary.has(cp)) {
            return primary;
        }
        for (int i = 0; i < fallbacks.length; i++) {
            if (FontFiles.FALLBACKS.get(i).script() == null) {
                Face f = fallback(i);
                if (f != null && f.has(cp)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Spaces, digits, punctuation and combining marks: characters that belong to no one script. */
    private static boolean isNeutral(int cp) {
        if (cp >= NEUTRAL.length) {
            UnicodeScript script = UnicodeScript.of(cp);
            return script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
        }
        if (NEUTRAL[cp] == 0) {
            UnicodeScript script = UnicodeScript.of(cp);
            NEUTRAL[cp] = (byte) (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED ? 1 : 2);
        }
        return NEUTRAL[cp] == 1;
    }

    private Face fallback(int i) {
        if (fallbacks[i] == null && !unavailable[i]) {
            FontFiles.Fallback file = FontFiles.FALLBACKS.get(i);
            try {
                fallbacks[i] = load(doc, FontFiles.bytes(file.resource()),
                        file.shaping() ? ShapedText.layoutFont(file.resource()) : null);
            } catch (IOException | RuntimeException e) {
                // Without it those characters show as placeholders, which beats no summary at all.
                unavailable[i] = true;
            }
        }
        return fallbacks[i];
    }

    /** Marks a character that no face has, in the choice caches. */
    private static final Face NONE = new Face();

    private static boolean isInvisible(int cp) {
        return cp == 0x200D || cp == 0x200C || cp == 0x200B || cp == 0x200E || cp == 0x200F || cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /** One font with a cache of which BMP characters it has. */
    private static final class Face {
        private final PDType0Font font;
        private final TrueTypeFont ttf;
        private final java.awt.Font layout;
        private final CmapLookup cmap;
        private final byte[] known = new byte[0x10000]; // 0 unknown, 1 has, 2 lacks
        private final float[] advances = new float[0x10000]; // in 1/1000 em; 0 means not yet measured

        private Face() {
            this.font = null;
            this.ttf = null;
            this.layout = null;
            this.cmap = null;
        }

        Face(PDType0Font font, TrueTypeFont ttf, java.awt.Font layout) throws IOException {
            this.font = font;
            this.ttf = ttf;
            this.layout = layout;
            this.cmap = ttf.getUnicodeCmapLookup();
        }

        boolean has(int cp) {
            if (cp >= known.length) {
                return cmap != null && cmap.getGlyphId(cp) > 0;
            }
            if (known[cp] == 0) {
                known[cp] = (byte) (cmap != null && cmap.getGlyphId(cp) > 0 ? 1 : 2);
            }
            return known[cp] == 1;
        }

        float advance(int cp) throws IOException {
            if (cp >= advances.length) {
                return font.getStringWidth(new String(Character.toChars(cp)));
            }
            if (advances[cp] == 0) {
                float w = font.getStringWidth(String.valueOf((char) cp));
                advances[cp] = w == 0 ? Float.MIN_VALUE : w;
            }
            return advances[cp];
        }
    }
}
