package org.popcheck.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text of a script that cannot be drawn letter by letter, shaped into glyphs and drawn by glyph id.
 * In Tamil, Bengali, Devanagari and Thai a vowel sign may stand before the consonant it follows in the
 * text, two letters may become one glyph, and marks sit on their letter; PDFBox draws one glyph per
 * character in text order and does none of this. The JDK's own OpenType layout engine (HarfBuzz, in
 * java.desktop, which the app has anyway) does it all from the font's tables: this class asks it for
 * the glyphs and their positions and writes them to the page as a TJ array of glyph ids.
 *
 * <p>Positions are in 1/1000 em, as PDF text widths are.
 *
 * @param glyphs  glyph ids in the font, in drawing order
 * @param x       where each glyph starts along the line
 * @param y       how far each glyph is raised (marks stacked on marks)
 * @param advance the width of the whole run
 */
record ShapedText(int[] glyphs, float[] x, float[] y, float advance) {

    /** Layout at 1000 units per em, so that positions come out in PDF text units directly. */
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);
    private static final Map<String, Font> LAYOUT_FONTS = new ConcurrentHashMap<>();

    /** The JDK font of a shipped font file, at 1000 units per em; made once per run of the app. */
    static Font layoutFont(String resource) {
        return LAYOUT_FONTS.computeIfAbsent(resource, r -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(FontFiles.bytes(r))).deriveFont(1000f);
            } catch (java.awt.FontFormatException | IOException e) {
                throw new IllegalStateException("The font " + r + " cannot be used for layout", e);
            }
        });
    }

    /** Shapes one left-to-right run of text in {@code font}. */
    static ShapedText shape(Font font, String text) {
        char[] chars = text.toCharArray();
        GlyphVector gv = font.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] glyphs = gv.getGlyphCodes(0, n, null);
        float[] positions = gv.getGlyphPositions(0, n + 1, null);
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = positions[2 * i];
            y[i] = -positions[2 * i + 1]; // Java2D's y grows downwards, PDF's upwards
        }
        return new ShapedText(glyphs, x, y, positions[2 * n]);
    }

    /**
     * Draws the glyphs at the current text position (inside BT/ET) in {@code font}, which must be the
     * PDF font of the same file: each glyph's own width comes from {@code ttf}, and the TJ numbers move
     * the pen from there to where the layout put the next glyph.
     */
    // appendRawCommands is deprecated as discouraged, not as going away: PDFBox has no other public way
    // to show glyphs by id, which shaped text is.
    @SuppressWarnings("deprecation")
    void draw(PDPageContentStream cs, PDType0Font font, TrueTypeFont ttf, float size) throws IOException {
        Set<Integer> used = new HashSet<>();
        float scale = 1000f / ttf.getUnitsPerEm();
        StringBuilder ops = new StringBuilder();
        float pen = 0; // where the PDF's pen is, in 1/1000 em, after what is written so far
        float rise = 0;
        ops.append('[');
        for (int i = 0; i < glyphs.length; i++) {
            if (y[i] != rise) {
                ops.append("] TJ ").append(fmt(y[i] / 1000f * size)).append(" Ts [");
                rise = y[i];
            }
            float shift = x[i] - pen;
            if (Math.abs(shift) > 0.01f) {
                ops.append(fmt(-shift)).append(' ');
            }
            ops.append('<');
            for (byte b : font.encodeGlyphId(glyphs[i])) {
                ops.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            ops.append("> ");
            used.add(glyphs[i]);
            pen = x[i] + Math.round(ttf.getAdvanceWidth(glyphs[i]) * scale);
        }
        ops.append(fmt(pen - advance)).append("] TJ");
        if (rise != 0) {
            ops.append(" 0 Ts");
        }
        ops.append('\n');
        font.addGlyphsToSubset(used);
        cs.appendRawCommands(ops.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static String fmt(float v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
