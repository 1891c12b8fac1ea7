package org.popcheck.ui.exercises;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Screen;

/** Placeholder until this screen's issue lands. */
public final class ExercisesScreen implements Screen {

    private final Label view = new Label("Exercises: coming soon");

    public ExercisesScreen(AppContext context) {}

    @Override
    public Node view() {
        return view;
    }
}
