package org.popcheck.ui.journal;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.popcheck.i18n.Messages;

/**
 * Asks before an entry dialog with something filled in is closed unsaved (Escape, Cancel or the
 * window's close box): pressing Escape lost a half-written entry without a word. "Keep editing" is
 * the default and the answer to Escape, so a second slip of the hand loses nothing either.
 */
final class DiscardQuestion {

    static final ButtonType DISCARD = new ButtonType(Messages.get("journal.discard.discard"), ButtonBar.ButtonData.OTHER);
    static final ButtonType KEEP = new ButtonType(Messages.get("journal.discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);

    private DiscardQuestion() {}

    /**
     * Shows the question over {@code owner} without waiting for it (a dialog asking from inside its
     * own close request must not block there), and runs {@code discard} if the answer is Discard.
     */
    static Alert ask(Window owner, boolean editing, Runnable discard) {
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, Messages.get(editing ? "journal.discard.editText" : "journal.discard.text"),
                DISCARD, KEEP);
        question.initOwner(owner);
        String title = Messages.get(editing ? "journal.discard.editTitle" : "journal.discard.title");
        question.setTitle(title);
        question.setHeaderText(title);
        Button keep = (Button) question.getDialogPane().lookupButton(KEEP);
        Button leave = (Button) question.getDialogPane().lookupButton(DISCARD);
        keep.setId("discard-keep");
        leave.setId("discard-confirm");
        keep.setText(Messages.get("journal.discard.keep")); // the language now in use, not the one at start-up
        leave.setText(Messages.get("journal.discard.discard"));
        keep.setAccessibleText(keep.getText());
        leave.setAccessibleText(leave.getText());
        keep.setDefaultButton(true);
        leave.setDefaultButton(false);
        question.setOnShown(e -> keep.requestFocus());
        question.resultProperty().addListener((o, was, answer) -> {
            if (answer == DISCARD) {
                discard.run();
            }
        });
        question.show();
        return question;
    }

}
