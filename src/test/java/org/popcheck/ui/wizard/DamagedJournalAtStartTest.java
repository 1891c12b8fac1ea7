package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.assessment.Answer;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalStore;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A damaged journal is said at start-up on the page the app opens on, and a check's result says it
 * cannot be saved before Save is pressed (trial 12, M5); while a journal loads, the window says so
 * (M6). Snapshots in target/screenshots/journal-notice.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedJournalAtStartTest {

    @TempDir
    static Path dir;

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    private AppContext context;
    private MainWindow window;

    /** A valid journal of a few entries, cut in the middle as a crash or a full disk leaves it. */
    private Path cutJournal() throws Exception {
        Path data = org.popcheck.testsupport.LongJournal.in(Files.createTempDirectory(dir, "data"), 4);
        Path file = data.resolve("journal.json");
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length * 2 / 3));
        Files.deleteIfExists(data.resolve("journal.json.bak"));
        return data;
    }

    private void open(FxRobot robot, Path data, Settings settings, int width, int height) throws Exception {
        context = AppContext.create(data);
        context.settingsProperty().set(settings);
        robot.interact(() -> {
            own.onScreen(context, width, height, () -> window = new MainWindow(context));
            context.startLoadingJournal();
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#journal-notice-text").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCheckPageSaysAtStartUpThatTheJournalIsDamagedAndLeadsToIt(FxRobot robot) throws Exception {
        open(robot, cutJournal(), Settings.defaultsFor(Locale.UK), 1280, 800);
        Node notice = robot.lookup("#journal-notice").query();
        assertTrue(notice.isVisible() && notice.isManaged(), "the notice shows on the page the app opens on");
        String text = robot.lookup("#journal-notice-text").queryAs(Label.class).getText();
        assertTrue(text.contains("ends too early"), text);
        assertFalse(text.contains("double quotes"), text);
        Button quickLog = robot.lookup("#quick-log").queryAs(Button.class);
        assertTrue(quickLog.isDisabled());
        assertTrue(quickLog.getAccessibleText().contains("read-only"), "a greyed-out Log popping says why: " + quickLog.getAccessibleText());
        assertTrue(quickLog.getTooltip() != null && quickLog.getTooltip().getText().contains("read-only"));

        robot.interact(() -> robot.lookup("#journal-notice-open").queryAs(Button.class).fire());
        assertTrue(robot.lookup("#journal-problem").query().isVisible(), "the button leads to the Journal page and its choices");
        String whole = robot.lookup("#journal-problem-text").queryAs(Label.class).getText();
        assertTrue(whole.contains("the file ends too early: it looks cut off") && whole.contains("(line "), whole);
        robot.interact(() -> robot.lookup("#journal-notice-dismiss").queryAs(Button.class).fire());
        assertFalse(notice.isVisible() || notice.isManaged(), "dismissed, it goes until a new problem");
    }

    @Test
    void aResultSaysBeforeSaveThatItCannotBeSaved(FxRobot robot) throws Exception {
        open(robot, cutJournal(), Settings.defaultsFor(Locale.UK), 1280, 800);
        WizardViewModel model = ((WizardScreen) window.screen(Destination.CHECK)).model();
        robot.interact(() -> {
            model.next();
            model.sites().add(new BodySite(Region.ANKLE, Side.LEFT));
            for (WizardStep s : new WizardStep[] {WizardStep.WHERE, WizardStep.ABOUT, WizardStep.EMERGENCY, WizardStep.POPPING, WizardStep.WARNINGS}) {
                if (s != WizardStep.WHERE) {
                    ModelAnswers.answerEverything(model, s, Answer.YesNo.NO);
                }
                model.next();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.RESULT, model.stepProperty().get());
        Button save = robot.lookup("#result-save").queryAs(Button.class);
        assertTrue(save.isDisabled(), "Save to journal is greyed out while the journal is read-only");
        assertTrue(save.getAccessibleText().contains("read-only"), save.getAccessibleText());
        Labeled why = robot.lookup("#result-save-why").queryAs(Labeled.class);
        assertTrue(why.isVisible() && why.getText().contains("read-only"), "said in sight: " + why.getText());
        assertTrue(robot.lookup("#journal-notice").query().isVisible(), "and the notice is above the result too");
    }

    @Test
    void whileTheJournalIsReadTheWindowSaysSo(FxRobot robot) throws Exception {
        Path data = org.popcheck.testsupport.LongJournal.in(Files.createTempDirectory(dir, "long"), 300_000);
        context = AppContext.create(data);
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK).withTextScale(2));
        // A reading that lasts until the test lets it finish: on an idle machine the real one can end
        // before the notice's delay, and the notice (rightly) never shows.
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        javafx.concurrent.Task<JournalStore> reading = new javafx.concurrent.Task<>() {
            @Override
            protected JournalStore call() throws Exception {
                finish.await();
                return JournalStore.open(data);
            }
        };
        reading.setOnSucceeded(e -> context.setJournal(reading.getValue()));
        robot.interact(() -> {
            own.onScreen(context, 1024, 600, () -> window = new MainWindow(context));
            @SuppressWarnings("unchecked")
            javafx.beans.property.ObjectProperty<javafx.concurrent.Worker<JournalStore>> loading =
                    (javafx.beans.property.ObjectProperty<javafx.concurrent.Worker<JournalStore>>) context.journalLoadingProperty();
            loading.set(reading);
            Thread t = new Thread(reading, "test-journal-reading");
            t.setDaemon(true);
            t.start();
        });
        Node notice = robot.lookup("#journal-notice").query();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#journal-notice-loading").tryQuery().isPresent());
        Label words = robot.lookup("#journal-notice-loading").queryAs(Label.class);
        Button quickLog = robot.lookup("#quick-log").queryAs(Button.class);
        String[] seen = new String[4];
        // read in one go on the JavaFX thread: a fast machine may finish reading the journal between two looks
        robot.interact(() -> {
            seen[0] = String.valueOf(notice.isVisible() && !(context.journal() instanceof JournalStore));
            seen[1] = words.getText();
            seen[2] = quickLog.getAccessibleText();
            seen[3] = String.valueOf(quickLog.isDisabled());
            Snapshots.write(window.getScene(), Path.of("target/screenshots/journal-notice", "loading-1024x600-2x-en.png"));
        });
        assertEquals("true", seen[0], "the notice shows while the journal is read");
        assertTrue(seen[1].startsWith("Loading your journal"), seen[1]);
        assertTrue(seen[2].contains("still loading"), "Log popping says why it waits: " + seen[2]);
        assertEquals("true", seen[3], "Log popping waits while the journal is read");
        finish.countDown();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !notice.isVisible() && !notice.isManaged());
        assertFalse(quickLog.isDisabled(), "once read, Log popping works");
    }

    @Test
    void snapshots(FxRobot robot) throws Exception {
        for (Settings.Theme theme : new Settings.Theme[] {Settings.Theme.LIGHT, Settings.Theme.DARK}) {
            for (int[] size : new int[][] {{1024, 600, 2}, {1280, 800, 1}}) {
                for (org.popcheck.i18n.Language language : new org.popcheck.i18n.Language[] {org.popcheck.i18n.Language.EN, org.popcheck.i18n.Language.DE}) {
                    org.popcheck.i18n.Language before = org.popcheck.i18n.Messages.language();
                    org.popcheck.i18n.Messages.setLanguage(language);
                    Locale locale = Locale.UK;
                    try {
                        Settings s = Settings.defaultsFor(locale).withTheme(theme).withTextScale(size[2])
                                .withLanguage(Settings.LanguageChoice.valueOf(language.name()));
                        open(robot, cutJournal(), s, size[0], size[1]);
                        String name = theme.name().toLowerCase(Locale.ROOT) + "-" + size[0] + "x" + size[1] + "-" + size[2] + "x-"
                                + language.name().toLowerCase(Locale.ROOT) + ".png";
                        robot.interact(() -> Snapshots.write(window.getScene(), Path.of("target/screenshots/journal-notice", name)));
                    } finally {
                        org.popcheck.i18n.Messages.setLanguage(before);
                    }
                }
            }
        }
    }
}
