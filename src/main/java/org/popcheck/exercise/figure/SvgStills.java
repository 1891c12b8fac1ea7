package org.popcheck.exercise.figure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The art generator: writes every key frame of every exercise as an SVG still (&lt;id&gt;-&lt;keyframe&gt;.svg),
 * drawn from the same pose data and marks as the screen, so a designer or a document can use them.
 *
 * <pre>java -cp target/classes org.popcheck.exercise.figure.SvgStills docs/exercises [ids...]</pre>
 */
public final class SvgStills {

    private SvgStills() {}

    /** The marks as an SVG document of the part {x, y, width, height} of the picture, transparent background. */
    public static String svg(List<Mark> marks, Palette palette, double[] crop) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.1f %.1f %.1f %.1f\" width=\"%.0f\" height=\"%.0f\">%n",
                crop[0], crop[1], crop[2], crop[3], crop[2] * 2, crop[3] * 2));
        for (Mark m : marks) {
            String colour = String.format("#%06x", palette.colour(m.role()));
            if (m instanceof Mark.Disc d) {
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>%n",
                        d.centre().x(), d.centre().y(), d.radius(), colour));
            } else if (m instanceof Mark.Shape s) {
                b.append("<polygon points=\"").append(points(s.outline())).append("\" fill=\"").append(colour).append("\"/>\n");
            } else if (m instanceof Mark.Line l) {
                b.append("<polyline points=\"").append(points(l.points())).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append(String.format(Locale.ROOT, "\" stroke-width=\"%.1f\" stroke-linecap=\"round\" stroke-linejoin=\"round\"", l.width()))
                        .append(l.dashed() ? " stroke-dasharray=\"6 5\"" : "").append("/>\n");
            }
        }
        return b.append("</svg>\n").toString();
    }

    private static String points(List<Point> points) {
        StringBuilder b = new StringBuilder();
        for (Point p : points) {
            b.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.y()));
        }
        return b.toString().trim();
    }

    /** Writes the stills of the named exercises (each key frame; the first with its arrow) into {@code folder}. */
    public static void write(Path folder, List<String> exerciseIds) throws IOException {
        Files.createDirectories(folder);
        for (String id : exerciseIds) {
            Movement m = Movements.of(id).orElseThrow(() -> new IllegalArgumentException("No pose data for exercise '" + id + "'"));
            int n = m.keyframes().size();
            for (int i = 0; i < n; i++) {
                List<Mark> marks = FigureArt.draw(m, i / (double) (n - 1), i == 0 ? FigureArt.Arrow.TO_END : FigureArt.Arrow.NONE);
                Files.writeString(folder.resolve(id + "-" + m.keyframes().get(i).name() + ".svg"), svg(marks, Palette.LIGHT, FigureArt.bounds(m)),
                        StandardCharsets.UTF_8);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: SvgStills <folder> <exercise id>...");
            System.exit(2);
        }
        write(Path.of(args[0]), List.of(args).subList(1, args.length));
    }
}
