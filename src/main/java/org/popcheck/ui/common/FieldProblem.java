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
     * something. A screen reader reads it as text; the box itself is marked with
     * {@link Styles#markProblem}, so its name says the problem too. Set or bind its text to the problem.
     */
    public static Label label(String id) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().addAll(Styles.ERROR, Styles.FIELD_PROBLEM);
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        return problem;
    }
}
