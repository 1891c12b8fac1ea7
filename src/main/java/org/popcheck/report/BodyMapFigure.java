package org.popcheck.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.popcheck.body.BodySite;
import org.popcheck.i18n.Messages;

/**
 * A body outline, front (with a face) and back (hair, shoulder blades and the spine's three parts),
 * drawn as vectors, with the marked sites as labelled dots.
 * Hips, ankles and feet are marked on the front view, the spine on the back view. In the front
 * view the person's left is on the reader's right; each figure carries the language's letters for right and
 * left, with a legend, so nobody has to guess. Where everything goes is {@link BodyMapLayout}'s.
 */
final class BodyMapFigure {

    static final float WIDTH = 236;
    static final float HEIGHT = 206;

    private static final Color SKIN = new Color(0xf3, 0xf4, 0xf6);
    private static final Color OUTLINE = new Color(0x8a, 0x93, 0x9e);
    private static final Color MARK = new Color(0xc6, 0x28, 0x28);
    private static final Color HAIR = new Color(0x9a, 0xa3, 0xad);
    private static final Color BONE = new Color(0xd5, 0xda, 0xe0);

    private final PdfCanvas c;

    BodyMapFigure(PdfCanvas canvas) {
        this.c = canvas;
    }

    void draw(float x, float top, List<BodySite> sites) throws IOException {
        BodyMapLayout layout = new BodyMapLayout(x, top, sites, text -> c.width(text, BodyMapLayout.LABEL_SIZE, true));
        float frontX = layout.frontX;
        float backX = layout.backX;
        float figTop = layout.figTop;
        outline(frontX, figTop);
        outline(backX, figTop);
        face(frontX, figTop);
        backOfBody(backX, figTop);
        // Orientation letters, in the language's own letters, and the legend that says what they stand for.
        for (BodyMapLayout.Label letter : layout.fixed) {
            c.text(letter.lines().get(0), letter.x(), letter.baseline(), letter.size(), letter.size() == BodyMapLayout.LETTER_SIZE,
                    PdfCanvas.MUTED);
        }
        caption(Messages.get("summary.bodymap.front"), frontX, top + 7);
        caption(Messages.get("summary.bodymap.back"), backX, top + 7);
        for (BodyMapLayout.Label label : layout.labels) {
            mark(label.markX(), label.markY());
        }
        for (BodyMapLayout.Label label : layout.labels) {
            c.line(label.markX() + Math.signum(label.leaderX() - label.markX()) * 4, label.markY(), label.leaderX(), label.leaderY(),
                    0.5f, MARK);
            float baseline = label.baseline();
            for (String line : label.lines()) {
                c.text(line, label.x(), baseline, label.size(), true, MARK);
                baseline += BodyMapLayout.LINE_STEP;
            }
        }
    }

    private void caption(String text, float cx, float baseline) throws IOException {
        c.text(text, cx - c.width(text, 8, true) / 2, baseline, 8, true, PdfCanvas.INK);
    }

    /** A simple standing figure, 180 units tall, centred on cx. */
    private void outline(float cx, float t) throws IOException {
        c.circle(cx, t + 10, 9, SKIN, OUTLINE, 0.8f);
        c.polygon(new float[] {cx - 3.5f, t + 18, cx + 3.5f, t + 18, cx + 4, t + 25, cx - 4, t + 25}, SKIN, OUTLINE, 0.8f);
        // torso: shoulders, waist, hips
        c.polygon(new float[] {
            cx - 22, t + 26, cx + 22, t + 26, cx + 19, t + 50, cx + 15, t + 72, cx + 20, t + 94,
            cx - 20, t + 94, cx - 15, t + 72, cx - 19, t + 50}, SKIN, OUTLINE, 0.8f);
        for (int s = -1; s <= 1; s += 2) {
            // arm from the shoulder down to the hand
            c.polygon(new float[] {
                cx + s * 22, t + 27, cx + s * 27, t + 30, cx + s * 33, t + 96, cx + s * 27, t + 97, cx + s * 20, t + 40},
                SKIN, OUTLINE, 0.8f);
            // leg from hip to ankle
            c.polygon(new float[] {
                cx + s * 1.5f, t + 94, cx + s * 20, t + 94, cx + s * 13, t + 160, cx + s * 5, t + 160},
                SKIN, OUTLINE, 0.8f);
            // foot
            c.ellipse(cx + s * 10, t + 166, 7, 4.5f, SKIN, OUTLINE, 0.8f);
        }
    }

    /** The front view's face, so the two figures are not the same picture. */
    private void face(float cx, float t) throws IOException {
        c.circle(cx - 3.2f, t + 9, 0.9f, OUTLINE, OUTLINE, 0.3f);
        c.circle(cx + 3.2f, t + 9, 0.9f, OUTLINE, OUTLINE, 0.3f);
        c.line(cx - 2.5f, t + 14, cx + 2.5f, t + 14, 0.6f, OUTLINE);
    }

    /**
     * The back view: hair over the back of the head, the shoulder blades, and the spine in its
     * three parts (neck, upper back, lower back) as vertebrae of three sizes with gaps between.
     */
    private void backOfBody(float cx, float t) throws IOException {
        c.ellipse(cx, t + 8, 8.4f, 7, HAIR, HAIR, 0.3f);
        for (int s = -1; s <= 1; s += 2) {
            c.polygon(new float[] {cx + s * 4, t + 31, cx + s * 15, t + 30, cx + s * 12, t + 46, cx + s * 5, t + 42}, SKIN, OUTLINE, 0.6f);
        }
        vertebrae(cx, t + 18, 3, 2.4f, 1.5f, 2.3f);
        vertebrae(cx, t + 29, 7, 3.4f, 1.8f, 4.3f);
        vertebrae(cx, t + 61, 5, 4.6f, 2.4f, 5.2f);
    }

    private void vertebrae(float cx, float top, int count, float width, float height, float step) throws IOException {
        for (int i = 0; i < count; i++) {
            float y = top + i * step;
            c.polygon(new float[] {cx - width / 2, y, cx + width / 2, y, cx + width / 2, y + height, cx - width / 2, y + height},
                    BONE, OUTLINE, 0.3f);
        }
    }

    private void mark(float x, float y) throws IOException {
        c.circle(x, y, 4.2f, MARK, Color.WHITE, 1f);
    }
}
