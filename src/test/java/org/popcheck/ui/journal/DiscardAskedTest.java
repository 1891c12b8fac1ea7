package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalStore;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Escape, Cancel or the close box on the log dialog ask before what was filled in is thrown away,
 * and only then: a half-written entry was lost without a word. Keep editing is the default answer.
 */
@ExtendWith(ApplicationExtension.class)
class DiscardAskedTest {

    @TempDir
    static Path dataDir;

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    private AppContext context;

    private Window openLogDialog(FxRobot robot) throws Exception {
        return openDialog(robot, Files.createTempDirectory(dataDir, "data"), "#quick-log");
    }

    /** Opens the app on {@code data} and the dialog {@code opener} (a button) opens. */
    private Window openDialog(FxRobot robot, Path data, String opener) throws Exception {
        context = AppContext.create(data);
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK));
        AppWithDialog.show(own, robot, context, 1024, 600);
        if (opener.equals("#journal-edit")) {
            robot.interact(() -> ((javafx.scene.control.ButtonBase) robot.lookup("#nav-journal").query()).fire());
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.TableView<?> table = robot.lookup("#journal-table").queryTableView();
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
            robot.interact(() -> table.getSelectionModel().select(0));
        }
        return AppWithDialog.open(own, robot, opener);
    }

    private static EntryForm form(Window dialog) {
        return (EntryForm) ((DialogPane) dialog.getScene().getRoot()).getContent();
    }

    /** The dialogs showing now, the entry dialog first. */
    private static List<Window> dialogs() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).toList();
    }

    private static Window question(Window entry) {
        return dialogs().stream().filter(w -> w != entry).findFirst().orElse(null);
    }

    @Test
    void escapeOnAnUntouchedDialogClosesItWithoutAQuestion(FxRobot robot) throws Exception {
        Window entry = openLogDialog(robot);
        robot.interact(() -> form(entry).notes.requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs().isEmpty(), "nothing was filled in: closed at once, nothing asked; open: " + dialogs());
    }

    @Test
    void escapeOnAHalfFilledEntryAsksAndKeepEditingIsTheDefault(FxRobot robot) throws Exception {
        Window entry = openLogDialog(robot);
        robot.interact(() -> {
            form(entry).notes.requestFocus();
            form(entry).notes.setText("clicked on the stairs");
        });
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Window question = question(entry);
        assertTrue(entry.isShowing(), "the entry stays open while the question is asked");
        assertTrue(question != null, "Escape with something typed asks first");
        Snapshots.write(question.getScene(), Path.of("target/screenshots/discard-question.png"));
        DialogPane asked = (DialogPane) question.getScene().getRoot();
        assertEquals(Messages.get("journal.discard.title"), asked.getHeaderText());
        Node focused = question.getScene().getFocusOwner();
        assertEquals("discard-keep", focused == null ? null : focused.getId(), "Keep editing has the keyboard");
        assertTrue(((Button) asked.lookup("#discard-keep")).isDefaultButton(), "Enter keeps editing");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(question(entry), "answered");
        assertTrue(entry.isShowing(), "Keep editing leaves the entry open");
        assertEquals("clicked on the stairs", form(entry).notes.getText(), "with everything typed");
    }

    @Test
    void cancelAndTheCloseBoxAskToo_andDiscardClosesWithoutSaving(FxRobot robot) throws Exception {
        Window entry = openLogDialog(robot);
        robot.interact(() -> form(entry).region.setValue(org.popcheck.body.Region.HIP));
        robot.interact(() -> entry.fireEvent(new WindowEvent(entry, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        Window question = question(entry);
        assertTrue(question != null && entry.isShowing(), "the close box asks first");
        robot.interact(() -> ((Button) question.getScene().getRoot().lookup("#discard-keep")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(null, question(entry));
        DialogPane pane = (DialogPane) entry.getScene().getRoot();
        robot.interact(() -> ((Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Window again = question(entry);
        assertTrue(again != null && entry.isShowing(), "Cancel asks first");
        robot.interact(() -> ((Button) again.getScene().getRoot().lookup("#discard-confirm")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs().isEmpty(), "Discard closes the question and the entry: " + dialogs());
        assertEquals(0, ((JournalStore) context.journal()).size(), "nothing was saved");
    }

    @Test
    void theEditDialogAsksOnlyWhenTheEntryWasChanged(FxRobot robot) throws Exception {
        Path data = Files.createTempDirectory(dataDir, "data");
        try (JournalStore seed = JournalStore.open(data)) {
            seed.add(new org.popcheck.journal.JournalEntry("e1", java.time.OffsetDateTime.now().minusHours(2).truncatedTo(
                    java.time.temporal.ChronoUnit.MINUTES), new org.popcheck.body.BodySite(org.popcheck.body.Region.ANKLE,
                    org.popcheck.body.Side.LEFT), "pop", "daily", 3, List.of("walking"), List.of(), "after a run", true, List.of(), null));
        }
        Window entry = openDialog(robot, data, "#journal-edit");
        robot.interact(() -> form(entry).notes.requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs().isEmpty(), "opened and left as it was: closed at once; open: " + dialogs());

        Window again = AppWithDialog.open(own, robot, "#journal-edit");
        robot.interact(() -> form(again).pain.setValue(7));
        robot.interact(() -> ((Button) ((DialogPane) again.getScene().getRoot()).lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Window question = question(again);
        assertTrue(question != null && again.isShowing(), "a changed entry asks first");
        assertEquals(Messages.get("journal.discard.editTitle"), ((DialogPane) question.getScene().getRoot()).getHeaderText());
    }
}
