package org.popcheck.ui.journal;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.triage.Level;
import org.popcheck.ui.AppContext;

/**
 * Adds or edits one entry. The entry is saved (off the JavaFX thread) when Save is pressed; the
 * dialog closes once the save has returned, and if saving fails it stays open with the reason, so
 * nothing typed is lost.
 */
final class EntryDialog extends Dialog<JournalEntry> {

    static final ButtonType SAVE = new ButtonType(Messages.get("journal.dialog.save"), ButtonBar.ButtonData.OK_DONE);

    private final EntryForm form;
    /** True while the entry is being written. */
    private final BooleanProperty saving = new SimpleBooleanProperty();
    /** True once the person said to close without saving what they filled in. */
    private boolean discarding;

    EntryDialog(Window owner, JournalViewModel model, JournalEntry original) {
        form = new EntryForm(original);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get(original == null ? "journal.dialog.addTitle" : "journal.dialog.editTitle"));
        setHeaderText(null);
        setResizable(true);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        Node save = getDialogPane().lookupButton(SAVE);
        save.setId("entry-save");
        save.setAccessibleText(Messages.get("journal.dialog.save"));
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setCancelButton(true);
        Node cancel = getDialogPane().lookupButton(ButtonType.CANCEL);
        // The save runs off the JavaFX thread. The dialog stays open until it has returned: closed
        // when it worked, still open with the reason (and everything typed) when it failed.
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            // A date typed and not yet confirmed (Save reached with the keyboard) is read first: no
            // entry is saved with the date the box held before.
            StrictDateConverter.readTyped(form.date);
            if (!form.validate().isEmpty()) {
                return;
            }
            JournalEntry entry = form.toEntry();
            saving.set(true);
            (original == null ? model.add(entry) : model.update(entry)).whenComplete((found, failure) -> {
                saving.set(false);
                if (failure == null) {
                    setResult(entry);
                    close();
                } else {
                    form.problem.textProperty().unbind();
                    form.problem.setText(Messages.get("journal.saveFailed", AppContext.journalFailure(failure).getMessage()));
                }
            });
        });
        save.disableProperty().bind(form.invalid().or(saving));
        cancel.disableProperty().bind(saving);
        ((Button) save).textProperty().bind(javafx.beans.binding.Bindings.when(saving)
                .then(Messages.get("journal.dialog.saving")).otherwise(Messages.get("journal.dialog.save")));
        // The button is laid out for "Save" and kept that width when its words became "Saving...":
        // a trial saw "Savin..." for the 25 s a long journal took. It is made wide enough for both.
        RoomForBothWords.reserve((javafx.scene.control.ButtonBar) getDialogPane().lookup(".button-bar"), (Button) save, Messages.get("journal.dialog.save"), Messages.get("journal.dialog.saving"));
        // Closing the window while a save is under way would hide whether it worked. Closing it
        // unsaved (Escape, Cancel, the close box: all come here) with something filled in asks first.
        setOnCloseRequest(e -> {
            if (saving.get()) {
                e.consume();
            } else if (getResult() == null && !discarding && form.changedSinceOpened()) {
                e.consume();
                DiscardQuestion.ask(getDialogPane().getScene().getWindow(), original != null, () -> {
                    discarding = true;
                    close();
                });
            }
        });
        // The window's close box goes through the dialog's own close, so it is asked about too: the
        // dialog's window otherwise closed itself whatever the close request above decided.
        setOnShowing(e -> getDialogPane().getScene().getWindow().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, request -> {
            request.consume();
            close();
        }));
        setResultConverter(b -> b == SAVE ? form.toEntry() : null);
    }

    EntryForm form() {
        return form;
    }

    /**
     * Opens the dialog, and after a save that tripped the safety net (or could not run it), the
     * warning, once: the journal screen's banner with the same words is then cleared.
     */
    static void open(Window owner, JournalViewModel model, JournalEntry original) {
        EntryDialog d = new EntryDialog(owner, model, original);
        if (d.showAndWait().isEmpty()) {
            return;
        }
        String message = model.safetyMessageProperty().get();
        if (!message.isEmpty()) {
            Level level = model.safetyLevelProperty().get();
            model.safetyMessageProperty().set("");
            SafetyAlert.of(owner, message, level).show();
        }
    }
}
