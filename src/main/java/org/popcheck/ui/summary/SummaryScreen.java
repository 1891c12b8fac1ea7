package org.popcheck.ui.summary;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Screen;

/** Placeholder until this screen's issue lands. */
public final class SummaryScreen implements Screen {

    private final Label view = new Label("Summary: coming soon");

    public SummaryScreen(AppContext context) {}

    @Override
    public Node view() {
        return view;
    }
}
