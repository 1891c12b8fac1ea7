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

    /**
     * Asked before this screen, the one shown, is left: for another screen (the navigation by click
     * or its Alt key, a link from another screen) or because the window is closing. The one place
     * where a screen with work under way (a guided exercise session) asks what becomes of it;
     * {@code false} stays here, as the screen is. By default there is nothing to ask: {@code true}.
     */
    default boolean mayLeave() {
        return true;
    }

    /**
     * Called on a screen just built for a change of language (labels take their text when built) with
     * {@code screen}, the same destination's screen of the window before: takes over what the person
     * had entered or chosen there, so that nothing is lost with the old words. A screen of another
     * kind is ignored. By default there is nothing to take over.
     */
    default void takeOver(Screen screen) {}
}
