package org.popcheck.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * Finds what a person would see as broken in a laid-out scene: a labelled control that shows less
 * than its text (an ellipsis instead of the end), and a node that lies outside the window. Content
 * inside a scroll pane or a clipped list may run past the window: it can be scrolled to.
 */
public final class LayoutCheck {

    /** A table shorter than this shows its heading and hardly a row. */
    static final double MIN_TABLE_HEIGHT = 120;

    private LayoutCheck() {}

    /** One line per problem, naming the control and what it shows; empty when all is whole. */
    public static List<String> problems(Scene scene) {
        List<String> found = new ArrayList<>();
        walk(scene.getRoot(), scene, true, Double.POSITIVE_INFINITY, found);
        double textSize = textSize(scene);
        for (Node axis : scene.getRoot().lookupAll(".axis")) {
            tinyTicks(axis, textSize).ifPresent(found::add);
            nameOverTicks(axis).ifPresent(found::add);
        }
        return found;
    }

    /** Tick labels smaller than this share of the text size did not grow with it. */
    static final double LEAST_TICK_SHARE = 0.7;

    /** The person's text size in {@code scene}: the root's inline font size, else the normal 14 px. */
    static double textSize(Scene scene) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-fx-font-size:\\s*([0-9.]+)px").matcher(scene.getRoot().getStyle());
        return m.find() ? Double.parseDouble(m.group(1)) : org.popcheck.ui.common.Theme.BASE_FONT_PX;
    }

    /** The problem when a shown axis (a slider's or a chart's) labels its ticks much smaller than the text size. */
    static java.util.Optional<String> tinyTicks(Node node, double textSize) {
        if (!(node instanceof javafx.scene.chart.Axis<?> axis) || !axis.isTickLabelsVisible() || !shown(axis)) {
            return java.util.Optional.empty();
        }
        double size = axis.getTickLabelFont().getSize();
        return size < LEAST_TICK_SHARE * textSize
                ? java.util.Optional.of("tiny tick labels: " + describe(axis) + " labels its ticks at " + size + " px with text at " + textSize + " px")
                : java.util.Optional.empty();
    }

    /** The problem when a shown chart axis draws its name over its tick labels (a name measured as several lines). */
    static java.util.Optional<String> nameOverTicks(Node node) {
        if (!(node instanceof javafx.scene.chart.Axis<?> axis) || !shown(axis)) {
            return java.util.Optional.empty();
        }
        Node name = axis.lookup(".axis-label");
        Node words = name == null ? null : name.lookup(".text");
        if (words == null || !words.isVisible() || !(name instanceof Labeled l) || l.getText() == null || l.getText().isEmpty()) {
            return java.util.Optional.empty();
        }
        Bounds nameBox = words.localToScene(words.getBoundsInLocal());
        for (Node child : axis.getChildrenUnmodifiable()) {
            if (child instanceof Text tick && tick.isVisible() && tick.getText() != null && !tick.getText().isEmpty()) {
                Bounds b = tick.localToScene(tick.getBoundsInLocal());
                double overlapX = Math.min(b.getMaxX(), nameBox.getMaxX()) - Math.max(b.getMinX(), nameBox.getMinX());
                double overlapY = Math.min(b.getMaxY(), nameBox.getMaxY()) - Math.max(b.getMinY(), nameBox.getMinY());
                if (overlapX > 1 && overlapY > 1) {
                    return java.util.Optional.of("over its ticks: the name \"" + l.getText() + "\" of " + describe(axis)
                            + " lies over the tick label \"" + tick.getText() + "\"");
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The problem when a table's columns run past its width with no sideways scroll bar: the
     * columns on the right are cut off (a constrained table never scrolls sideways).
     */
    static java.util.Optional<String> cutColumns(javafx.scene.control.TableView<?> table) {
        double columns = 0;
        for (javafx.scene.control.TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            columns += c.getWidth();
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        boolean sideways = table.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
        return columns > room + 1 && !sideways
                ? java.util.Optional.of("columns cut: " + describe(table) + " has " + Math.round(columns) + " px of columns in "
                        + Math.round(room) + " px and no sideways scroll bar")
                : java.util.Optional.empty();
    }

    /**
     * @param rightEdge inside a scroll pane that fits its content to its width (so it has no
     *     sideways scrolling), the pane's right edge: anything beyond it is cut off
     */
    private static void walk(Node node, Scene scene, boolean mustBeInWindow, double rightEdge, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        boolean hasArea = b.getWidth() > 0 && b.getHeight() > 0;
        if (mustBeInWindow && hasArea && node.isManaged()
                && (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1)) {
            found.add("outside the window: " + describe(node) + " at " + round(b) + " in " + scene.getWidth() + "x" + scene.getHeight());
        }
        if (node instanceof Labeled l && hasArea) {
            cut(l).ifPresent(found::add);
        }
        if (hasArea && node.isManaged() && b.getMaxX() > rightEdge + 1) {
            found.add("runs past the right edge of its scroll pane: " + describe(node) + " at " + round(b));
        }
        if (node instanceof javafx.scene.control.TableView<?> t && t.getHeight() < MIN_TABLE_HEIGHT) {
            found.add("squeezed: " + describe(node) + " is " + Math.round(t.getHeight()) + " px tall, too little for its rows");
        } else if (node instanceof javafx.scene.control.TableView<?> t && shownHeight(t) < MIN_TABLE_HEIGHT) {
            found.add("squeezed: " + describe(node) + " shows " + Math.round(shownHeight(t)) + " px of its height, clipped with nothing to scroll");
        }
        if (node instanceof javafx.scene.control.TableView<?> t && hasArea) {
            cutColumns(t).ifPresent(found::add);
        }
        if (node instanceof javafx.scene.control.TextField f && hasArea) {
            cutField(f).ifPresent(found::add);
        }
        if (hasArea && (node instanceof javafx.scene.control.ChoiceBox<?> || node instanceof javafx.scene.control.ComboBox<?>)) {
            textAgainstArrow((javafx.scene.control.Control) node).ifPresent(found::add);
        }
        if (node instanceof Parent p) {
            // Inside a scroll pane or a clipped list, content may lie beyond the window: it scrolls.
            boolean inside = mustBeInWindow && !(node instanceof ScrollPane) && node.getClip() == null;
            // A clipped list or table scrolls sideways itself; a scroll pane's own viewport is clipped too,
            // but what it cuts off on the right cannot be scrolled to.
            double edge = node.getClip() != null && !node.getStyleClass().contains("viewport") ? Double.POSITIVE_INFINITY : rightEdge;
            if (node instanceof ScrollPane s && s.isFitToWidth() && s.getHbarPolicy() != ScrollPane.ScrollBarPolicy.ALWAYS) {
                edge = s.localToScene(s.getLayoutBounds()).getMaxX();
            }
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, scene, inside, edge, found);
            }
        }
    }

    /** Less room than this between a choice's text and its arrow reads as the two touching. */
    static final double LEAST_ARROW_GAP = 3;

    /**
     * The problem when a choice box or combo box shows its chosen text up to (or over) its arrow, as
     * "High contrast" did in the theme box at twice the text size: the box was not given the text's
     * width at that size plus room for the arrow.
     */
    static java.util.Optional<String> textAgainstArrow(javafx.scene.control.Control box) {
        Node arrow = box.lookup(".arrow");
        Text text = null;
        for (Node child : box.getChildrenUnmodifiable()) {
            if (child instanceof Labeled shown && !(child instanceof javafx.scene.control.Button)) {
                for (Node inner : shown.getChildrenUnmodifiable()) {
                    if (inner instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
                        text = t;
                    }
                }
            }
        }
        if (arrow == null || text == null || !shown(box)) {
            return java.util.Optional.empty();
        }
        double textEnd = text.localToScene(text.getBoundsInLocal()).getMaxX();
        double arrowStart = arrow.localToScene(arrow.getBoundsInLocal()).getMinX();
        return arrowStart - textEnd < LEAST_ARROW_GAP
                ? java.util.Optional.of("against its arrow: " + describe(box) + " shows \"" + text.getText() + "\" up to x=" + Math.round(textEnd)
                        + ", and its arrow begins at x=" + Math.round(arrowStart))
                : java.util.Optional.empty();
    }

    /**
     * Every shown choice box and combo box of {@code scene} with each of its items chosen in turn (the
     * widest one may not be the one shown), checked as {@link #problems} checks a scene; each box gets
     * its value back. Call on the JavaFX thread.
     */
    public static List<String> everyChoice(Scene scene) {
        List<String> found = new ArrayList<>();
        List<Node> boxes = new ArrayList<>(scene.getRoot().lookupAll(".choice-box"));
        boxes.addAll(scene.getRoot().lookupAll(".combo-box"));
        for (Node node : boxes) {
            if (!shown(node)) {
                continue;
            }
            if (node instanceof javafx.scene.control.ChoiceBox<?> box) {
                eachChoice(scene, box, found);
            } else if (node instanceof javafx.scene.control.ComboBox<?> box) {
                eachChoice(scene, box, found);
            }
        }
        return found;
    }

    private static <T> void eachChoice(Scene scene, javafx.scene.control.ChoiceBox<T> box, List<String> found) {
        eachItem(scene, box, box.getItems(), box.valueProperty(), found);
    }

    private static <T> void eachChoice(Scene scene, javafx.scene.control.ComboBox<T> box, List<String> found) {
        eachItem(scene, box, box.getItems(), box.valueProperty(), found);
        popupCells(box, found);
    }

    /**
     * The problems of a combo box's open list: an item cut short there ("Todas las articu...") is
     * as unreadable as one cut in the box. The list is opened, its cells checked, and closed again.
     */
    static void popupCells(javafx.scene.control.ComboBox<?> box, List<String> found) {
        if (box.getScene() == null || box.getScene().getWindow() == null || !box.getScene().getWindow().isShowing()) {
            return;
        }
        box.show();
        try {
            if (!(box.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin)
                    || !(skin.getPopupContent() instanceof javafx.scene.control.ListView<?> list) || list.getScene() == null) {
                return;
            }
            list.applyCss();
            list.layout();
            for (Node cell : list.lookupAll(".list-cell")) {
                if (cell instanceof Labeled l && cell.isVisible() && l.getWidth() > 0) {
                    cut(l).ifPresent(p -> {
                        String line = "in the open list of " + describe(box) + ": " + p;
                        if (!found.contains(line)) {
                            found.add(line);
                        }
                    });
                }
            }
        } finally {
            box.hide();
        }
    }

    private static <T> void eachItem(Scene scene, Node box, List<T> items, javafx.beans.property.ObjectProperty<T> value, List<String> found) {
        T before = value.get();
        for (T item : new ArrayList<>(items)) { // may hold null ("All joints")
            value.set(item);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            for (String p : problems(scene)) {
                String line = "with \"" + item + "\" chosen in " + describe(box) + ": " + p;
                if (!found.contains(line)) {
                    found.add(line);
                }
            }
        }
        value.set(before);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /** The problem when the label shows less of its text than it has. */
    static java.util.Optional<String> cut(Labeled l) {
        String text = l.getText();
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String wanted = l.isMnemonicParsing() ? withoutMnemonic(text) : text;
        if (l.getTooltip() != null && wanted.equals(l.getTooltip().getText())) {
            return java.util.Optional.empty(); // a long note: its whole text is one hover away
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                String visible = shown.getText() == null ? "" : shown.getText();
                if (!normal(visible).equals(normal(wanted))) {
                    return java.util.Optional.of("cut: " + describe(l) + " shows \"" + visible + "\" of \"" + wanted + "\"");
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The problem when a text field (a date box's too) is narrower than the text or the hint it
     * shows: "11/3" of "11/30/2026" with no way to see the rest but to click in and move along it.
     */
    static java.util.Optional<String> cutField(javafx.scene.control.TextField f) {
        String text = f.getText() == null || f.getText().isEmpty() ? f.getPromptText() : f.getText();
        if (text == null || text.isEmpty()) {
            return java.util.Optional.empty();
        }
        Text measure = new Text(text);
        measure.setFont(f.getFont());
        double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
        double needed = measure.getLayoutBounds().getWidth();
        return needed > room + 1
                ? java.util.Optional.of("cut: " + describe(f) + " is " + Math.round(room) + " px wide for \"" + text + "\" (" + Math.round(needed) + " px)")
                : java.util.Optional.empty();
    }

    /**
     * How much of {@code node}'s height its clipping ancestors up to the nearest scroll pane let show:
     * what a scroll pane hides can be scrolled to; what a tab's clip hides outside one cannot.
     */
    static double shownHeight(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double top = b.getMinY();
        double bottom = b.getMaxY();
        for (Node up = node.getParent(); up != null && !(up instanceof ScrollPane); up = up.getParent()) {
            if (up.getClip() != null && !up.getStyleClass().contains("viewport")) {
                Bounds clip = up.localToScene(up.getClip().getBoundsInParent());
                top = Math.max(top, clip.getMinY());
                bottom = Math.min(bottom, clip.getMaxY());
            }
        }
        return Math.max(0, bottom - top);
    }


    /** The smallest target WCAG 2.2 accepts (2.5.8), in pixels either way. */
    public static final double SMALLEST_TARGET = 24;

    /** How big {@code node} is on screen when it is smaller than {@value #SMALLEST_TARGET} px either way, too small to hit. */
    public static java.util.Optional<String> tooSmallToHit(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        if (b.getWidth() < SMALLEST_TARGET || b.getHeight() < SMALLEST_TARGET) {
            return java.util.Optional.of(node.getId() + String.format(java.util.Locale.ROOT, " is %.1f x %.1f px", b.getWidth(), b.getHeight()));
        }
        return java.util.Optional.empty();
    }
    /**
     * The problem when {@code node} is not wholly in sight as the screen first shows it: outside the
     * window, or outside the part of a scroll pane around it that shows now (below the fold).
     */
    public static java.util.Optional<String> outOfSight(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        Scene scene = node.getScene();
        if (!shown(node) || b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
            return java.util.Optional.of("not in the window: " + describe(node) + " at " + round(b) + " in " + scene.getWidth() + "x" + scene.getHeight());
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane pane) {
                Node viewport = pane.lookup(".viewport");
                Bounds view = viewport == null ? pane.localToScene(pane.getLayoutBounds()) : viewport.localToScene(viewport.getLayoutBounds());
                if (b.getMinY() < view.getMinY() - 1 || b.getMaxY() > view.getMaxY() + 1 || b.getMinX() < view.getMinX() - 1 || b.getMaxX() > view.getMaxX() + 1) {
                    return java.util.Optional.of("out of sight: " + describe(node) + " at " + round(b) + ", its scroll pane shows " + round(view));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** How much of {@code node}'s height shows as the screen first shows it: inside the window and every scroll pane around it. */
    public static double heightInSight(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double top = Math.max(0, b.getMinY());
        double bottom = Math.min(node.getScene().getHeight(), b.getMaxY());
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane pane) {
                Node viewport = pane.lookup(".viewport");
                Bounds view = viewport == null ? pane.localToScene(pane.getLayoutBounds()) : viewport.localToScene(viewport.getLayoutBounds());
                top = Math.max(top, view.getMinY());
                bottom = Math.min(bottom, view.getMaxY());
            }
        }
        return Math.max(0, bottom - top);
    }

    private static String withoutMnemonic(String text) {
        int i = text.indexOf('_');
        return i < 0 ? text : text.substring(0, i) + text.substring(i + 1);
    }

    /** Wrapping turns spaces into line breaks; what counts is that every word is there. */
    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static String describe(Node n) {
        String id = n.getId() == null ? "" : "#" + n.getId();
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        String parent = n.getParent() == null ? "" : " in " + n.getParent().getClass().getSimpleName()
                + (n.getParent().getId() == null ? "" : "#" + n.getParent().getId());
        return n.getClass().getSimpleName() + id + text + parent;
    }

    private static String round(Bounds b) {
        return String.format(java.util.Locale.ROOT, "(%.0f,%.0f %.0fx%.0f)", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
