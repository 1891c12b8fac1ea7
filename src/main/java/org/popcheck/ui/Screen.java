package org.popcheck.ui;

import javafx.scene.Node;

/** A screen of the main window. Built once, on first visit. */
public interface Screen {

    Node view();

    /** Called each time the screen becomes the visible one. */
    default void onShow() {}
}
