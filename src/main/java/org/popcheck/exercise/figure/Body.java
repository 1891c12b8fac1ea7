package org.popcheck.exercise.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A posed figure in picture units: its named points (pelvis, neck, head, near.knee, far.toe...)
 * and its rounded parts, back to front in drawing order.
 *
 * @param face direction the face looks, in degrees (0 = up, 90 = right); NaN when the face looks at the viewer
 */
public record Body(Map<String, Point> points, List<Segment> segments, double headRadius, double face) {

    public Body {
        points = Map.copyOf(points);
        segments = List.copyOf(segments);
    }

    public Point point(String name) {
        Point p = points.get(name);
        if (p == null) {
            throw new IllegalArgumentException("No body point called '" + name + "'; known: " + new java.util.TreeSet<>(points.keySet()));
        }
        return p;
    }

    public Segment segment(String name) {
        return segments.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No body part called '" + name + "'"));
    }

    /** The lowest picture y the body reaches, thickness included. */
    public double bottom() {
        double low = point("head").y() + headRadius;
        for (Segment s : segments) {
            low = Math.max(low, s.bottom());
        }
        return low;
    }

    /** The same body moved by (dx, dy). */
    public Body moved(double dx, double dy) {
        return map(p -> p.plus(dx, dy), face);
    }

    /** The same body mirrored about the vertical line x = axis. */
    public Body mirrored(double axis) {
        return map(p -> new Point(2 * axis - p.x(), p.y()), Double.isNaN(face) ? face : -face);
    }

    private Body map(java.util.function.UnaryOperator<Point> f, double newFace) {
        Map<String, Point> moved = new java.util.HashMap<>();
        points.forEach((k, p) -> moved.put(k, f.apply(p)));
        List<Segment> parts = new ArrayList<>();
        for (Segment s : segments) {
            parts.add(new Segment(s.name(), f.apply(s.from()), f.apply(s.to()), s.r1(), s.r2(), s.depth()));
        }
        return new Body(moved, parts, headRadius, newFace);
    }
}
