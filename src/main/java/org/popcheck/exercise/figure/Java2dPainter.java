package org.popcheck.exercise.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** Paints marks with Java2D: for the still pictures, the PDF and the contact sheet. */
public final class Java2dPainter {

    private Java2dPainter() {}

    /** A transparent picture {@code width} pixels wide (height in the 240:200 proportion) of the marks. */
    public static BufferedImage image(List<Mark> marks, Palette palette, int width) {
        return image(marks, palette, width, new double[] {0, 0, Skeleton.WIDTH, Skeleton.HEIGHT});
    }

    /** A transparent picture {@code width} pixels wide of the part {x, y, width, height} of the picture (see {@link FigureArt#bounds}). */
    public static BufferedImage image(List<Mark> marks, Palette palette, int width, double[] crop) {
        int height = Math.max(1, (int) Math.round(width * crop[3] / crop[2]));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double s = width / crop[2];
            g.scale(s, s);
            g.translate(-crop[0], -crop[1]);
            paint(g, marks, palette);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the marks in picture units on {@code g}, which the caller has scaled and placed. */
    public static void paint(Graphics2D g, List<Mark> marks, Palette palette) {
        for (Mark m : marks) {
            g.setColor(new Color(palette.colour(m.role())));
            if (m instanceof Mark.Disc d) {
                g.fill(new Ellipse2D.Double(d.centre().x() - d.radius(), d.centre().y() - d.radius(), 2 * d.radius(), 2 * d.radius()));
            } else if (m instanceof Mark.Shape s) {
                g.fill(path(s.outline(), true));
            } else if (m instanceof Mark.Line l) {
                g.setStroke(new BasicStroke((float) l.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10,
                        l.dashed() ? new float[] {6, 5} : null, 0));
                g.draw(path(l.points(), false));
            }
        }
    }

    private static Path2D path(List<Point> points, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            p.lineTo(points.get(i).x(), points.get(i).y());
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }
}
