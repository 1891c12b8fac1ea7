package org.popcheck.exercise;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.Optional;

/**
 * The illustrations of an exercise, drawn from the SVG files in assets/exercises/ with JSVG. Plain
 * Java2D, so the screen and the printed summary use the same pictures.
 */
public final class ExerciseArt {

    /** The key poses every exercise has a picture of. */
    public enum Pose {
        START, END;

        String suffix() {
            return name().toLowerCase();
        }
    }

    public static final String FOLDER = "/assets/exercises/";

    private ExerciseArt() {}

    /** The classpath location of one pose, such as /assets/exercises/calf-raise-start.svg. */
    public static String resource(String exerciseId, Pose pose) {
        return FOLDER + exerciseId + "-" + pose.suffix() + ".svg";
    }

    /** The pose drawn at {@code width} pixels wide, keeping the picture's proportions; empty when the file is missing or unreadable. */
    public static Optional<BufferedImage> render(String exerciseId, Pose pose, int width) {
        URL url = ExerciseArt.class.getResource(resource(exerciseId, pose));
        if (url == null) {
            return Optional.empty();
        }
        SVGDocument document = new SVGLoader().load(url, LoaderContext.createDefault());
        if (document == null) {
            return Optional.empty();
        }
        var size = document.size();
        int height = Math.max(1, Math.round(width * size.height / size.width));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.render(null, g, new ViewBox(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return Optional.of(image);
    }
}
