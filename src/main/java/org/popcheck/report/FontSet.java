package org.popcheck.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts of one document, and text drawing that falls back character by character:
 * DejaVu first, then the Chinese and Japanese font, then the Korean one, and a visible box for
 * anything none has (most emoji), so no note can make the PDF fail.
 */
final class FontSet {

    /** Shown in place of a character no embedded font can draw. */
    static final int PLACEHOLDER = 0x25A1; // WHITE SQUARE, present in DejaVu Sans

    private final PDDocument doc;
    private final Face regular;
    private final Face bold;
    /** Fallback fonts in order, each loaded into the document on first need. */
    private final List<Supplier<byte[]>> fallbackFiles = List.of(FontFiles::cjk, FontFiles::hangul);
    private final Face[] fallbacks = new Face[2];
    private final boolean[] unavailable = new boolean[2];

    FontSet(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = load(doc, FontFiles.regular());
        this.bold = load(doc, FontFiles.bold());
    }

    private static Face load(PDDocument doc, byte[] bytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // No glyph substitution: ligatures add nothing to a clinical summary, and PDFBox's substitution
        // step compiles patterns on every call, which made a year's log several times slower.
        ttf.setEnableGsub(false);
        return new Face(PDType0Font.load(doc, ttf, true), ttf.getUnicodeCmapLookup());
    }

    /** A run of text that one font draws. */
    record Run(PDType0Font font, String text) {}

    /** Splits text into runs per font; drops invisible joiners and replaces what no font has. */
    List<Run> runs(String text, boolean boldFace) throws IOException {
        Face primary = boldFace ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isInvisible(cp)) {
                continue;
            }
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                cp = ' ';
            }
            Face face = faceFor(primary, cp);
            if (face == null) {
                face = primary;
                cp = PLACEHOLDER;
            }
            PDType0Font font = face.font;
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    /** The width of text as {@link #show} draws it, from cached advances: wrapping asks this very often. */
    float width(String text, float size, boolean boldFace) throws IOException {
        Face primary = boldFace ? bold : regular;
        float units = 0;
        for (Run r : runs(text, boldFace)) {
            Face face = faceOf(r.font(), primary);
            for (int i = 0; i < r.text().length(); ) {
                int cp = r.text().codePointAt(i);
                i += Character.charCount(cp);
                units += face.advance(cp);
            }
        }
        return units / 1000f * size;
    }

    /** Draws text with its baseline starting at (x, y). */
    void show(PDPageContentStream cs, String text, float x, float y, float size, boolean boldFace) throws IOException {
        List<Run> runs = runs(text, boldFace);
        if (runs.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (Run r : runs) {
            cs.setFont(r.font(), size);
            cs.showText(r.text());
        }
        cs.endText();
    }

    /** The first face that has the character, or null when none has it. */
    private Face faceFor(Face primary, int cp) {
        if (primary.has(cp)) {
            return primary;
        }
        for (int i = 0; i < fallbacks.length; i++) {
            Face f = fallback(i);
            if (f != null && f.has(cp)) {
                return f;
            }
        }
        return null;
    }

    private Face faceOf(PDType0Font font, Face primary) {
        if (font == primary.font) {
            return primary;
        }
        for (Face f : fallbacks) {
            if (f != null && f.font == font) {
                return f;
            }
        }
        return primary;
    }

    private Face fallback(int i) {
        if (fallbacks[i] == null && !unavailable[i]) {
            try {
                fallbacks[i] = load(doc, fallbackFiles.get(i).get());
            } catch (IOException | RuntimeException e) {
                // Without it those characters show as placeholders, which beats no summary at all.
                unavailable[i] = true;
            }
        }
        return fallbacks[i];
    }

    private static boolean isInvisible(int cp) {
        return cp == 0x200D || cp == 0x200B || cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /** One font with a cache of which BMP characters it has. */
    private static final class Face {
        private final PDType0Font font;
        private final CmapLookup cmap;
        private final byte[] known = new byte[0x10000]; // 0 unknown, 1 has, 2 lacks
        private final float[] advances = new float[0x10000]; // in 1/1000 em; 0 means not yet measured

        Face(PDType0Font font, CmapLookup cmap) {
            this.font = font;
            this.cmap = cmap;
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
