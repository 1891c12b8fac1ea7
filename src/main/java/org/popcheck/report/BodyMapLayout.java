package org.popcheck.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Messages;

/**
 * Where everything of the summary's body map goes: the two figures' parts as boxes, the marks, and each
 * mark's label, measured with the font it is drawn in. A label is placed beside its mark, outside the
 * figure, in the first place where its box touches no part of either figure and no label placed before it;
 * a label too long for the room beside its mark is moved up or down a little or broken onto two lines
 * between its words. The layout knows nothing of drawing, so a test can check every box.
 */
final class BodyMapLayout {

    static final float LABEL_SIZE = 6.5f;
    static final float LETTER_SIZE = 7;
    static final float LEGEND_SIZE = 6.5f;
    static final float FIGURE_TOP = 14;
    /** Room kept between a label and any figure part or other label. */
    static final float GAP = 2;
    /** Points from one line of a broken label to the next. */
    static final float LINE_STEP = 7.5f;
    /** How far a label may reach left of the figure's box, into the page's margin. */
    static final float REACH_LEFT = 16;
    /** How far a label may reach right of the figure's box, short of the column of answers beside it. */
    static final float REACH_RIGHT = 10;
    /** How far above or below its mark a label may move to find room, in steps of one point. */
    private static final int MOST_SHIFT = 14;

    /** An axis-aligned box, y from the top of the page. */
    record Box(float left, float top, float right, float bottom) {
        boolean overlaps(Box o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }

        Box grown(float by) {
            return new Box(left - by, top - by, right + by, bottom + by);
        }
    }

    /** One label: its lines, where the first line's baseline starts, and the leader's ends. */
    record Label(List<String> lines, float x, float baseline, float size, Box box, float markX, float markY,
            float leaderX, float leaderY) {}

    /** A figure's part, named so a failing test says which one a label touched. */
    record Part(String name, Box box) {}

    private final LineBreaks.Measure bold;
    final float frontX;
    final float backX;
    final float figTop;
    final float minX;
    final float maxX;
    final List<Part> parts = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    /** The red dots, with their white ring. */
    final List<Box> marks = new ArrayList<>();
    static final float MARK_RADIUS = 4.7f;
    /** Orientation letters and the legend: fixed, but counted as labels no other label may touch. */
    final List<Label> fixed = new ArrayList<>();

    /**
     * @param bold the width of bold text at {@link #LABEL_SIZE}, scaled for the other sizes
     */
    BodyMapLayout(float x, float top, List<BodySite> sites, LineBreaks.Measure bold) throws IOException {
        this.bold = bold;
        this.frontX = x + 62;
        this.backX = x + 164;
        this.figTop = top + FIGURE_TOP;
        this.minX = x - REACH_LEFT;
        this.maxX = x + BodyMapFigure.WIDTH + REACH_RIGHT;
        figureParts("front", frontX);
        figureParts("back", backX);
        orientation();
        // A left ankle and both ankles both mark the left ankle: one mark, one label.
        Set<Pending> pending = new LinkedHashSet<>();
        for (BodySite site : sites) {
            if (site.region().isSpine()) {
                pending.add(spine(site.region()));
            } else {
                for (Side side : site.side() == Side.BOTH ? List.of(Side.RIGHT, Side.LEFT) : List.of(site.side())) {
                    pending.add(limb(site.region(), side));
                }
            }
        }
        // every mark first, so no label covers a mark placed after it
        for (Pending p : pending) {
            marks.add(new Box(p.mx() - MARK_RADIUS, p.my() - MARK_RADIUS, p.mx() + MARK_RADIUS, p.my() + MARK_RADIUS));
        }
        for (Pending p : pending) {
            place(p.text(), p.mx(), p.my(), p.dir());
        }
    }

    /** A mark's label still to place. */
    private record Pending(String text, float mx, float my, int dir) {}

    /** Every box a label must keep clear of: figure parts, fixed letters and the legend. */
    List<Box> obstacles() {
        List<Box> out = new ArrayList<>();
        parts.forEach(p -> out.add(p.box()));
        out.addAll(marks);
        fixed.forEach(l -> out.add(l.box()));
        labels.forEach(l -> out.add(l.box()));
        return out;
    }

