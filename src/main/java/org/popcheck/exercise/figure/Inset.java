package org.popcheck.exercise.figure;

import java.util.ArrayList;
import java.util.List;

/** A round close-up for foot movements too small to see on the whole figure. */
final class Inset {

    private Inset() {}

    /**
     * The close-up of {@code prop} (centre x, y; diameter width), its movement {@code detail} of the
     * way done (0 to 1). "toes": a foot seen from above, the toes fanning out. "arch": a foot from the
     * side, the arch rising while the toes stay long on the floor. "scrunch": a foot from the side,
     * the heel down and the toes curling to gather a towel. "turnOut": both feet from above, heels
     * together, a band round both fronts, one foot turning outwards (eversion). "turnIn": one foot
     * from above, a band from its front to a table leg on the outer side, the foot turning inwards
     * (inversion). In both the right foot is shown, so outwards is to the right.
     */
    static List<Mark> draw(Movement.Prop prop, double detail) {
        List<Mark> out = new ArrayList<>();
        double r = prop.width() / 2;
        Point c = new Point(prop.x(), prop.y());
        out.add(new Mark.Disc(c, r + 2.5, Role.PROP_SOFT));
        out.add(new Mark.Disc(c, r, Role.INSET));
        Role moving = detail > 0.02 ? Role.ACCENT : Role.BODY;
        if ("toes".equals(prop.kind())) {
            out.add(new Mark.Shape(Shapes.ellipse(c.x(), c.y() + r * 0.3, r * 0.32, r * 0.55), Role.BODY));
            double[] base = {-2, -1, 0, 1, 2};
            for (int i = 0; i < base.length; i++) {
                double angle = base[i] * (6 + 9 * detail);
                Point root = new Point(c.x() + base[i] * r * 0.14, c.y() - r * 0.12);
                Point tip = root.towards(angle, r * (i == 0 ? 0.3 : 0.27));
                out.add(new Mark.Shape(Shapes.capsule(root, i == 0 ? 4 : 3.2, tip, i == 0 ? 4 : 3.2), moving));
            }
        } else if ("turnOut".equals(prop.kind()) || "turnIn".equals(prop.kind())) {
            turningFoot(out, c, r, detail, "turnOut".equals(prop.kind()), moving);
        } else if ("scrunch".equals(prop.kind())) {
            // The foot from the side on its towel: the heel stays down, the toes curl and gather the towel.
            double ground = c.y() + r * 0.4;
            Point heel = new Point(c.x() - r * 0.6, ground - 5);
            Point ball = new Point(c.x() + r * 0.2, ground - 4);
            Point tip = ball.towards(90 + 70 * detail, r * 0.38);
            double gather = 8 * detail;
            out.add(new Mark.Line(List.of(new Point(c.x() - r * 0.85, ground + 1), new Point(tip.x() - gather, ground + 1),
                    new Point(tip.x() - gather / 2 + 2, ground + 1 - gather), new Point(tip.x() + 4, ground + 1),
                    new Point(c.x() + r * 0.85, ground + 1)), 4, Role.BAND, false));
            out.add(new Mark.Shape(Shapes.capsule(new Point(heel.x() + 3, c.y() - r * 0.8), 6, heel.plus(3, -5), 6), Role.BODY));
            out.add(new Mark.Shape(Shapes.capsule(heel, 5.5, ball, 4.5), Role.BODY));
            out.add(new Mark.Shape(Shapes.capsule(ball, 3.8, tip, 3.2), moving));
        } else {
            double ground = c.y() + r * 0.45;
            out.add(new Mark.Line(List.of(new Point(c.x() - r * 0.9, ground + 3), new Point(c.x() + r * 0.9, ground + 3)), 2.5,
                    Role.PROP_SOFT, false));
            Point heel = new Point(c.x() - r * 0.55, ground - 3);
            Point ball = new Point(c.x() + r * (0.35 - 0.06 * detail), ground - 3);
            Point arch = new Point((heel.x() + ball.x()) / 2, ground - 7 - 9 * detail);
            out.add(new Mark.Shape(Shapes.capsule(new Point(heel.x() + 4, c.y() - r * 0.75), 6, heel.plus(4, -6), 6), Role.BODY));
            out.add(new Mark.Shape(Shapes.capsule(heel, 5, arch, 4.5), moving));
            out.add(new Mark.Shape(Shapes.capsule(arch, 4.5, ball, 4), moving));
            out.add(new Mark.Shape(Shapes.capsule(ball, 3.5, new Point(c.x() + r * 0.72, ground - 2), 3), Role.BODY));
        }
        return out;
    }

    /** Feet seen from above, toes up the picture: the right foot turns out (or in) about its heel against a band. */
    private static void turningFoot(List<Mark> out, Point c, double r, double detail, boolean outwards, Role moving) {
        double heelY = c.y() + r * 0.45;
        Point heel = new Point(c.x() + (outwards ? r * 0.2 : 0), heelY);
        double angle = (outwards ? 32 : -32) * detail;
        Point ball = heel.towards(angle, r * 0.5);
        Point anchor;
        if (outwards) {
            // the other foot, still, its heel against this one's: the band runs round both fronts
            Point otherHeel = new Point(c.x() - r * 0.2, heelY);
            Point otherBall = otherHeel.towards(0, r * 0.5);
            foot(out, otherHeel, otherBall, 0, r, Role.BODY);
            anchor = otherBall;
        } else {
            // a table leg on the outer side holds the band's other end
            anchor = new Point(c.x() + r * 0.62, c.y() - r * 0.1);
            out.add(new Mark.Disc(anchor, r * 0.1, Role.PROP));
        }
        foot(out, heel, ball, angle, r, moving);
        out.add(new Mark.Line(List.of(anchor, ball.towards(angle + (outwards ? -90 : 90), 3)), 3, Role.BAND, false));
    }

    private static void foot(List<Mark> out, Point heel, Point ball, double angle, double r, Role role) {
        Point tip = ball.towards(angle, r * 0.22);
        out.add(new Mark.Shape(Shapes.capsule(heel, r * 0.13, ball, r * 0.17), role));
        out.add(new Mark.Shape(Shapes.capsule(ball, r * 0.16, tip, r * 0.11), role));
        // the lower leg rises from the ankle towards the viewer: a round end just in front of the heel
        out.add(new Mark.Disc(heel.towards(angle, r * 0.08), r * 0.12, Role.BODY));
    }
}
