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
        List<Body> bodies = new ArrayList<>();
        Point centre = null;
        for (int i = 0; i <= SAMPLES; i++) {
            Body b = Skeleton.place(movement, movement.at(i / (double) SAMPLES));
            path.add(b.point(pointName));
            bodies.add(b);
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
        List<Point> shifted = clearOfTheBody(path, offset(path, centre, movement.view() != Movement.View.TOP), bodies,
                movement.view() != Movement.View.TOP);
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

    /** Room kept between an arrow (its line and head) and any part of the body. */
    static final double CLEARANCE = 2;
    /** How far the arrow's head reaches beyond its path: its length and half-width. */
    private static final double HEAD = 9;

    /**
     * The arrow where it touches no limb, head or trunk at any moment of the move it is shown for: {@code first}
     * (the path kept off to the side away from the body) when that is clear; else the path moved further off, to
     * either side, and on along the way it goes, so a part moving out of the body (the hips of a bridge) gets its
     * arrow beyond where it ends, pointing on, not drawn over the body it rises from. When nothing nearby is clear,
     * {@code first}.
     */
    private static List<Point> clearOfTheBody(List<Point> path, List<Point> first, List<Body> bodies, boolean floor) {
        if (clear(first, bodies, floor)) {
            return first;
        }
        Point a = path.get(0);
        Point b = path.get(path.size() - 1);
        double len = Math.max(1e-6, a.distance(b));
        double ux = (b.x() - a.x()) / len;
        double uy = (b.y() - a.y()) / len;
        // the first choice's side, as the direction it was moved in
        double sx = first.get(0).x() - a.x();
        double sy = first.get(0).y() - a.y();
        double slen = Math.max(1e-6, Math.hypot(sx, sy));
        sx /= slen;
        sy /= slen;
        for (double along : new double[] {0, 6, -6, 12, -12, 18, -18, 24, -24, 30, -30, 36, 42, 48}) {
            for (double side : new double[] {OFFSET, -OFFSET, OFFSET + 7, -OFFSET - 7, OFFSET + 14, -OFFSET - 14, OFFSET + 24, -OFFSET - 24, OFFSET + 34, -OFFSET - 34, 0}) {
                List<Point> moved = new ArrayList<>();
                for (Point p : path) {
                    moved.add(p.plus(sx * side + ux * along, sy * side + uy * along));
                }
                if (clear(moved, bodies, floor)) {
                    return moved;
                }
            }
        }
        return first;
    }

    /** Whether an arrow along {@code arrow} keeps off every body of the move, off the floor and in the picture. */
    private static boolean clear(List<Point> arrow, List<Body> bodies, boolean floor) {
        if (floor && intoTheFloor(arrow)) {
            return false;
        }
        for (Point p : arrow) {
            if (p.x() < HEAD || p.x() > Skeleton.WIDTH - HEAD || p.y() < HEAD || p.y() > Skeleton.HEIGHT - HEAD) {
                return false;
            }
        }
        for (Body body : bodies) {
            if (touches(arrow, body, HEAD / 2 + CLEARANCE)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line through {@code points}, {@code reach} thick on each side, comes onto any part of {@code body}. */
    static boolean touches(List<Point> points, Body body, double reach) {
        for (int i = 0; i < points.size(); i++) {
            Point a = points.get(i);
            Point b = i + 1 < points.size() ? points.get(i + 1) : a;
            for (int k = 0; k < 4; k++) {
                Point p = new Point(a.x() + (b.x() - a.x()) * k / 4, a.y() + (b.y() - a.y()) * k / 4);
                for (Segment s : body.segments()) {
                    if (distanceToSegment(p, s.from(), s.to()) < Math.max(s.r1(), s.r2()) + reach) {
                        return true;
                    }
                }
                if (p.distance(body.point("head")) < body.headRadius() + reach) {
                    return true;
                }
            }
        }
        return false;
    }

    static double distanceToSegment(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
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
