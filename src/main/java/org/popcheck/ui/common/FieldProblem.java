package org.popcheck.ui.common;

import javafx.scene.control.Label;

/**
 * The sentence right under a box that says why what was typed there cannot be used ("31.02.2026 is
 * not a date"): the same look and behaviour in every form, made in one place.
 */
public final class FieldProblem {

    private FieldProblem() {}

    /**
     * An empty problem sentence: in the theme's error colour, not indented, wrapping whole on as many
     * lines as it needs (never cut to "..." in a short window), and taking room only while it says
     * something. When it starts to say something, a scroll pane it sits in is scrolled just enough to
     * show it whole: at twice the text size in a 1024x600 window the journal filter's sentence was
     * below the fold, so the person saw a red box and no reason. A screen reader reads it as text; the
     * box itself is marked with {@link Styles#markProblem}, so its name says the problem too. Set or
     * bind its text to the problem.
     */
    public static Label label(String id) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().addAll(Styles.ERROR, Styles.FIELD_PROBLEM);
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        RoomWhileSaying.bind(problem);
        problem.textProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && (was == null || was.isEmpty())) {
                // once laid out with its new lines
                javafx.application.Platform.runLater(() -> scrollIntoSight(problem));
            }
        });
        return problem;
    }

    /** Scrolls each scroll pane around {@code node}, the nearest first, the least that shows it whole (its top, if it is taller than the view). */
    static void scrollIntoSight(javafx.scene.Node node) {
        if (node.getScene() == null || !node.isVisible()) {
            return;
        }
        node.getScene().getRoot().applyCss();
        node.getScene().getRoot().layout();
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                javafx.scene.Node content = sp.getContent();
                javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double view = sp.getViewportBounds().getHeight();
                double room = content.getLayoutBounds().getHeight() - view;
                if (room <= 0) {
                    continue;
                }
                double span = sp.getVmax() - sp.getVmin();
                double top = room * (sp.getVvalue() - sp.getVmin()) / span;
                double wanted = Math.min(b.getMinY(), Math.max(top, b.getMaxY() - view));
                sp.setVvalue(sp.getVmin() + span * Math.max(0, Math.min(room, wanted)) / room);
                sp.layout();
            }
        }
    }
}