    private void figureParts(String view, float cx) {
        float t = figTop;
        parts.add(new Part(view + " head", new Box(cx - 9.4f, t + 0.6f, cx + 9.4f, t + 19.4f)));
        parts.add(new Part(view + " neck", new Box(cx - 4.4f, t + 17.6f, cx + 4.4f, t + 25.4f)));
        parts.add(new Part(view + " torso", new Box(cx - 22.4f, t + 25.6f, cx + 22.4f, t + 94.4f)));
        for (int s = -1; s <= 1; s += 2) {
            String which = s < 0 ? " reader's-left " : " reader's-right ";
            // the arm and the leg are slanted: a box each for their upper and lower parts, so a label may come
            // as close as the outline really is
            parts.add(new Part(view + which + "upper arm", box(cx + s * 19.6f, t + 26.6f, cx + s * 30.3f, t + 62)));
            parts.add(new Part(view + which + "forearm", box(cx + s * 22.3f, t + 62, cx + s * 33.4f, t + 97.4f)));
            parts.add(new Part(view + which + "thigh", box(cx + s * 1.1f, t + 93.6f, cx + s * 20.4f, t + 116)));
            parts.add(new Part(view + which + "knee", box(cx + s * 2.2f, t + 116, cx + s * 18.1f, t + 138)));
            parts.add(new Part(view + which + "shin", box(cx + s * 3.3f, t + 138, cx + s * 15.8f, t + 160.4f)));
            parts.add(new Part(view + which + "foot", box(cx + s * 2.6f, t + 161.1f, cx + s * 17.4f, t + 170.9f)));
        }
    }

    private static Box box(float x1, float y1, float x2, float y2) {
        return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }

    /**
     * The letters under each figure and, under both, the legend saying what the letters stand for. The front
     * view faces the reader, so the person's right is on the reader's left; the back view the other way round.
     */
    private void orientation() throws IOException {
        String right = Messages.get("summary.bodymap.short.right");
        String left = Messages.get("summary.bodymap.short.left");
        float baseline = figTop + 178;
        fixedText(right, frontX - 22, baseline, LETTER_SIZE, true);
        fixedText(left, frontX + 22, baseline, LETTER_SIZE, true);
        fixedText(left, backX - 22, baseline, LETTER_SIZE, true);
        fixedText(right, backX + 22, baseline, LETTER_SIZE, true);
        String legend = Messages.get("summary.bodymap.legend", right, left);
        float mid = (frontX + backX) / 2;
        float w = width(legend, LEGEND_SIZE);
        float lx = Math.max(minX, Math.min(mid - w / 2, maxX - w));
        fixed.add(label(List.of(legend), lx, figTop + 188, LEGEND_SIZE, lx, figTop + 188, lx, figTop + 188));
    }

    /** A letter centred on {@code cx}. */
    private void fixedText(String text, float cx, float baseline, float size, boolean centred) throws IOException {
        float w = width(text, size);
        float x = centred ? cx - w / 2 : cx;
        fixed.add(label(List.of(text), x, baseline, size, x, baseline, x, baseline));
    }

    static String limbLabel(Region region, Side side) {
        return Messages.get("summary.bodymap.short." + side.id()) + " " + Messages.get("summary.bodymap.region." + region.id());
    }

    private Pending limb(Region region, Side side) {
        // Front view: the person's left is on the reader's right.
        int dir = side == Side.LEFT ? 1 : -1;
        float mx;
        float my;
        switch (region) {
            case HIP -> { mx = frontX + dir * 13; my = figTop + 94; }
            case ANKLE -> { mx = frontX + dir * 9; my = figTop + 158; }
            default -> { mx = frontX + dir * 13; my = figTop + 167; } // foot
        }
        return new Pending(limbLabel(region, side), mx, my, dir);
    }

    private Pending spine(Region region) {
        float my = switch (region) {
            case SPINE_NECK -> figTop + 22;
            case SPINE_UPPER -> figTop + 45;
            default -> figTop + 78;
        };
        return new Pending(Messages.get("summary.bodymap.region." + region.id()), backX, my, 1);
    }

