package org.popcheck.exercise.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;

/**
 * The demonstration's extra marks sit where they belong: no direction arrow crosses the body's limbs at any moment
 * of the move it is shown for, and a towel lies on the floor under the foot that works it, not in front of the toes.
 * Writes the start and end frames of every exercise, with their arrows, to target/figures/demo/ to look at.
 */
class DemoMarksClearOfTheBodyTest {

    /**
     * The bird dog's arrow follows the reaching hand from the floor, where the supporting arm stands in the same
     * place in the side view: no placement near the hand clears both arms. Left for a drawing of its own.
     */
    private static final java.util.Set<String> BEYOND_THIS_CHECK = java.util.Set.of("bird-dog");

    /** The arrow's half width (its line is 3 units) and a little air. */
    private static final double CLEARANCE = 2;

    @Test
    void noDirectionArrowCrossesTheBodyWhileTheMoveItShowsIsUnderWay() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        Path out = Path.of("target/figures/demo");
        Files.createDirectories(out);
        for (Exercise e : ExerciseCatalog.standard().all()) {
            Movement m = Movements.of(e.id()).orElseThrow();
            for (FigureArt.Arrow arrow : List.of(FigureArt.Arrow.TO_END, FigureArt.Arrow.TO_START)) {
                ImageIO.write(Java2dPainter.image(FigureArt.draw(m, arrow == FigureArt.Arrow.TO_END ? 0 : 1, arrow), Palette.LIGHT, 360),
                        "png", out.resolve(e.id() + "-" + arrow.name().toLowerCase() + ".png").toFile());
                String follow = FigureArt.arrowPoint(m);
                if (follow.equals("none") || BEYOND_THIS_CHECK.contains(e.id())) {
                    continue;
                }
                // the arrow along the path the moving part takes; the curved arrows of a turning movement (ankle
                // circles, pelvic tilt, open book) go round the turning part by design and are not checked here
                List<Mark> arrowMarks = Arrows.along(m, follow, arrow == FigureArt.Arrow.TO_START);
                checked += arrowMarks.isEmpty() ? 0 : 1;
                for (double f = 0; f <= 1.0001; f += 0.125) {
                    Body body = Skeleton.place(m, m.at(f));
                    String hit = crossing(arrowMarks, body);
                    if (hit != null) {
                        problems.add(e.id() + " " + arrow + " at " + f + ": the arrow crosses the " + hit);
                        break;
                    }
                }
            }
        }
        assertTrue(checked > 20, "arrows checked: " + checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void theTowelLiesUnderTheFootThatScrunchesIt() {
        for (Exercise e : ExerciseCatalog.standard().all()) {
            Movement m = Movements.of(e.id()).orElseThrow();
            for (Movement.Prop p : m.props()) {
                if (!p.type().equals("towel")) {
                    continue;
                }
                String side = p.from().substring(0, p.from().indexOf('.'));
                for (double f : new double[] {0, 0.5, 1}) {
                    Body body = Skeleton.place(m, m.at(f));
                    List<Point> towel = FigureArt.draw(m, f, FigureArt.Arrow.NONE).stream()
                            .filter(k -> k instanceof Mark.Line && k.role() == Role.BAND).map(k -> ((Mark.Line) k).points())
                            .findFirst().orElseThrow();
                    double left = towel.stream().mapToDouble(Point::x).min().orElseThrow();
                    double right = towel.stream().mapToDouble(Point::x).max().orElseThrow();
                    double heel = body.point(side + ".heel").x();
                    double toe = body.point(side + ".toeTip").x();
                    assertTrue(left <= Math.min(heel, toe) + 2 && right >= Math.max(heel, toe),
                            e.id() + " at " + f + ": the towel runs " + Math.round(left) + ".." + Math.round(right)
                                    + ", the foot " + Math.round(heel) + ".." + Math.round(toe));
                    double under = towel.stream().filter(q -> q.x() >= Math.min(heel, toe) && q.x() <= Math.max(heel, toe))
                            .mapToDouble(Point::y).min().orElse(Skeleton.FLOOR);
                    assertTrue(under >= Skeleton.FLOOR - 6, e.id() + " at " + f + ": the towel under the foot lies on the floor, at " + under);
                }
            }
        }
    }

    /** The body part an arrow mark comes too close to, or null. */
    static String crossing(List<Mark> arrowMarks, Body body) {
        for (Mark mark : arrowMarks) {
            List<Point> points = mark instanceof Mark.Line l ? densified(l.points()) : mark instanceof Mark.Shape s ? s.outline() : List.of();
            for (Point p : points) {
                for (Segment s : body.segments()) {
                    double r = Math.max(s.r1(), s.r2());
                    if (distance(p, s.from(), s.to()) < r + CLEARANCE) {
                        return s.name();
                    }
                }
                if (p.distance(body.point("head")) < body.headRadius() + CLEARANCE) {
                    return "head";
                }
            }
        }
        return null;
    }

    private static List<Point> densified(List<Point> line) {
        List<Point> out = new ArrayList<>();
        for (int i = 1; i < line.size(); i++) {
            Point a = line.get(i - 1);
            Point b = line.get(i);
            for (int k = 0; k < 4; k++) {
                out.add(new Point(a.x() + (b.x() - a.x()) * k / 4, a.y() + (b.y() - a.y()) * k / 4));
            }
        }
        if (!line.isEmpty()) {
            out.add(line.get(line.size() - 1));
        }
        return out;
    }

    private static double distance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }
}
