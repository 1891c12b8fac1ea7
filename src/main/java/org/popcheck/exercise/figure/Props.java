package org.popcheck.exercise.figure;

import java.util.ArrayList;
import java.util.List;

/** Draws the props of a movement in the figure's style: rounded, flat, one colour per role. */
final class Props {

    private static final double F = Skeleton.FLOOR;

    private Props() {}

    /** Props that sit behind the figure: floor, mat, chair, wall, counter, cushion. */
    static List<Mark> behind(Movement m) {
        List<Mark> out = new ArrayList<>();
        if (m.view() != Movement.View.TOP) {
            out.add(new Mark.Line(List.of(new Point(6, F + 2), new Point(Skeleton.WIDTH - 6, F + 2)), 3, Role.PROP_SOFT, false));
        }
        for (Movement.Prop p : m.props()) {
            switch (p.type()) {
                case "mat" -> out.add(new Mark.Shape(m.view() == Movement.View.TOP ? Shapes.box(p.x(), p.y(), p.width(), p.height(), 8)
                        : Shapes.box(p.x(), F - 3, p.width(), 6, 3), Role.PROP_SOFT));
                case "chair" -> chair(out, p);
                case "wall" -> out.add(new Mark.Shape(Shapes.box(p.x(), F - 150, 10, 152, 2), Role.PROP));
                case "counter" -> {
                    out.add(new Mark.Shape(Shapes.box(p.x(), p.y(), p.width(), 8, 3), Role.PROP));
                    out.add(new Mark.Shape(Shapes.box(p.x() + p.width() - 12, p.y() + 6, 8, F - p.y() - 6, 2), Role.PROP));
                }
                case "cushion" -> out.add(new Mark.Shape(Shapes.ellipse(p.x(), p.y() == 0 ? F - 4 : p.y(), p.width() / 2,
                        p.height() == 0 ? 5 : p.height() / 2), Role.PROP_SOFT));
                default -> { }
            }
        }
        return out;
    }

    /** Props that lie over the figure: a band between two body points, a towel under the foot and on in front of it. */
    static List<Mark> inFront(Movement m, Body body) {
        List<Mark> out = new ArrayList<>();
        for (Movement.Prop p : m.props()) {
            if (p.type().equals("band")) {
                out.add(new Mark.Line(List.of(body.point(p.from()), body.point(p.to())), 3.5, Role.BAND, false));
            } else if (p.type().equals("towel")) {
                Point toe = body.point(p.from());
                // The towel lies flat on the floor under the whole foot, from behind the heel, and on past the toes:
                // the toes grip it where they rest and gather it into a fold in front of them as they pull.
                String side = p.from().substring(0, p.from().indexOf('.'));
                double heel = Math.min(body.point(side + ".heel").x(), toe.x()) - 4;
                double pulled = Math.max(0, p.x() - toe.x());
                List<Point> line = new ArrayList<>();
                line.add(new Point(heel, F - 2));
                if (pulled > 1) {
                    line.add(new Point(toe.x() + 4, F - 2 - Math.min(9, pulled)));
                    line.add(new Point(toe.x() + 10, F - 2));
                }
                line.add(new Point(p.x() + p.width(), F - 2));
                out.add(new Mark.Line(line, 4, Role.BAND, false));
            }
        }
        return out;
    }

    private static void chair(List<Mark> out, Movement.Prop p) {
        // x is the front edge of the seat, y the top of the seat; the chair's back is behind the sitter.
        double back = p.x() - 46;
        out.add(new Mark.Shape(Shapes.box(back, p.y(), 46, 7, 3), Role.PROP));
        out.add(new Mark.Shape(Shapes.box(p.x() - 7, p.y() + 4, 5, F - p.y() - 4, 2), Role.PROP));
        out.add(new Mark.Shape(Shapes.box(back + 2, p.y() + 4, 5, F - p.y() - 4, 2), Role.PROP));
        if (p.height() > 0) {
            out.add(new Mark.Shape(Shapes.box(back, p.y() - p.height(), 6, p.height() + 4, 3), Role.PROP));
        }
    }
}
