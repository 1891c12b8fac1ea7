package org.popcheck.exercise.figure;

/** A point in picture units (x to the right, y down). */
public record Point(double x, double y) {

    /** The point {@code length} units away in direction {@code degrees} (0 = up, 90 = right, 180 = down). */
    public Point towards(double degrees, double length) {
        double r = Math.toRadians(degrees);
        return new Point(x + Math.sin(r) * length, y - Math.cos(r) * length);
    }

    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }
}
