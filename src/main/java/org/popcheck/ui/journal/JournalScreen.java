package org.popcheck.ui.journal;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Screen;

/** Placeholder until this screen's issue lands. */
public final class JournalScreen implements Screen {

    private final Label view = new Label("Journal: coming soon");

    public JournalScreen(AppContext context) {}

    @Override
    public Node view() {
        return view;
    }
}
