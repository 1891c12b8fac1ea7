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
     * the heel down and the toes curling to gather a towel.
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
}
