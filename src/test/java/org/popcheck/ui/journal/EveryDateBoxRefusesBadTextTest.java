package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;
import org.popcheck.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every date box of the app (the journal's filter, the entry form's date, the summary's period)
 * treats a text that is no date the same way: the text stays in the box to be corrected, the box is
 * marked and says why to a screen reader, a plain sentence names it, and no filter, entry or summary
 * uses a date in its place (neither the one the box held before nor one moved to fit). Enter confirms
 * and does no more; leaving the box with Tab keeps it all.
 */
@ExtendWith(ApplicationExtension.class)
class EveryDateBoxRefusesBadTextTest {

    private static final List<String> NOT_DATES = List.of("31.02.2026", "abc", "2026-13-01");
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    @TempDir
    static Path dir;

    private AppContext context;
    private MainWindow window;
    @RegisterExtension
    final OwnWindow own = OwnWindow.hidden();

    @Start
    void start(Stage stage) throws IOException {
        Path data = Files.createTempDirectory(dir, "data");
        try (JournalStore seed = JournalStore.open(data)) {
            OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            for (int i = 0; i < 8; i++) {
                seed.add(new JournalEntry("e" + i, now.minusHours(1).minusDays(i * 2L), new BodySite(Region.ANKLE, Side.LEFT), "pop",
                        "daily", 2, List.of(), List.of(), "", true, List.of(), null));
            }
        }
        context = AppContext.create(data);
        context.startLoadingJournal();
        window = new MainWindow(context);
        own.stage().setScene(new Scene(window, 1100, 760));
        own.stage().show();
    }

    private void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the box's text by {@code text} as a person would, and confirms it with Enter or leaves with Tab. */
    private void type(FxRobot robot, DatePicker box, String text, KeyCode end) {
        robot.interact(() -> {
            box.requestFocus();
            box.getEditor().selectAll();
        });
        robot.write(text).push(end);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What every box must show after {@code typed}: kept, marked, named, and no date. */
    private static void refused(DatePicker box, String typed, String sentence, String where) {
        assertEquals(typed, box.getEditor().getText(), where + ": what was typed stays, to be corrected");
        assertTrue(box.getEditor().getPseudoClassStates().contains(DANGER), where + ": the box is marked");
        assertTrue(box.getEditor().getAccessibleText().contains(typed), where + ": and says why to a screen reader: "
                + box.getEditor().getAccessibleText());
        assertNull(box.getValue(), where + ": no date in place of the text (not the one before)");
        assertTrue(sentence.contains(typed), where + ": a sentence names it: " + sentence);
    }

    @Test
    void theJournalsFilterBoxesKeepTheTextMarkItAndFilterByNoWrongDate(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.interact(() -> window.show(Destination.JOURNAL));
        JournalViewModel model = JournalViewModel.of(context);
        robot.interact(() -> ((javafx.scene.control.ToggleButton) robot.lookup("#journal-filter-toggle").query()).setSelected(true)); // the filter row, hidden while no filter is on
        Label problem = robot.lookup("#journal-filter-problem").queryAs(Label.class);
        for (String id : List.of("#journal-filter-from", "#journal-filter-to")) {
            DatePicker box = robot.lookup(id).queryAs(DatePicker.class);
            for (String typed : NOT_DATES) {
                for (KeyCode end : List.of(KeyCode.ENTER, KeyCode.TAB)) {
                    String where = id + " " + typed + " " + end;
                    // A date that narrows the table first: the text typed must not leave it in force.
                    LocalDate earlier = id.endsWith("from") ? LocalDate.now().minusDays(3) : LocalDate.now().minusDays(9);
                    robot.interact(() -> box.setValue(earlier));
                    assertTrue(model.filtered().size() < 8, where + ": the earlier date narrows the table");
                    type(robot, box, typed, end);
                    refused(box, typed, problem.getText(), where);
                    assertTrue(problem.isVisible() && problem.getText().contains("off"), where + ": " + problem.getText());
                    assertNull(id.endsWith("from") ? model.fromFilterProperty().get() : model.toFilterProperty().get(), where);
                    assertEquals(8, model.filtered().size(), where + ": that end of the filter is off, not at the earlier date");
                }
            }
            robot.interact(() -> box.setValue(LocalDate.now().minusDays(3)));
            assertFalse(box.getEditor().getPseudoClassStates().contains(DANGER), id + ": a date clears the mark");
            assertEquals("", problem.getText(), id + ": and the sentence");
            robot.clickOn("#journal-filter-clear");
        }
    }

    @Test
    void theEntryFormsDateKeepsTheTextMarksItAndSavesNoEntry(FxRobot robot) throws Exception {
        awaitLoaded();
        EntryForm[] form = new EntryForm[1];
        robot.interact(() -> {
            form[0] = new EntryForm(null);
            own.stage().setScene(new Scene(form[0], 900, 760));
            form[0].region.setValue(Region.ANKLE);
            form[0].side.setValue(Side.LEFT);
        });
        assertEquals("", form[0].validate(), "a whole entry, with today's date");
        for (String typed : NOT_DATES) {
            for (KeyCode end : List.of(KeyCode.ENTER, KeyCode.TAB)) {
                String where = typed + " " + end;
                robot.interact(() -> form[0].date.setValue(LocalDate.now().minusDays(1)));
                type(robot, form[0].date, typed, end);
                refused(form[0].date, typed, ((Label) form[0].lookup("#entry-date-problem")).getText(), where);
                assertTrue(form[0].problem.getText().contains(typed), where + ": the line at the foot of the form says it too");
                assertTrue(form[0].invalid().get(), where + ": nothing to save");
            }
        }
        // Typed and not confirmed: the save reads the box first and saves nothing.
        robot.interact(() -> form[0].date.setValue(LocalDate.now().minusDays(1)));
        robot.interact(() -> {
            form[0].date.getEditor().setText("31.02.2026");
            StrictDateConverter.readTyped(form[0].date);
        });
        refused(form[0].date, "31.02.2026", form[0].problem.getText(), "typed, not confirmed");
    }

    @Test
    void theSummarysPeriodBoxesKeepTheTextMarkItAndMakeNoSummary(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.interact(() -> window.show(Destination.SUMMARY));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup(".radio-button").queryAllAs(RadioButton.class).stream()
                .filter(r -> "CUSTOM".equals(String.valueOf(r.getUserData()))).findFirst().orElseThrow().setSelected(true));
        Label problem = robot.lookup("#summary-date-problem").queryAs(Label.class);
        List<String> said = new ArrayList<>();
        for (String id : List.of("#summary-from", "#summary-to")) {
            DatePicker box = robot.lookup(id).queryAs(DatePicker.class);
            for (String typed : NOT_DATES) {
                for (KeyCode end : List.of(KeyCode.ENTER, KeyCode.TAB)) {
                    String where = id + " " + typed + " " + end;
                    robot.interact(() -> box.setValue(id.endsWith("from") ? LocalDate.now().minusDays(20) : LocalDate.now()));
                    type(robot, box, typed, end);
                    refused(box, typed, problem.getText(), where);
                    said.add(problem.getText());
                }
            }
            robot.interact(() -> box.setValue(id.endsWith("from") ? LocalDate.now().minusDays(20) : LocalDate.now()));
            assertEquals("", problem.getText(), id + ": a date clears the sentence");
        }
        assertFalse(said.isEmpty());
    }

    /**
     * The journal with a filter date that is no date, and the entry form with one, in English and
     * German at 1280x800 and 1024x600 with the usual and twice the text size: the marked box, its text
     * and the sentence whole, inside the window. Pictures: target/screenshots/date-box-problem/.
     */
    @Test
    void theMarkedBoxesAndTheirSentencesFitAtEveryUsualSize(FxRobot robot) throws Exception {
        awaitLoaded();
        List<String> problems = new ArrayList<>();
        for (org.popcheck.i18n.Language language : List.of(org.popcheck.i18n.Language.EN, org.popcheck.i18n.Language.DE)) {
            for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
                for (double scale : new double[] {1.0, 2.0}) {
                    String look = language.code() + "-" + size[0] + "x" + size[1] + "-" + (int) scale + "x";
                    org.popcheck.settings.Settings settings = org.popcheck.settings.Settings.defaultsFor(java.util.Locale.UK).withTextScale(scale);
                    robot.interact(() -> {
                        context.settingsProperty().set(settings); // the journal's columns grow with the text size, the dialog's text follows
                        org.popcheck.i18n.Messages.setLanguage(language);
                        ((MainWindow) own.onScreen(context, size[0], size[1], () -> new MainWindow(context)).getRoot()).show(Destination.JOURNAL);
                    });
                    robot.interact(() -> ((javafx.scene.control.ToggleButton) own.stage().getScene().lookup("#journal-filter-toggle")).setSelected(true));
                    DatePicker from = (DatePicker) own.stage().getScene().lookup("#journal-filter-from");
                    type(robot, from, "31.02.2026", KeyCode.ENTER);
                    problems.addAll(checked(robot, look + " journal"));
                    org.popcheck.ui.common.Snapshots.write(own.stage().getScene(), Path.of("target/screenshots/date-box-problem", "journal-" + look + ".png"));

                    // The entry form as the person sees it: in its dialog, sized for this screen.
                    javafx.application.Platform.runLater(() -> ((javafx.scene.control.Button) own.stage().getScene().lookup("#journal-add")).fire());
                    WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> entryDialog() != null);
                    WaitForAsyncUtils.waitForFxEvents();
                    javafx.stage.Window dialog = entryDialog();
                    DatePicker date = (DatePicker) dialog.getScene().getRoot().lookup(".date-picker");
                    robot.targetWindow(dialog);
                    type(robot, date, "2026-13-01", KeyCode.ENTER);
                    String said = ((Label) dialog.getScene().lookup("#entry-date-problem")).getText();
                    assertTrue(said.contains("2026-13-01"), look + ": " + said);
                    List<String> inDialog = new ArrayList<>();
                    robot.interact(() -> org.popcheck.ui.LayoutCheck.problems(dialog.getScene()).forEach(p -> inDialog.add(look + " entry dialog: " + p)));
                    problems.addAll(inDialog);
                    org.popcheck.ui.common.Snapshots.write(dialog.getScene(), Path.of("target/screenshots/date-box-problem", "entry-" + look + ".png"));
                    robot.interact(() -> ((javafx.scene.control.Button) ((javafx.scene.control.DialogPane) dialog.getScene().getRoot())
                            .lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
                    robot.targetWindow(own.stage());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private javafx.stage.Window entryDialog() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w != own.stage() && w.isShowing() && w.getScene() != null && w.getScene().lookup("#entry-problem") != null)
                .findFirst().orElse(null);
    }

    private List<String> checked(FxRobot robot, String look) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            own.stage().getScene().getRoot().applyCss();
            own.stage().getScene().getRoot().layout();
            org.popcheck.ui.LayoutCheck.problems(own.stage().getScene()).forEach(p -> found.add(look + ": " + p));
        });
        return found;
    }
}