    /**
     * Puts a label beside its mark on the side {@code dir} (+1 the reader's right), as close to the mark as the
     * figures allow: on one line at the mark's height if it fits, else a little higher or lower, else broken
     * between its words. The leader from the mark to the label must not cross the other figure.
     */
    private void place(String text, float mx, float my, int dir) throws IOException {
        List<List<String>> shapes = new ArrayList<>();
        shapes.add(List.of(text));
        List<String> words = List.of(text.split(" "));
        if (words.size() > 1) {
            shapes.add(words);
        }
        for (List<String> lines : shapes) {
            for (int k = 0; k <= MOST_SHIFT * 2; k++) {
                float dy = (k % 2 == 1 ? 1 : -1) * ((k + 1) / 2); // 0, +1, -1, +2, -2, ...
                Label l = tryAt(lines, mx, my, dy, dir);
                if (l != null) {
                    labels.add(l);
                    return;
                }
            }
        }
        // No room anywhere: keep the label (a reader must see every site) at its mark's height.
        float w = widest(List.of(text));
        float x = dir > 0 ? mx + 6 : mx - 6 - w;
        labels.add(lineLabel(List.of(text), x, my, mx, my, dir));
    }

    private Label tryAt(List<String> lines, float mx, float my, float dy, int dir) throws IOException {
        float w = widest(lines);
        // the label's middle sits at the mark's height plus dy
        float firstBaseline = my + dy + 2.3f - (lines.size() - 1) * LINE_STEP / 2;
        float edge = dir > 0 ? mx + 6 : mx - 6;
        for (int guard = 0; guard < 40; guard++) {
            float x = dir > 0 ? edge : edge - w;
            Label l = label(lines, x, firstBaseline, LABEL_SIZE, mx, my, dir > 0 ? x - 1 : x + w + 1, my + dy);
            Box grown = l.box().grown(GAP);
            Box hit = null;
            for (Box b : obstacles()) {
                if (b.equals(markBox(mx, my))) {
                    continue; // its own mark: the label starts clear of it, only its gap may reach it
                }
                if (grown.overlaps(b)) {
                    hit = b;
                    break;
                }
            }
            if (hit == null) {
                return within(l) && leaderClear(l, dir) ? l : null;
            }
            edge = dir > 0 ? hit.right() + GAP + 0.01f : hit.left() - GAP - 0.01f;
            if (edge < minX || edge > maxX) {
                return null;
            }
        }
        return null;
    }

    private boolean within(Label l) {
        return l.box().left() >= minX && l.box().right() <= maxX;
    }

    /** A leader runs in the lane beside its own figure: it must not pass through the other figure. */
    private boolean leaderClear(Label l, int dir) {
        boolean front = Math.abs(l.markX() - frontX) < Math.abs(l.markX() - backX);
        String other = front ? "back" : "front";
        float x1 = Math.min(l.markX(), l.leaderX());
        float x2 = Math.max(l.markX(), l.leaderX());
        float y1 = Math.min(l.markY(), l.leaderY());
        float y2 = Math.max(l.markY(), l.leaderY());
        Box leader = new Box(x1, y1 - 0.3f, x2, y2 + 0.3f);
        return parts.stream().filter(p -> p.name().startsWith(other)).noneMatch(p -> p.box().overlaps(leader))
                && labels.stream().noneMatch(o -> o.box().overlaps(leader))
                && fixed.stream().noneMatch(o -> o.box().overlaps(leader));
    }

    private static Box markBox(float mx, float my) {
        return new Box(mx - MARK_RADIUS, my - MARK_RADIUS, mx + MARK_RADIUS, my + MARK_RADIUS);
    }

    private Label lineLabel(List<String> lines, float x, float my, float mx, float markY, int dir) throws IOException {
        float w = widest(lines);
        return label(lines, x, my + 2.3f, LABEL_SIZE, mx, markY, dir > 0 ? x - 1 : x + w + 1, my);
    }

    /**
     * A label's box: from the tallest letter's top to the lowest descender (DejaVu Sans Bold: ascent 0.76,
     * descent 0.24 of the size, accents included), as wide as its widest line.
     */
    private Label label(List<String> lines, float x, float firstBaseline, float size, float mx, float my, float lx, float ly)
            throws IOException {
        float w = 0;
        for (String line : lines) {
            w = Math.max(w, width(line, size));
        }
        float lastBaseline = firstBaseline + (lines.size() - 1) * LINE_STEP;
        Box b = new Box(x, firstBaseline - 0.76f * size, x + w, lastBaseline + 0.24f * size);
        return new Label(List.copyOf(lines), x, firstBaseline, size, b, mx, my, lx, ly);
    }

    private float widest(List<String> lines) throws IOException {
        float w = 0;
        for (String line : lines) {
            w = Math.max(w, width(line, LABEL_SIZE));
        }
        return w;
    }

    private float width(String text, float size) throws IOException {
        return bold.width(text) * size / LABEL_SIZE;
    }
}
