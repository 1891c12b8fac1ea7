package org.popcheck.ui.wizard;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Screen;

/** Placeholder until this screen's issue lands. */
public final class WizardScreen implements Screen {

    private final Label view = new Label("Wizard: coming soon");

    public WizardScreen(AppContext context) {}

    @Override
    public Node view() {
        return view;
    }
}
