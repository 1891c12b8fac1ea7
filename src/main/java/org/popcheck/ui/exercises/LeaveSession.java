package org.popcheck.ui.exercises;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.popcheck.exercise.GuidedSession;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.common.SettingsDialog;
import org.popcheck.ui.common.Styles;

/**
 * Asks what becomes of a guided session that would be left: by any entry of the navigation (clicked
 * or by its Alt key), a screen's link to another, closing the window, or the session's own Done, all
 * of which ask through {@link ExercisesScreen#mayLeave}. What was done
 * is not dropped without a word: a running session can be stopped and recorded (a stopped session
 * is saved as such, with its sets so far), and leaving without recording says that it is not kept.
 * Enter takes the choice that keeps the work, Escape stays; every choice is a button reached with Tab.
 */
final class LeaveSession {

    /** What the person chose. */
    enum Choice {
        /** Stop the session here and show its end: the pain question and Save. */
        STOP_AND_RECORD,
        /** Leave for the library; what was done is not recorded. */
        LEAVE,
        /** Stay in the session, as it was. */
        STAY
    }

    private LeaveSession() {}

    /**
     * Shows the question and waits for the answer.
     *
     * @param recorded whether a finished session is already in the journal (then nothing is asked)
     * @return STAY when the dialog is closed without a choice
     */
    static Choice ask(Window owner, GuidedSession session, boolean recorded) {
        boolean running = session.phase() != GuidedSession.Phase.FINISHED;
        if (!running && recorded) {
            return Choice.LEAVE;
        }
        String name = session.exercise().name();
        ButtonType record = new ButtonType(Messages.get("exercises.leave.stopAndRecord"), ButtonBar.ButtonData.OK_DONE);
        ButtonType leave = new ButtonType(Messages.get("exercises.leave.leave"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(Messages.get(running ? "exercises.leave.keepGoing" : "exercises.leave.stay"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        String text = running
                ? Messages.get("exercises.leave.running", name, session.result(null).sets(), session.totalSets())
                : Messages.get("exercises.leave.finished", name);
        // The choices that act are full-width buttons under the sentence, whose words wrap: three in
        // the button bar did not fit a German dialog at twice the text size. The bar keeps the one
        // that changes nothing, which Escape also takes.
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", stay);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("exercises.leave.title"));
        alert.setHeaderText(Messages.get("exercises.leave.title"));
        alert.getDialogPane().setId("exercises-leave");
        alert.getDialogPane().setAccessibleText(Messages.get("exercises.leave.title") + " " + text);
        javafx.scene.control.Label words = new javafx.scene.control.Label(text);
        words.setId("exercises-leave-text");
        words.setWrapText(true);
        words.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // About 40 letters wide at any text size.
        Styles.prefWidthInEm(words, SettingsDialog.FORM_WIDTH_EM, words);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(10, words);
        Button[] keepsTheWork = new Button[1];
        for (ButtonType type : running ? java.util.List.of(record, leave) : java.util.List.of(leave)) {
            Button choice = new Button(type.getText());
            choice.setId(type == record ? "exercises-leave-record" : "exercises-leave-leave");
            choice.setAccessibleText(type.getText());
            choice.setWrapText(true);
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            // Enter keeps the work: records a running session.
            choice.setDefaultButton(type == record);
            if (type == record) {
                choice.getStyleClass().add(Styles.ACCENT);
                keepsTheWork[0] = choice;
            }
            choice.setOnAction(e -> {
                alert.setResult(type);
                alert.close();
            });
            content.getChildren().add(choice);
        }
        alert.getDialogPane().setContent(content);
        Button stayButton = (Button) alert.getDialogPane().lookupButton(stay);
        stayButton.setAccessibleText(stay.getText());
        // With a finished session not yet saved, Enter stays to record it.
        stayButton.setDefaultButton(!running);
        Styles.keepWhole(stayButton);
        stayButton.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        // The focus starts where Enter acts, so a focused button never takes Enter for another choice.
        Button first = running ? keepsTheWork[0] : stayButton;
        alert.setOnShown(e -> first.requestFocus());
        ButtonType answer = alert.showAndWait().orElse(stay);
        return answer == record ? Choice.STOP_AND_RECORD : answer == leave ? Choice.LEAVE : Choice.STAY;
    }
}
