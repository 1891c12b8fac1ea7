package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.Patience;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new-user trial: a guided session of calf raises, saved with pain 4 at its end, showed no pain and no joint
 * in the journal's table, and its Edit dialog opened at pain 0 with Save held back until a joint was chosen.
 * And a check from Check my joint whose pain was edited kept its level in a row that then looked as if it
 * rated the new pain. Pictures at 1024x600, twice the text size: target/screenshots/journal-session/.
 */
@ExtendWith(ApplicationExtension.class)
class SessionAndCheckEntriesEditTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-01T10:00:00+01:00");
    private static final BodySite LEFT_ANKLE = new BodySite(Region.ANKLE, Side.LEFT);

    @TempDir
    static Path dataDir;

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    static JournalEntry session() {
        return new JournalEntry("session", AT, null, null, null, null, List.of(), List.of(), "", false,
                List.of(new ExerciseDone("calf-raise", 3, 12, null, 4)), null);
    }

    static JournalEntry wizardCheck() {
        Assessment a = new Assessment(40, List.of(LEFT_ANKLE), Map.of("pain", new Answer.Number(3), "swelling", Answer.YesNo.YES));
        return new JournalEntry("check", AT.minusDays(1), LEFT_ANKLE, null, null, 3, List.of(), List.of(), "", false, List.of(),
                new SavedAssessment(a, org.popcheck.triage.Level.CONSULTATION_24, List.of("some-rule")));
    }

    @Test
    void aSessionsRowShowsItsPainAndItsExercisesJoints() {
        JournalEntry s = session();
        assertEquals(4, s.painOrSessionPain(), "the pain given at the end of the session");
        assertEquals(Messages.get("journal.region.ankle") + ", " + Messages.get("journal.region.foot"), JournalLabels.joint(s));
    }

    @Test
    void openingASessionShowsItsValuesAndSavingUnchangedChangesNothing(FxRobot robot) {
        robot.interact(() -> {
            EntryForm form = new EntryForm(session());
            assertEquals(4, (int) form.pain.getValue(), "the session's pain, not 0");
            assertEquals("", form.validate(), "no joint is forced on a session that was saved without one");
            assertFalse(form.jointNote.getText().isEmpty(), "and the form says why the joint is empty");
            assertEquals(session(), form.toEntry(), "opened and saved unchanged: the same entry");
            form.pain.setValue(6);
            JournalEntry moved = form.toEntry();
            assertNull(moved.pain(), "the session's pain stays with its exercise");
            assertEquals(6, moved.exercises().get(0).painDuring());
            form.region.setValue(Region.ANKLE);
            assertEquals(Messages.get("journal.dialog.side.missing"), form.validate(), "a joint chosen needs its side as ever");
        });
    }

    @Test
    void anEntryWithoutAPainScoreKeepsNoneWhenSavedUnchanged(FxRobot robot) {
        JournalEntry noPain = new JournalEntry("cli", AT, LEFT_ANKLE, "pop", null, null, List.of(), List.of(), "", false, List.of(), null);
        robot.interact(() -> assertEquals(noPain, new EntryForm(noPain).toEntry(), "a pain not given is not saved as 0"));
    }

    @Test
    void aCheckKeepsItsLevelAndItsRowSaysWhoseLevelItIsOnceThePainIsEdited(FxRobot robot) {
        JournalEntry check = wizardCheck();
        String level = org.popcheck.triage.Level.CONSULTATION_24.shortWords();
        assertEquals(level, JournalLabels.check(check), "the pain the check was given: its level as it is");
        robot.interact(() -> {
            EntryForm form = new EntryForm(check);
            assertFalse(form.checkNote.getText().isEmpty(), "the form says the level stays the check's");
            form.pain.setValue(8);
            JournalEntry edited = form.toEntry();
            assertEquals(check.assessment(), edited.assessment(), "the check and its level are kept, never lowered or re-run");
            String cell = JournalLabels.check(edited);
            assertTrue(cell.startsWith(level) && !cell.equals(level), "the row must not seem to rate the edited pain: " + cell);
            assertTrue(cell.contains(org.popcheck.i18n.LocalFormats.date(check.localDate())), cell);
        });
    }

    /** The journal and the Edit dialog of the session as a person sees them, at 1024x600 and twice the text size. */
    @Test
    void theTableAndTheEditDialogOfASessionAtTwiceTheTextSize(FxRobot robot) throws Exception {
        for (Language language : Language.values()) {
            Messages.setLanguage(language);
            Path data = Files.createTempDirectory(dataDir, "data");
            try (JournalStore store = JournalStore.open(data)) {
                store.add(session());
                store.add(wizardCheck());
            }
            AppContext context = AppContext.create(data);
            context.settingsProperty().set(Settings.defaultsFor(Locale.UK).withTextScale(2.0));
            AppWithDialog.show(own, robot, context, 1024, 600);
            robot.interact(() -> ((javafx.scene.control.ButtonBase) robot.lookup("#nav-journal").query()).fire());
            WaitForAsyncUtils.waitForFxEvents();
            TableView<JournalEntry> table = robot.lookup("#journal-table").queryTableView();
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
            Snapshots.write(table.getScene(), Path.of("target/screenshots/journal-session", language.code() + "-table.png"));
            JournalEntry shown = table.getItems().get(0);
            assertEquals("session", shown.id(), "newest first");
            @SuppressWarnings("unchecked")
            TableColumn<JournalEntry, Object> pain = (TableColumn<JournalEntry, Object>) table.getColumns().get(2);
            assertEquals(4, pain.getCellData(0), language + ": the session's pain in its row");
            @SuppressWarnings("unchecked")
            TableColumn<JournalEntry, Object> joint = (TableColumn<JournalEntry, Object>) table.getColumns().get(1);
            assertEquals(JournalLabels.joint(session()), joint.getCellData(0), language + ": the session's joints in its row");
            robot.interact(() -> table.getSelectionModel().select(0));
            Window dialog = AppWithDialog.open(own, robot, "#journal-edit");
            Snapshots.write(dialog.getScene(), Path.of("target/screenshots/journal-session", language.code() + "-edit.png"));
            EntryForm form = (EntryForm) ((DialogPane) dialog.getScene().getRoot()).getContent();
            assertFalse(dialog.getScene().lookup("#entry-save").isDisabled(), language + ": Save is not held back for a joint");
            assertEquals(4, (int) form.pain.getValue());
            robot.interact(() -> ((DialogPane) dialog.getScene().getRoot()).lookupButton(javafx.scene.control.ButtonType.CANCEL)
                    .fireEvent(new javafx.event.ActionEvent()));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(wizardCheck(), session()), JournalStore.readEntries(data), language + ": opening and cancelling changes nothing");
            // The check's Edit dialog, scrolled to its pain and the note under it.
            robot.interact(() -> table.getSelectionModel().select(1));
            Window checkDialog = AppWithDialog.open(own, robot, "#journal-edit");
            EntryForm checkForm = (EntryForm) ((DialogPane) checkDialog.getScene().getRoot()).getContent();
            robot.interact(() -> {
                checkForm.layout();
                double y = checkForm.checkNote.localToScene(0, 0).getY() - checkForm.getContent().localToScene(0, 0).getY();
                double scrollable = checkForm.getContent().getLayoutBounds().getHeight() - checkForm.getViewportBounds().getHeight();
                checkForm.setVvalue(Math.min(1, Math.max(0, (y - 150) / scrollable)));
            });
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.write(checkDialog.getScene(), Path.of("target/screenshots/journal-session", language.code() + "-edit-check.png"));
            assertTrue(checkForm.checkNote.isVisible() && checkForm.checkNote.getWidth() <= checkForm.getViewportBounds().getWidth() + 0.5,
                    language + ": the note under the pain is shown within the form's width");
            robot.interact(() -> ((DialogPane) checkDialog.getScene().getRoot()).lookupButton(javafx.scene.control.ButtonType.CANCEL)
                    .fireEvent(new javafx.event.ActionEvent()));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
