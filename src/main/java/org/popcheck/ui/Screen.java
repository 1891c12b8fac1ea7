package org.popcheck.ui;

import javafx.scene.Node;

/** A screen of the main window. Built once, on first visit. */
public interface Screen {

    Node view();

    /** Called each time the screen becomes the visible one. */
    default void onShow() {}

    /**
     * Called when the person picks this screen's entry in the navigation while the screen is already
     * shown. A click there must never do nothing: the screen goes back to where its entry starts (a
     * new check, the exercise library). Nothing is lost without the person's say: a finished check
     * that was not saved can be brought back (the journal's delete works the same way). By default the
     * screen is shown afresh ({@link #onShow}: the journal and the summary read the journal again).
     */
    default void onChosenAgain() {
        onShow();
    }
}
