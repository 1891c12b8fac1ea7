package org.popcheck.exercise.figure;

import java.util.List;

/** One thing to paint, in picture units; painters for Java2D, SVG and the screen draw these and nothing else. */
public sealed interface Mark {

    Role role();

    /** A filled circle. */
    record Disc(Point centre, double radius, Role role) implements Mark {}

    /** A filled polygon. */
    record Shape(List<Point> outline, Role role) implements Mark {
        public Shape {
            outline = List.copyOf(outline);
        }
    }

    /** A stroked line through the points with round ends, dashed or solid. */
    record Line(List<Point> points, double width, Role role, boolean dashed) implements Mark {
        public Line {
            points = List.copyOf(points);
        }
    }
}
