package org.popcheck.ui.exercises;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalException;

/**
 * Where the journal save of one guided session stands: not saved, under way, or saved. One per
 * session, handed from view to view when a change of language builds the session's view again, so
 * a save that finishes after the change reaches the view on screen. While a save is under way the
 * session counts as saved for leaving it (the journal's writer finishes it whatever the screen does);
 * should it then fail with no view of the session left on screen, the person is told in a dialog,
 * since no status line is there to say it.
 */
final class SessionSave {

    enum State { NOT_SAVED, SAVING, SAVED }

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.NOT_SAVED);
    /** Why the last save failed, or null. */
    private JournalException failure;
    /** The view showing the session now, or null once it was left. */
    private SessionView shownBy;

    ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    State state() {
        return state.get();
    }

    JournalException failure() {
        return failure;
    }

    void started() {
        failure = null;
        state.set(State.SAVING);
    }

    void saved() {
        state.set(State.SAVED);
    }

    void failed(JournalException why) {
        failure = why;
        state.set(State.NOT_SAVED);
        if (shownBy == null) {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    Messages.get("exercises.session.saveFailed", why.getMessage()));
            alert.getDialogPane().setId("session-save-failed");
            alert.show();
        }
    }

    /** {@code view} shows the session from now on. */
    void shownBy(SessionView view) {
        shownBy = view;
    }

    /** {@code view} is no longer on screen. */
    void left(SessionView view) {
        if (shownBy == view) {
            shownBy = null;
        }
    }
}
