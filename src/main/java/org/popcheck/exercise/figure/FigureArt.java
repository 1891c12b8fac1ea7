package org.popcheck.exercise.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The drawing of a movement at one moment, as {@link Mark}s in a 240 by 200 picture: props, the
 * figure with its moving parts in the accent colour, the direction arrow and any close-up.
 * The screen, the still pictures and the contact sheet all draw from here, so they agree.
 */
public final class FigureArt {

    /** Which way the arrow points: towards the end position, back to the start, or no arrow. */
    public enum Arrow { TO_END, TO_START, NONE }

    /** A part counts as moving when its direction changes by more than this between key frames. */
    static final double MOVING_DEGREES = 6;

    private FigureArt() {}

    /** The marks of {@code movement} a {@code fraction} of the way from start (0) to end (1). */
    public static List<Mark> draw(Movement movement, double fraction, Arrow arrow) {
        Keyframe pose = movement.at(fraction);
        Body body = Skeleton.place(movement, pose);
        Set<String> moving = movingParts(movement);
        List<Mark> out = new ArrayList<>(Props.behind(movement));
        List<Segment> ordered = new ArrayList<>(body.segments());
        ordered.sort(Comparator.comparing(Segment::depth));
        boolean headDone = false;
        for (Segment s : ordered) {
            if (!headDone && s.depth() == Segment.Depth.NEAR) {
                head(out, body, moving.contains("head"));
                headDone = true;
            }
            out.add(new Mark.Shape(Shapes.capsule(s.from(), s.r1(), s.to(), s.r2()), role(s, moving.contains(s.name()))));
            if (s.name().endsWith(".forearm")) {
                out.add(new Mark.Disc(s.to(), 4.6, role(s, moving.contains(s.name()))));
            }
        }
        if (!headDone) {
            head(out, body, moving.contains("head"));
        }
        out.addAll(Props.inFront(movement, body));
        String follow = arrowPoint(movement);
        if (arrow != Arrow.NONE && !follow.equals("none")) {
            out.addAll(Arrows.along(movement, follow, arrow == Arrow.TO_START));
        }
        for (Movement.Prop p : movement.props()) {
            if (p.type().equals("inset")) {
                out.addAll(Inset.draw(p, pose.get("detail")));
            } else if (p.type().equals("arc") && arrow != Arrow.NONE) {
                // a turning movement (a circle, a tilt) gets a curved arrow around a body point:
                // x and y are the directions it runs between, width the radius
                boolean back = arrow == Arrow.TO_START;
                out.addAll(Arrows.arc(body.point(p.from()), p.width(), back ? p.y() : p.x(), back ? p.x() : p.y()));
            }
        }
        return out;
    }

