package org.popcheck.ui.exercises;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.popcheck.exercise.figure.FigureArt;
import org.popcheck.exercise.figure.Mark;
import org.popcheck.exercise.figure.Movement;
import org.popcheck.exercise.figure.Palette;
import org.popcheck.exercise.figure.Point;
import org.popcheck.settings.Settings;

/**
 * The exercise figure on screen: paints the marks of a movement at one moment on a canvas, in the
 * palette of the person's theme. No background of its own, so it sits on the page colour.
 */
final class FigureCanvas extends Canvas {

    private final Movement movement;
    private final Palette palette;
    private final double[] crop;

    /** A figure at most {@code width} pixels wide and {@code maxHeight} high, showing the part of the picture the movement uses. */
    FigureCanvas(Movement movement, Settings.Theme theme, double width, double maxHeight) {
        this(movement, theme, FigureArt.bounds(movement), width, maxHeight);
    }

    private FigureCanvas(Movement movement, Settings.Theme theme, double[] crop, double width, double maxHeight) {
        super(fit(crop, width, maxHeight), fit(crop, width, maxHeight) * crop[3] / crop[2]);
        this.crop = crop;
        this.movement = movement;
        this.palette = palette(theme);
        getStyleClass().add("pc-figure");
        setFocusTraversable(false);
    }

    private static double fit(double[] crop, double width, double maxHeight) {
        return Math.min(width, maxHeight * crop[2] / crop[3]);
    }

    static Palette palette(Settings.Theme theme) {
        return switch (theme) {
            case DARK -> Palette.DARK;
            case HIGH_CONTRAST -> Palette.HIGH_CONTRAST;
            case LIGHT -> Palette.LIGHT;
        };
    }

    /** Draws the figure {@code fraction} of the way from the start position (0) to the end position (1). */
    void show(double fraction, FigureArt.Arrow arrow) {
        GraphicsContext g = getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, getWidth(), getHeight());
        double s = getWidth() / crop[2];
        g.setTransform(s, 0, 0, s, -crop[0] * s, -crop[1] * s);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Mark m : FigureArt.draw(movement, fraction, arrow)) {
            Color c = Color.rgb((palette.colour(m.role()) >> 16) & 0xff, (palette.colour(m.role()) >> 8) & 0xff,
                    palette.colour(m.role()) & 0xff);
            if (m instanceof Mark.Disc d) {
                g.setFill(c);
                g.fillOval(d.centre().x() - d.radius(), d.centre().y() - d.radius(), 2 * d.radius(), 2 * d.radius());
            } else if (m instanceof Mark.Shape sh) {
                g.setFill(c);
                g.fillPolygon(xs(sh.outline()), ys(sh.outline()), sh.outline().size());
            } else if (m instanceof Mark.Line l) {
                g.setStroke(c);
                g.setLineWidth(l.width());
                g.setLineDashes(l.dashed() ? new double[] {6, 5} : null);
                g.strokePolyline(xs(l.points()), ys(l.points()), l.points().size());
            }
        }
    }

    private static double[] xs(List<Point> points) {
        return points.stream().mapToDouble(Point::x).toArray();
    }

    private static double[] ys(List<Point> points) {
        return points.stream().mapToDouble(Point::y).toArray();
    }
}
