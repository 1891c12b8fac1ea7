package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.assessment.Answer;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.common.Theme;
import org.popcheck.ui.wizard.ModelAnswers;
import org.popcheck.ui.wizard.WizardScreen;
import org.popcheck.ui.wizard.WizardStep;
import org.popcheck.ui.wizard.WizardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A language chosen in Settings applies at once: the window is rebuilt in it and the check in progress keeps its answers. */
@ExtendWith(ApplicationExtension.class)
class LanguageChangeTest {

    @TempDir
    static Path dataDir;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLanguage(Language.EN);
        window = new MainWindow(AppContext.create(dataDir));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    /** English again after each test; a window of its own for the test that sizes it. */
    @RegisterExtension
    final OwnWindow own = OwnWindow.hidden();

    private static WizardViewModel model(MainWindow w) {
        return ((WizardScreen) w.screen(Destination.CHECK)).model();
    }

    @Test
    void theRebuiltWindowSpeaksTheNewLanguageAndKeepsTheCheckAndItsResult(FxRobot robot) {
        WizardViewModel before = model(window);
        robot.interact(() -> {
            before.next();
            before.sites().add(new BodySite(Region.ANKLE, Side.LEFT));
            before.next();
            for (WizardStep step : new WizardStep[] {WizardStep.ABOUT, WizardStep.EMERGENCY, WizardStep.POPPING, WizardStep.WARNINGS}) {
                ModelAnswers.answerEverything(before, step, Answer.YesNo.NO);
                before.next();
            }
        });
        assertEquals(WizardStep.RESULT, before.stepProperty().get(), "blocked: " + before.blockerProperty().get());
        String englishAdvice = before.outcomeProperty().get().result().advice();

        MainWindow[] rebuilt = new MainWindow[1];
        robot.interact(() -> {
            Messages.setLanguage(Language.DE);
            rebuilt[0] = window.rebuilt();
            stage.getScene().setRoot(rebuilt[0]);
        });
        WizardViewModel after = model(rebuilt[0]);
        assertEquals(WizardStep.RESULT, after.stepProperty().get(), "the same step");
        assertEquals(before.sites(), after.sites());
        assertEquals(before.answers(), after.answers());
        assertEquals(before.ageTextProperty().get(), after.ageTextProperty().get());
        assertNotNull(after.outcomeProperty().get(), "the result is there again");
        assertEquals(before.outcomeProperty().get().result().level(), after.outcomeProperty().get().result().level(), "the same level");
        assertEquals("Gelenk prüfen", robot.lookup("#nav-check").queryAs(Labeled.class).getText().replace("_", ""));
        if (!org.popcheck.i18n.ContentOverlay.translation("/assets/triage/advice.json", Language.DE).isEmpty()) {
            assertTrue(!after.outcomeProperty().get().result().advice().equals(englishAdvice), "the advice is worked out again in German");
        }
    }

    /** Answers every step of {@code w}'s check ("no" to every sign) up to the result. */
    private static void finishACheck(FxRobot robot, MainWindow w, Region region) {
        WizardViewModel model = model(w);
        robot.interact(() -> {
            model.next();
            model.sites().add(new BodySite(region, region.allowedSides().iterator().next()));
            model.next();
            for (WizardStep step : new WizardStep[] {WizardStep.ABOUT, WizardStep.EMERGENCY, WizardStep.POPPING, WizardStep.WARNINGS}) {
                ModelAnswers.answerEverything(model, step, Answer.YesNo.NO);
                model.next();
            }
        });
        assertEquals(WizardStep.RESULT, model.stepProperty().get(), "blocked: " + model.blockerProperty().get());
    }