    /**
     * The part of the 240 by 200 picture the movement uses at any moment, arrows and props
     * included, with a small margin: {x, y, width, height} in picture units. Views crop to it so a
     * figure lying on the floor is not drawn small at the bottom of an empty box.
     */
    public static double[] bounds(Movement movement) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i <= 8; i++) {
            for (Mark m : draw(movement, i / 8.0, i % 2 == 0 ? Arrow.TO_END : Arrow.TO_START)) {
                double pad = m instanceof Mark.Disc d ? d.radius() : m instanceof Mark.Line l ? l.width() / 2 : 0;
                List<Point> points = m instanceof Mark.Disc d ? List.of(d.centre()) : m instanceof Mark.Shape sh ? sh.outline()
                        : ((Mark.Line) m).points();
                for (Point p : points) {
                    minX = Math.min(minX, p.x() - pad);
                    minY = Math.min(minY, p.y() - pad);
                    maxX = Math.max(maxX, p.x() + pad);
                    maxY = Math.max(maxY, p.y() + pad);
                }
            }
        }
        double margin = 4;
        minX = Math.max(0, minX - margin);
        minY = Math.max(0, minY - margin);
        maxX = Math.min(Skeleton.WIDTH, maxX + margin);
        maxY = Math.min(Skeleton.HEIGHT, maxY + margin);
        return new double[] {minX, minY, maxX - minX, maxY - minY};
    }

    /**
     * The parts drawn in the accent colour: those the data names, or else every part whose
     * direction changes between key frames (and the head when it moves against the neck).
     */
    public static Set<String> movingParts(Movement movement) {
        if (!movement.moving().isEmpty()) {
            return new LinkedHashSet<>(movement.moving());
        }
        Set<String> moving = new LinkedHashSet<>();
        Body first = Skeleton.pose(movement.view(), movement.start());
        for (Keyframe k : movement.keyframes()) {
            Body other = Skeleton.pose(movement.view(), k);
            for (int i = 0; i < first.segments().size(); i++) {
                Segment a = first.segments().get(i);
                Segment b = other.segments().get(i);
                double turn = Math.abs(((a.direction() - b.direction()) % 360 + 540) % 360 - 180);
                double stretch = Math.abs(a.from().distance(a.to()) - b.from().distance(b.to()));
                if (turn > MOVING_DEGREES || stretch > 3) {
                    moving.add(a.name());
                }
            }
            double headShift = first.point("head").distance(other.point("head"));
            if (headShift > 2 && !moving.contains("torso")) {
                moving.add("head");
            }
        }
        return moving;
    }

    /** The body point the arrow follows ("none" for no such arrow): the data's choice, or the hand, foot, knee or head that travels furthest. */
    public static String arrowPoint(Movement movement) {
        if (movement.arrow() != null) {
            return movement.arrow();
        }
        Body a = Skeleton.place(movement, movement.start());
        Body b = Skeleton.place(movement, movement.end());
        String best = "pelvis";
        double far = -1;
        for (String name : List.of("near.hand", "far.hand", "near.toeTip", "far.toeTip", "near.knee", "far.knee", "head", "pelvis")) {
            double d = a.point(name).distance(b.point(name));
            if (d > far + 0.5) {
                far = d;
                best = name;
            }
        }
        return best;
    }

    private static Role role(Segment s, boolean moving) {
        boolean far = s.depth() == Segment.Depth.FAR;
        if (moving) {
            return far ? Role.ACCENT_FAR : Role.ACCENT;
        }
        return far ? Role.BODY_FAR : Role.BODY;
    }

    private static void head(List<Mark> out, Body body, boolean moving) {
        Point c = body.point("head");
        double r = body.headRadius();
        Role skin = moving ? Role.ACCENT : Role.BODY;
        out.add(new Mark.Disc(c, r, skin));
        List<Point> hair = new ArrayList<>();
        if (Double.isNaN(body.face())) {
            // Facing the viewer: hair on top of the head only, even on both sides.
            double up = Math.toDegrees(Math.atan2(c.x() - body.point("neck").x(), -(c.y() - body.point("neck").y())));
            Shapes.arc(hair, c, r + 0.6, up - 75, up + 75);
        } else {
            // In profile the hair covers the top and back of the head and leaves the face bare, with a
            // nose: that is what shows which way the person looks. The hair is centred between the
            // top of the head and the back of it, whichever way the figure is mirrored.
            double f = body.face();
            Point neck = body.point("neck");
            double top = Math.toDegrees(Math.atan2(c.x() - neck.x(), -(c.y() - neck.y())));
            double back = f + 180;
            double middle = Math.toDegrees(Math.atan2(Math.sin(Math.toRadians(top)) + Math.sin(Math.toRadians(back)),
                    Math.cos(Math.toRadians(top)) + Math.cos(Math.toRadians(back))));
            Shapes.arc(hair, c, r + 0.6, middle - 95, middle + 95);
            hair.add(c.towards(f, 1.5));
            out.add(new Mark.Disc(c.towards(f, r - 0.5), 2.6, skin));
        }
        out.add(new Mark.Shape(hair, Role.HAIR));
    }
}
