package org.popcheck.ui.wizard;

import java.util.List;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.SVGPath;
import org.popcheck.ui.common.Styles;

/**
 * Small diagrams of what makes the noise, drawn as vector shapes in the style of {@link OttawaPicture}
 * (bone in the outline style, the part that makes the noise in the accent colour), about 140 x 90.
 * The ids are the {@code picture} field of assets/causes/causes.json; a test checks every id is drawn.
 */
final class CausePicture {

    /** The ids this class can draw. */
    static final List<String> IDS = List.of("bubble", "tendon", "worn", "spur", "pelvis");

    // Two bone ends meeting in a joint: a rounded end above, a shallow cup below.
    private static final String UPPER_BONE = "M 45 0 L 95 0 L 95 26 C 95 40 84 46 70 46 C 56 46 45 40 45 26 Z";
    private static final String LOWER_BONE = "M 32 90 L 32 66 C 44 60 56 58 70 58 C 84 58 96 60 108 66 L 108 90 Z";

    private CausePicture() {}

    /** The drawing, or empty for an id that has none. */
    static Optional<Node> of(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Group g = switch (id) {
            case "bubble" -> joint(circle(70, 52, 6, "pc-picture-accent-fill"), circle(58, 53, 3, "pc-picture-accent-fill"),
                    circle(83, 53, 2.5, "pc-picture-accent-fill"));
            case "worn" -> joint(path("M 50 47 L 56 51 L 60 47 L 66 52 L 72 47 L 78 52 L 84 47 L 90 51", "pc-picture-accent"),
                    path("M 48 62 L 54 58 L 60 62 L 66 57 L 72 62 L 78 57 L 86 62 L 92 58", "pc-picture-accent"));
            case "spur" -> new Group(outline(UPPER_BONE), outline(LOWER_BONE),
                    path("M 95 22 L 112 30 L 95 36 Z", "pc-picture-accent-fill"),
                    path("M 118 0 C 112 20 110 30 116 50 C 120 64 124 76 124 90", "pc-picture-accent"));
            case "tendon" -> new Group(outline("M 10 90 L 10 62 L 52 62 C 58 42 82 42 88 62 L 130 62 L 130 90 Z"),
                    dashed("M 4 50 C 40 50 56 60 70 62 C 84 64 100 52 136 50"),
                    path("M 4 36 C 40 36 56 30 70 30 C 84 30 100 36 136 36", "pc-picture-tendon"));
            case "pelvis" -> new Group(path("M 40 0 C 30 20 24 34 34 52", "pc-picture-outline-line"),
                    outline("M 24 50 C 40 40 70 46 84 58 C 86 70 70 80 52 78 C 36 76 26 66 24 50 Z"),
                    path("M 70 76 L 96 90", "pc-picture-outline-line"),
                    path("M 36 30 C 60 40 80 60 96 86", "pc-picture-tendon"),
                    path("M 100 40 C 108 48 110 56 106 64 M 106 64 L 112 58 M 106 64 L 98 60", "pc-picture-accent"));
            default -> null;
        };
        if (g == null) {
            return Optional.empty();
        }
        g.getStyleClass().add(Styles.PICTURE);
        g.setId("cause-picture-" + id);
        return Optional.of(g);
    }

    private static Group joint(Shape... inGap) {
        Group g = new Group(dashed("M 36 28 C 20 40 20 70 36 80 M 104 28 C 120 40 120 70 104 80"),
                outline(UPPER_BONE), outline(LOWER_BONE));
        g.getChildren().addAll(inGap);
        return g;
    }

    private static SVGPath outline(String d) {
        return path(d, "pc-picture-outline");
    }

    private static SVGPath dashed(String d) {
        return path(d, "pc-picture-bone");
    }

    private static SVGPath path(String d, String style) {
        SVGPath p = new SVGPath();
        p.setContent(d);
        p.getStyleClass().add(style);
        return p;
    }

    private static Circle circle(double x, double y, double r, String style) {
        Circle c = new Circle(x, y, r);
        c.getStyleClass().add(style);
        return c;
    }
}
