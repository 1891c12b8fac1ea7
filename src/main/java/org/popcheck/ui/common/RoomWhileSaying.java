package org.popcheck.ui.common;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Labeled;

/**
 * A line that shows, and takes room, only while it says something: a status line, a field's
 * problem sentence, a step's "to go on" note. An empty label that stays managed keeps a blank strip
 * of one line's height; at twice the text size in a 1024x600 window that pushed a form's last row
 * out of sight. Made in one place so every such line behaves the same.
 */
public final class RoomWhileSaying {

    private RoomWhileSaying() {}

    /** {@code line} shows and takes room only while its text is not empty. Returns it. */
    public static <T extends Labeled> T bind(T line) {
        return bind(line, new SimpleBooleanProperty(true));
    }

    /**
     * {@code line} shows and takes room only while its text is not empty and {@code alsoWhen} holds
     * (the journal hides its status while "Entry deleted. Undo" says the same). Returns it.
     */
    public static <T extends Labeled> T bind(T line, ObservableBooleanValue alsoWhen) {
        line.visibleProperty().bind(line.textProperty().isNotEmpty().and(alsoWhen));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
