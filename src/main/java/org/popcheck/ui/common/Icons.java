package org.popcheck.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javafx.beans.binding.Bindings;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * The icons of the first screen (navigation, settings, the emergency panel), drawn as plain shapes
 * from path data in {@code icons.properties}. They are the same Material Design icons as elsewhere
 * in the app, but the icon font behind those costs about a tenth of a second to load, which the
 * window's first appearance should not wait for. The shapes carry AtlantaFX's {@code font-icon}
 * style class, so buttons colour them as they colour font icons.
 */
public final class Icons {

    /** The paths are drawn in the Material icons' own 24-unit square. */
    private static final double GRID = 24;
    private static final Properties PATHS = load();

    private Icons() {}

    /**
     * The icon {@code name} for {@code owner}, {@code em} times its font size square, so that it
     * grows with the text size the person chose, as the icon font did.
     */
    public static Node of(String name, Labeled owner, double em) {
        Scale scale = new Scale();
        scale.xProperty().bind(Bindings.createDoubleBinding(() -> em * owner.getFont().getSize() / GRID, owner.fontProperty()));
        scale.yProperty().bind(scale.xProperty());
        String content = PATHS.getProperty(name);
        if (content == null) {
            throw new IllegalArgumentException("no icon named " + name);
        }
        SVGPath path = new SVGPath();
        path.setContent(content);
        path.getStyleClass().add("font-icon");
        // An empty square of the whole grid keeps the icon's own margins, as the font's glyph box did.
        Rectangle box = new Rectangle(GRID, GRID, Color.TRANSPARENT);
        // The scale on each shape, not on the group: a group's size for layout includes its
        // children's transforms, not its own.
        box.getTransforms().add(scale);
        path.getTransforms().add(scale);
        return new Group(box, path);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Icons.class.getResourceAsStream("icons.properties")) {
            if (in == null) {
                throw new IllegalStateException("icons.properties is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
