package org.popcheck.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;

/**
 * The line under a screen's buttons that says what the last action did ("Saved.", "Not saved: the
 * disk is full."): wrapping whole, and taking room only while it says something. Before the first
 * action it says nothing, and an empty line kept one line's height blank: at the foot of the journal
 * that was a strip of about 40 px at twice the text size in a 1024x600 window.
 */
public final class StatusLine {

    private StatusLine() {}

    /** Gives {@code line} its {@code id}; it shows, and takes room, only while it has text. Returns it. */
    public static Label dress(Label line, String id) {
        return dress(line, id, new javafx.beans.property.SimpleBooleanProperty(true));
    }

    /**
     * Gives {@code line} its {@code id}; it shows, and takes room, only while it has text and
     * {@code alsoWhen} holds (the journal hides it while "Entry deleted. Undo" says the same). Returns it.
     */
    public static Label dress(Label line, String id, ObservableBooleanValue alsoWhen) {
        line.setId(id);
        line.setWrapText(true);
        return RoomWhileSaying.bind(line, alsoWhen);
    }
}
