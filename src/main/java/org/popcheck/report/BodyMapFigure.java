package org.popcheck.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Messages;

/**
 * A body outline, front (with a face) and back (hair, shoulder blades and the spine's three parts),
 * drawn as vectors, with the marked sites as labelled dots.
 * Hips, ankles and feet are marked on the front view, the spine on the back view. In the front
 * view the person's left is on the reader's right; each figure carries R and L so nobody has to guess.
 */
final class BodyMapFigure {

    static final float WIDTH = 236;
    static final float HEIGHT = 196;

    private static final Color SKIN = new Color(0xf3, 0xf4, 0xf6);
    private static final Color OUTLINE = new Color(0x8a, 0x93, 0x9e);
    private static final Color MARK = new Color(0xc6, 0x28, 0x28);
    private static final Color HAIR = new Color(0x9a, 0xa3, 0xad);
    private static final Color BONE = new Color(0xd5, 0xda, 0xe0);
    private static final float FIGURE_TOP = 14;

    /**
     * How far a label may reach left of the figure's box, into the page's margin: a German "R Sprunggelenk"
     * outside the arm started 3 points from the paper's edge.
     */
    static final float LABEL_REACH = 16;

    private final PdfCanvas c;
    /** The leftmost x a label may start at. */
    private float labelMinX;

    BodyMapFigure(PdfCanvas canvas) {
        this.c = canvas;
    }

    void draw(float x, float top, List<BodySite> sites) throws IOException {
        labelMinX = x - LABEL_REACH;
        float frontX = x + 62;
        float backX = x + 164;
        float figTop = top + FIGURE_TOP;
        outline(frontX, figTop);
        outline(backX, figTop);
        face(frontX, figTop);
        backOfBody(backX, figTop);
        // Orientation letters: the front view faces the reader, so the person's right is on the left.
        c.text("R", frontX - 24, figTop + 178, 7, true, PdfCanvas.MUTED);
        c.text("L", frontX + 20, figTop + 178, 7, true, PdfCanvas.MUTED);
        c.text("L", backX - 24, figTop + 178, 7, true, PdfCanvas.MUTED);
        c.text("R", backX + 20, figTop + 178, 7, true, PdfCanvas.MUTED);
        caption(Messages.get("summary.bodymap.front"), frontX, top + 7);
        caption(Messages.get("summary.bodymap.back"), backX, top + 7);
        for (BodySite site : sites) {
            if (site.region().isSpine()) {
                markSpine(site.region(), backX, figTop);
            } else {
                for (Side side : sidesOf(site)) {
                    markLimb(site.region(), side, frontX, figTop);
                }
            }
        }
    }

    private void caption(String text, float cx, float baseline) throws IOException {
        c.text(text, cx - c.width(text, 8, true) / 2, baseline, 8, true, PdfCanvas.INK);
    }

    private static List<Side> sidesOf(BodySite site) {
        return site.side() == Side.BOTH ? List.of(Side.LEFT, Side.RIGHT) : List.of(site.side());
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

    private void markLimb(Region region, Side side, float cx, float t) throws IOException {
        // Front view: the person's left is on the reader's right.
        int dir = side == Side.LEFT ? 1 : -1;
        float mx;
        float my;
        switch (region) {
            case HIP -> { mx = cx + dir * 13; my = t + 94; }
            case ANKLE -> { mx = cx + dir * 9; my = t + 158; }
            default -> { mx = cx + dir * 13; my = t + 167; } // foot
        }
        mark(mx, my);
        String label = Messages.get("summary.bodymap.short." + side.id()) + " " + Messages.get("summary.bodymap.region." + region.id());
        // Labels sit outside the arms so they never cross the outline; below the hands (ankle and foot) a long
        // label on the reader's left may come closer, up to the outside of the foot, to stay on the paper.
        float width = c.width(label, 6.5f, true);
        float labelX = dir > 0 ? cx + 37 : cx - 37 - width;
        if (dir < 0 && labelX < labelMinX && region != Region.HIP) {
            labelX = Math.max(labelMinX, cx - 22 - width);
        }
        c.line(dir > 0 ? mx + 4 : mx - 4, my, dir > 0 ? labelX - 1 : labelX + c.width(label, 6.5f, true) + 1, my, 0.5f, MARK);
        c.text(label, labelX, my + 2.3f, 6.5f, true, MARK);
    }

    private void markSpine(Region region, float cx, float t) throws IOException {
        float my = switch (region) {
            case SPINE_NECK -> t + 22;
            case SPINE_UPPER -> t + 45;
            default -> t + 78;
        };
        mark(cx, my);
        String label = Messages.get("summary.bodymap.region." + region.id());
        c.line(cx + 4, my, cx + 36, my, 0.5f, MARK);
        c.text(label, cx + 37, my + 2.3f, 6.5f, true, MARK);
    }

    private void mark(float x, float y) throws IOException {
        c.circle(x, y, 4.2f, MARK, Color.WHITE, 1f);
    }
}
