package org.popcheck.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Drawing on one page with y measured from the top, as layouts are written, instead of PDF's
 * bottom-up y. Also wraps text to a width.
 */
final class PdfCanvas {

    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x5b, 0x63, 0x6e);
    static final Color RULE = new Color(0xb8, 0xbf, 0xc7);
    static final Color FAINT = new Color(0xee, 0xf1, 0xf4);

    final PDPageContentStream cs;
    final FontSet fonts;
    final float pageHeight;

    PdfCanvas(PDPageContentStream cs, FontSet fonts, float pageHeight) {
        this.cs = cs;
        this.fonts = fonts;
        this.pageHeight = pageHeight;
    }

    float pdfY(float top) {
        return pageHeight - top;
    }

    /** Text whose baseline is at {@code baseline} from the top. */
    void text(String s, float x, float baseline, float size, boolean bold, Color color) throws IOException {
        cs.setNonStrokingColor(color);
        fonts.show(cs, s, x, pdfY(baseline), size, bold);
    }

    /**
     * A line of text in a box from {@code left} to {@code right}: against the left edge, or against
     * the right edge when the line reads right to left, as a Hebrew or Arabic note does.
     */
    void textInBox(String s, float left, float right, float baseline, float size, boolean bold, Color color) throws IOException {
        if (BidiLayout.isRightToLeft(s)) {
            textRight(s, right, baseline, size, bold, color);
        } else {
            text(s, left, baseline, size, bold, color);
        }
    }

    void textRight(String s, float right, float baseline, float size, boolean bold, Color color) throws IOException {
        text(s, right - width(s, size, bold), baseline, size, bold, color);
    }

    float width(String s, float size, boolean bold) throws IOException {
        return fonts.width(s, size, bold);
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Color color) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, pdfY(y1));
        cs.lineTo(x2, pdfY(y2));
        cs.stroke();
    }

    void fillRect(float x, float top, float w, float h, Color color) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, pdfY(top + h), w, h);
        cs.fill();
    }

    /** A circle; filled, outlined or both. */
    void circle(float cx, float cy, float r, Color fill, Color stroke, float lineWidth) throws IOException {
        ellipse(cx, cy, r, r, fill, stroke, lineWidth);
    }

    void ellipse(float cx, float cy, float rx, float ry, Color fill, Color stroke, float lineWidth) throws IOException {
        final float k = 0.5523f; // Bézier handle length for a quarter circle
        float y = pdfY(cy);
        cs.moveTo(cx + rx, y);
        cs.curveTo(cx + rx, y + k * ry, cx + k * rx, y + ry, cx, y + ry);
        cs.curveTo(cx - k * rx, y + ry, cx - rx, y + k * ry, cx - rx, y);
        cs.curveTo(cx - rx, y - k * ry, cx - k * rx, y - ry, cx, y - ry);
        cs.curveTo(cx + k * rx, y - ry, cx + rx, y - k * ry, cx + rx, y);
        cs.closePath();
        paint(fill, stroke, lineWidth);
    }

    /** A closed polygon through the points (x0, y0, x1, y1, ...), y from the top. */
    void polygon(float[] xy, Color fill, Color stroke, float lineWidth) throws IOException {
        cs.moveTo(xy[0], pdfY(xy[1]));
        for (int i = 2; i < xy.length; i += 2) {
            cs.lineTo(xy[i], pdfY(xy[i + 1]));
        }
        cs.closePath();
        paint(fill, stroke, lineWidth);
    }

    private void paint(Color fill, Color stroke, float lineWidth) throws IOException {
        if (fill != null) {
            cs.setNonStrokingColor(fill);
        }
        if (stroke != null) {
            cs.setStrokingColor(stroke);
            cs.setLineWidth(lineWidth);
        }
        if (fill != null && stroke != null) {
            cs.fillAndStroke();
        } else if (fill != null) {
            cs.fill();
        } else {
            cs.stroke();
        }
    }

    /**
     * Breaks text into lines no wider than {@code maxWidth}, only where the language allows a line to break
     * ({@link LineBreaks}): a word is cut only when it is wider than a whole line. A line
     * that would read the other way than its paragraph (a Hebrew note's line that starts with a number
     * or an English word, or the reverse) starts with a direction mark, so it is laid out and aligned
     * as its paragraph is.
     */
    List<String> wrap(String text, float maxWidth, float size, boolean bold) throws IOException {
        LineBreaks breaks = lineBreaks(size, bold);
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            int first = lines.size();
            lines.addAll(breaks.lines(paragraph, maxWidth));
            boolean rightToLeft = BidiLayout.isRightToLeft(paragraph);
            for (int k = first; k < lines.size(); k++) {
                if (BidiLayout.isRightToLeft(lines.get(k)) != rightToLeft) {
                    lines.set(k, (rightToLeft ? BidiLayout.RLM : BidiLayout.LRM) + lines.get(k));
                }
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** The width of the widest word of {@code text}, the least a column needs to show it without cutting a word. */
    float longestWord(String text, float size, boolean bold) throws IOException {
        return lineBreaks(size, bold).longestWord(text);
    }

    /**
     * What is left of one paragraph (no line breaks in it) from its wrapped line {@code index} on, as written:
     * rejoining the lines would put a space after a line's hyphen ("high- energy") and keep the hyphen of a cut word.
     */
    String restFrom(String paragraph, int index, float maxWidth, float size, boolean bold) throws IOException {
        return lineBreaks(size, bold).restFrom(paragraph, maxWidth, index);
    }

    private LineBreaks lineBreaks(float size, boolean bold) {
        return new LineBreaks(org.popcheck.i18n.Messages.locale(), s -> width(s, size, bold));
    }
}
