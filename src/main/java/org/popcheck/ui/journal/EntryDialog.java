package org.popcheck.ui.journal;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalException;
import org.popcheck.journal.SafetyNet;

/**
 * Adds or edits one entry. The entry is saved when Save is pressed; if saving fails the dialog
 * stays open with the reason, so nothing typed is lost.
 */
final class EntryDialog extends Dialog<JournalEntry> {

    static final ButtonType SAVE = new ButtonType(Messages.get("journal.dialog.save"), ButtonBar.ButtonData.OK_DONE);

    private final EntryForm form;
    private Optional<SafetyNet.Finding> finding = Optional.empty();

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
        save.disableProperty().bind(form.invalid());
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setCancelButton(true);
        // Save inside the button's handler: a failed save keeps the dialog (and the typing) open.
        save.addEventFilter(ActionEvent.ACTION, e -> {
            JournalEntry entry = form.toEntry();
            try {
                finding = original == null ? model.add(entry) : model.update(entry);
            } catch (JournalException ex) {
                form.problem.textProperty().unbind();
                form.problem.setText(Messages.get("journal.saveFailed", ex.getMessage()));
                e.consume();
            }
        });
        setResultConverter(b -> b == SAVE ? form.toEntry() : null);
    }

    EntryForm form() {
        return form;
    }

    /** Opens the dialog, and after a save that tripped the safety net, the warning. */
    static void open(Window owner, JournalViewModel model, JournalEntry original) {
        EntryDialog d = new EntryDialog(owner, model, original);
        d.showAndWait().ifPresent(saved -> d.finding.ifPresent(f -> showFinding(owner, f)));
        if (!model.safetyMessageProperty().get().isEmpty() && d.finding.isEmpty() && d.getResult() != null) {
            showText(owner, model.safetyMessageProperty().get());
        }
    }

    static void showFinding(Window owner, SafetyNet.Finding f) {
        showText(owner, JournalViewModel.describe(f));
    }

    private static void showText(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("journal.safety.title"));
        alert.setHeaderText(Messages.get("journal.safety.title"));
        alert.getDialogPane().setAccessibleText(Messages.get("journal.safety.accessible", text));
        alert.getDialogPane().setPrefWidth(520);
        alert.show();
    }
}
