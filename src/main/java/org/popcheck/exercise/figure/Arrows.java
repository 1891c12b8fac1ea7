package org.popcheck.exercise.figure;

import java.util.ArrayList;
import java.util.List;

/** The dashed direction arrow, following the path a body point takes from start to end. */
final class Arrows {

    private static final int SAMPLES = 16;
    /** How far the arrow keeps off the path, so it does not sit on the limb. */
    private static final double OFFSET = 13;
    /** A path shorter than this is not worth an arrow: the close-up inset or the caption says it. */
    static final double SHORTEST = 4;

    private Arrows() {}

    static List<Mark> along(Movement movement, String pointName, boolean reverse) {
        List<Point> path = new ArrayList<>();
        Point centre = null;
        for (int i = 0; i <= SAMPLES; i++) {
            Body b = Skeleton.place(movement, movement.at(i / (double) SAMPLES));
            path.add(b.point(pointName));
            if (i == 0) {
                centre = centroid(b);
            }
        }
        double length = 0;
        for (int i = 1; i < path.size(); i++) {
            length += path.get(i).distance(path.get(i - 1));
        }
        if (length < SHORTEST) {
            return List.of();
        }
        List<Point> shifted = offset(path, centre, movement.view() != Movement.View.TOP);
        List<Point> trimmed = new ArrayList<>(shifted.subList(1, shifted.size() - 1));
        if (reverse) {
            java.util.Collections.reverse(trimmed);
        }
        Point tip = trimmed.get(trimmed.size() - 1);
        Point before = trimmed.get(Math.max(0, trimmed.size() - 3));
        double dir = Math.toDegrees(Math.atan2(tip.x() - before.x(), -(tip.y() - before.y())));
        List<Mark> out = new ArrayList<>();
        out.add(new Mark.Line(trimmed.subList(0, trimmed.size() - 1), 3, Role.ARROW, true));
        out.add(new Mark.Shape(List.of(tip.towards(dir, 4), tip.towards(dir + 145, 9), tip.towards(dir - 145, 9)), Role.ARROW));
        return out;
    }

    private static Point centroid(Body b) {
        double x = 0;
        double y = 0;
        for (Point p : b.points().values()) {
            x += p.x();
            y += p.y();
        }
        return new Point(x / b.points().size(), y / b.points().size());
    }

    /** A curved arrow around a body point: centre {@code c}, radius r, from one direction to another (degrees, 0 = up). */
    static List<Mark> arc(Point c, double r, double fromDeg, double toDeg) {
        List<Point> pts = new ArrayList<>();
        Shapes.arc(pts, c, r, fromDeg, toDeg);
        Point tip = pts.get(pts.size() - 1);
        double dir = toDeg + (toDeg > fromDeg ? 90 : -90);
        List<Mark> out = new ArrayList<>();
        out.add(new Mark.Line(pts.subList(0, pts.size() - 1), 3, Role.ARROW, true));
        out.add(new Mark.Shape(List.of(tip.towards(dir, 4), tip.towards(dir + 145, 9), tip.towards(dir - 145, 9)), Role.ARROW));
        return out;
    }

    /**
     * The path moved sideways, away from the body's centre, by {@link #OFFSET}; but never into the
     * floor when the other side keeps above it. For a foot the centre lies far above, so "away" can
     * point down: the arrow of a rising heel sat on the forefoot with its head in the floor, and a foot
     * stepping or lifting had its arrow under the floor line.
     */
    private static List<Point> offset(List<Point> path, Point centre, boolean floor) {
        Point a = path.get(0);
        Point b = path.get(path.size() - 1);
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = Math.hypot(dx, dy);
        double nx = len < 1e-6 ? 0 : -dy / len;
        double ny = len < 1e-6 ? -1 : dx / len;
        Point mid = path.get(path.size() / 2);
        if ((mid.x() - centre.x()) * nx + (mid.y() - centre.y()) * ny < 0) {
            nx = -nx;
            ny = -ny;
        }
        List<Point> away = shifted(path, nx, ny);
        List<Point> other = shifted(path, -nx, -ny);
        return floor && intoTheFloor(away) && !intoTheFloor(other) ? other : away;
    }

    private static List<Point> shifted(List<Point> path, double nx, double ny) {
        List<Point> out = new ArrayList<>();
        for (Point p : path) {
            out.add(p.plus(nx * OFFSET, ny * OFFSET));
        }
        return out;
    }

    /** Whether the arrow, its head included (as long as the gap kept here), would reach into the floor. */
    static boolean intoTheFloor(List<Point> arrow) {
        return arrow.stream().anyMatch(p -> p.y() > Skeleton.FLOOR - HEAD_REACH);
    }

    /** How far below its path an arrow's head may reach: its half-width, 9 units at 145 degrees. */
    private static final double HEAD_REACH = 5;
}