    /** Chooses {@code language} in Settings, as the application does: the window is built again in it. */
    private MainWindow changeLanguage(FxRobot robot, MainWindow from, Language language) {
        MainWindow[] rebuilt = new MainWindow[1];
        robot.interact(() -> {
            Messages.setLanguage(language);
            rebuilt[0] = from.rebuilt();
            stage.getScene().setRoot(rebuilt[0]);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return rebuilt[0];
    }

    private static javafx.scene.layout.Region undoBar(MainWindow w) {
        return (javafx.scene.layout.Region) w.lookup("#wizard-undo-bar");
    }

    /**
     * A trial lost the offer to bring back an unsaved result by changing the language: the offer stays,
     * says so in the new language, and brings the result back worked out in it. From each language to
     * each other one, and through two changes in a row.
     */
    @Test
    void theOfferToBringBackAnUnsavedResultSurvivesAChangeOfLanguage(FxRobot robot) {
        Language[][] changes = {{Language.EN, Language.DE}, {Language.DE, Language.ES}, {Language.ES, Language.EN},
                {Language.EN, Language.ES, Language.DE}};
        Region[] regions = {Region.ANKLE, Region.HIP, Region.SPINE_LOWER, Region.FOOT};
        for (int i = 0; i < changes.length; i++) {
            Language[] path = changes[i];
            MainWindow[] w = {changeLanguage(robot, window, path[0])};
            finishACheck(robot, w[0], regions[i]);
            var level = model(w[0]).outcomeProperty().get().result().level();
            robot.interact(() -> w[0].choose(Destination.CHECK));
            assertTrue(undoBar(w[0]).isVisible(), "offered before the change");
            for (int step = 1; step < path.length; step++) {
                w[0] = changeLanguage(robot, w[0], path[step]);
                String where = java.util.Arrays.toString(path) + " at " + path[step];
                assertTrue(undoBar(w[0]) != null && undoBar(w[0]).isVisible(), where + ": the offer is still there");
                assertEquals(WizardStep.START, model(w[0]).stepProperty().get(), where + ": the new check is still at its start");
                assertEquals(Messages.get("wizard.undo.cleared"), ((Labeled) w[0].lookup("#wizard-undo-bar .label")).getText(),
                        where + ": the offer speaks the new language");
                assertEquals(Messages.get("wizard.undo.action"), ((Labeled) w[0].lookup("#wizard-undo")).getText(), where);
            }
            MainWindow shown = w[0];
            robot.interact(() -> ((javafx.scene.control.Button) shown.lookup("#wizard-undo")).fire());
            WizardViewModel back = model(shown);
            String where = java.util.Arrays.toString(path);
            assertEquals(WizardStep.RESULT, back.stepProperty().get(), where + ": the result is back");
            assertEquals(regions[i], back.sites().iterator().next().region(), where);
            assertEquals(level, back.outcomeProperty().get().result().level(), where + ": the same level");
            String newLanguageAdvice = org.popcheck.triage.TriageEngine.standard()
                    .evaluate(back.outcomeProperty().get().assessment(), "112").advice();
            assertEquals(newLanguageAdvice, back.outcomeProperty().get().result().advice(), where + ": worked out in the new language");
            assertTrue(!undoBar(shown).isVisible(), where + ": the offer goes once used");
            robot.interact(() -> model(shown).restart());
            window = shown;
        }
    }

    /**
     * The offer carried into Spanish and German, at 1280x800 and 1024x600 with the usual and twice the
     * text size: nothing cut, nothing outside the window. Pictures: target/screenshots/wizard-undo-language/.
     */
    @Test
    void theCarriedOfferFitsInEachLanguageAtEveryUsualSize(FxRobot robot) {
        Stage shared = stage;
        robot.interact(() -> stage = own.takeFrom(shared, window, 1200, 800));
        carriedOfferLooks(robot);
    }

    private void carriedOfferLooks(FxRobot robot) {
        for (Language language : new Language[] {Language.ES, Language.DE}) {
            for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
                for (double scale : new double[] {1.0, 2.0}) {
                    Settings settings = Settings.defaultsFor(java.util.Locale.UK).withTextScale(scale);
                    MainWindow english = changeLanguage(robot, window, Language.EN);
                    robot.interact(() -> {
                        Theme.apply(stage.getScene(), settings);
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    finishACheck(robot, english, Region.ANKLE);
                    robot.interact(() -> english.choose(Destination.CHECK));
                    MainWindow shown = changeLanguage(robot, english, language);
                    robot.interact(() -> Theme.apply(stage.getScene(), settings));
                    java.util.List<String> problems = new java.util.ArrayList<>();
                    robot.interact(() -> {
                        stage.getScene().getRoot().applyCss();
                        stage.getScene().getRoot().layout();
                        problems.addAll(LayoutCheck.problems(stage.getScene()));
                    });
                    String look = language.code() + "-" + size[0] + "x" + size[1] + "-" + (int) scale + "x";
                    org.popcheck.ui.common.Snapshots.write(stage.getScene(), Path.of("target/screenshots/wizard-undo-language", look + ".png"));
                    assertTrue(undoBar(shown).isVisible(), look);
                    assertEquals(java.util.List.of(), problems, look);
                    robot.interact(() -> model(shown).restart());
                    window = shown;
                }
            }
        }
    }

    @Test
    void afterAChangeOfLanguageTheOfferStillGoesOnceTheNewCheckMovesOn(FxRobot robot) {
        finishACheck(robot, window, Region.ANKLE);
        robot.interact(() -> window.choose(Destination.CHECK));
        MainWindow german = changeLanguage(robot, window, Language.DE);
        assertTrue(undoBar(german).isVisible());
        robot.interact(() -> model(german).next());
        assertTrue(!undoBar(german).isVisible(), "the new check is the one that counts");
        robot.interact(() -> german.choose(Destination.CHECK));
        assertTrue(!undoBar(german).isVisible(), "nothing to bring back: the new check had no result");
    }

    /** A result saved before the change is still known as saved: no offer to bring it back, and no second copy. */
    @Test
    void aResultSavedBeforeAChangeOfLanguageIsNotOfferedBackNorSavedTwice(FxRobot robot) throws Exception {
        finishACheck(robot, window, Region.HIP);
        robot.interact(() -> ((javafx.scene.control.Button) window.lookup("#result-save")).fire());
        org.testfx.util.WaitForAsyncUtils.waitFor(org.popcheck.Patience.SECONDS, java.util.concurrent.TimeUnit.SECONDS,
                () -> Messages.get("wizard.result.saved").equals(((Labeled) window.lookup("#result-status")).getText()));
        MainWindow spanish = changeLanguage(robot, window, Language.ES);
        // Still shown as saved after the change: the button is off and says so, and a press adds no copy.
        javafx.scene.control.Button save = (javafx.scene.control.Button) spanish.lookup("#result-save");
        assertTrue(save.isDisabled(), "saving again after the change is not offered");
        assertEquals(Messages.get("wizard.result.save.done"), save.getText());
        robot.interact(save::fire);
        robot.interact(() -> spanish.choose(Destination.CHECK));
        assertEquals(WizardStep.START, model(spanish).stepProperty().get());
        assertTrue(!undoBar(spanish).isVisible(), "the result is in the journal: nothing to bring back");
    }

    @Test
    void anotherScreenStaysShownAfterTheChange(FxRobot robot) {
        robot.interact(() -> window.show(Destination.JOURNAL));
        MainWindow[] rebuilt = new MainWindow[1];
        robot.interact(() -> {
            Messages.setLanguage(Language.ES);
            rebuilt[0] = window.rebuilt();
            stage.getScene().setRoot(rebuilt[0]);
        });
        assertTrue(robot.lookup("#nav-journal").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertEquals("Diario", robot.lookup("#nav-journal").queryAs(Labeled.class).getText().replace("_", ""));
    }

    /** The trial found the main window back at the normal text size after a change of language at 2x. */
    @Test
    void theRebuiltWindowKeepsTheTextSize(FxRobot robot) {
        Settings twice = Settings.defaultsFor(java.util.Locale.UK).withTextScale(2.0);
        robot.interact(() -> Theme.apply(stage.getScene(), twice));
        double before = robot.lookup("#nav-check").queryAs(Labeled.class).getFont().getSize();
        robot.interact(() -> {
            Messages.setLanguage(Language.DE);
            Theme.replaceRoot(stage.getScene(), window.rebuilt(), twice);
        });
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        double after = robot.lookup("#nav-check").queryAs(Labeled.class).getFont().getSize();
        assertEquals(2 * Theme.BASE_FONT_PX, before, 0.01);
        assertEquals(before, after, 0.01, "the text size after the change of language");
    }
}
