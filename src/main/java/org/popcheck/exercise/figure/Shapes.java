package org.popcheck.exercise.figure;

import java.util.ArrayList;
import java.util.List;

/** Outlines built from circles and lines: the rounded limb, the ellipse, the rounded box. */
final class Shapes {

    private static final int CAP_STEPS = 8;

    private Shapes() {}

    /** A limb part: round at both ends, {@code r1} thick at {@code a} and {@code r2} at {@code b}. */
    static List<Point> capsule(Point a, double r1, Point b, double r2) {
        double dir = a.distance(b) < 1e-6 ? 0 : Math.toDegrees(Math.atan2(b.x() - a.x(), -(b.y() - a.y())));
        List<Point> out = new ArrayList<>();
        arc(out, b, r2, dir - 90, dir + 90);
        arc(out, a, r1, dir + 90, dir + 270);
        return out;
    }

    /** Points on a circle from {@code fromDeg} to {@code toDeg} (0 = up, clockwise), added to {@code out}. */
    static void arc(List<Point> out, Point c, double r, double fromDeg, double toDeg) {
        for (int i = 0; i <= CAP_STEPS; i++) {
            out.add(c.towards(fromDeg + (toDeg - fromDeg) * i / CAP_STEPS, r));
        }
    }

    static List<Point> ellipse(double cx, double cy, double rx, double ry) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            double a = Math.PI * 2 * i / 24;
            out.add(new Point(cx + Math.cos(a) * rx, cy + Math.sin(a) * ry));
        }
        return out;
    }

    /** A box with rounded corners of radius r. */
    static List<Point> box(double x, double y, double w, double h, double r) {
        double rr = Math.min(r, Math.min(w, h) / 2);
        List<Point> out = new ArrayList<>();
        arc(out, new Point(x + w - rr, y + rr), rr, 0, 90);
        arc(out, new Point(x + w - rr, y + h - rr), rr, 90, 180);
        arc(out, new Point(x + rr, y + h - rr), rr, 180, 270);
        arc(out, new Point(x + rr, y + rr), rr, 270, 360);
        return out;
    }
}
