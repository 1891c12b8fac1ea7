package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.assessment.Answer;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.triage.Level;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A navigation entry clicked while its screen is shown is never a dead click (a trial clicked "Check my
 * joint" on the result page and nothing happened): a finished check makes way for a new one, and a
 * result that was not saved can be brought back; the exercises entry leads back to the library.
 */
@ExtendWith(ApplicationExtension.class)
class NavigationChosenAgainTest {

    @TempDir
    Path dataDir;

    private MainWindow window;
    private WizardViewModel model;
    /** A window of this test's own: the primary stage is shared with the other screen tests and keeps its size. */
    @RegisterExtension
    final OwnWindow own = OwnWindow.hidden();

    @Start
    void start(Stage primary) {
        AppContext context = AppContext.create(dataDir);
        window = new MainWindow(context);
        own.show(window, 1024, 600, context.settings());
        model = ((WizardScreen) window.screen(Destination.CHECK)).model();
    }

    /** Answers every step through the model ("no" to every sign) and shows the result. */
    private void finishACheck(FxRobot robot, Region region, Answer.YesNo signs) {
        robot.interact(() -> {
            model.next();
            model.sites().add(new BodySite(region, region.allowedSides().iterator().next()));
            model.next();
            for (WizardStep step : new WizardStep[] {WizardStep.ABOUT, WizardStep.EMERGENCY, WizardStep.POPPING, WizardStep.WARNINGS}) {
                ModelAnswers.answerEverything(model, step, step == WizardStep.EMERGENCY ? signs : Answer.YesNo.NO);
                model.next();
                if (model.stoppedProperty().get()) {
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a control of this test's window (the shared primary stage may hold another main window). */
    private void click(FxRobot robot, String query) {
        robot.clickOn(robot.from(window).lookup(query).queryAs(Node.class));
    }

    private boolean undoOffered(FxRobot robot) {
        return robot.from(window).lookup("#wizard-undo-bar").queryAs(Node.class).isVisible();
    }

    @Test
    void checkMyJointOnAnUnsavedResultStartsANewCheckAndCanBringTheResultBack(FxRobot robot) {
        for (Region region : new Region[] {Region.ANKLE, Region.HIP, Region.SPINE_LOWER}) {
            finishACheck(robot, region, Answer.YesNo.NO);
            assertEquals(WizardStep.RESULT, model.stepProperty().get(), region + ": the result is shown");
            Level level = model.outcomeProperty().get().result().level();
            click(robot, "#nav-check");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(WizardStep.START, model.stepProperty().get(), region + ": a new check starts");
            assertTrue(model.sites().isEmpty(), "the new check starts empty");
            assertNull(model.outcomeProperty().get());
            assertTrue(robot.from(window).lookup("#nav-check").queryAs(ToggleButton.class).isSelected(), "the entry stays marked");
            assertTrue(undoOffered(robot), region + ": the unsaved result can be brought back");
            click(robot, "#wizard-undo");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(WizardStep.RESULT, model.stepProperty().get(), region + ": the result is back");
            assertEquals(level, model.outcomeProperty().get().result().level());
            assertEquals(region, model.sites().iterator().next().region());
            assertFalse(undoOffered(robot), "the offer goes once used");
            assertNotNull(robot.from(window).lookup("#result").tryQuery().orElse(null), "the result page is shown again");
            robot.interact(model::restart);
        }
    }

    /**
     * The offer to bring the result back, at 1280x800 and 1024x600 with the usual and twice the text
     * size: nothing cut, nothing outside the window. Pictures: target/screenshots/wizard-undo-*.png.
     */
    @Test
    void theOfferToBringTheResultBackFitsAtEveryUsualSize(FxRobot robot) {
        for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
            for (double scale : new double[] {1.0, 2.0}) {
                robot.interact(() -> {
                    org.popcheck.settings.Settings settings = org.popcheck.settings.Settings.defaultsFor(java.util.Locale.UK).withTextScale(scale);
                    Theme.applyUserAgent(settings);
                    Theme.apply(window.getScene(), settings);
                    own.stage().setWidth(size[0]);
                    own.stage().setHeight(size[1]);
                });
                finishACheck(robot, Region.ANKLE, Answer.YesNo.NO);
                click(robot, "#nav-check");
                WaitForAsyncUtils.waitForFxEvents();
                assertTrue(undoOffered(robot));
                java.util.List<String> problems = new java.util.ArrayList<>();
                robot.interact(() -> problems.addAll(org.popcheck.ui.LayoutCheck.problems(window.getScene())));
                org.popcheck.ui.common.Snapshots.write(window.getScene(),
                        java.nio.file.Path.of("target/screenshots", "wizard-undo-" + size[0] + "x" + size[1] + "-" + (int) scale + "x.png"));
                assertEquals(java.util.List.of(), problems, size[0] + "x" + size[1] + " at " + scale + "x text");
                robot.interact(model::restart);
            }
        }
    }

    @Test
    void startAgainOnTheResultPageOffersTheSameWayBack(FxRobot robot) {
        finishACheck(robot, Region.FOOT, Answer.YesNo.NO);
        robot.interact(() -> robot.from(window).lookup("#result-again").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.START, model.stepProperty().get());
        assertTrue(undoOffered(robot), "a result not saved is not dropped without a way back");
        robot.interact(model::next);
        assertFalse(undoOffered(robot), "once the new check moves on, the offer goes");
    }

    @Test
    void aSavedResultMakesWayForANewCheckWithNothingToBringBack(FxRobot robot) throws Exception {
        finishACheck(robot, Region.ANKLE, Answer.YesNo.NO);
        robot.interact(() -> robot.from(window).lookup("#result-save").queryButton().fire());
        Label status = robot.from(window).lookup("#result-status").queryAs(Label.class);
        String saved = org.popcheck.i18n.Messages.get("wizard.result.saved");
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> saved.equals(status.getText()));
        click(robot, "#nav-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.START, model.stepProperty().get());
        assertFalse(undoOffered(robot), "the result is in the journal: nothing is lost");
    }

    @Test
    void checkMyJointOnTheCallNowPageStartsANewCheck(FxRobot robot) {
        finishACheck(robot, Region.HIP, Answer.YesNo.YES);
        assertTrue(model.stoppedProperty().get(), "an emergency sign stops the check");
        click(robot, "#nav-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.stoppedProperty().get());
        assertEquals(WizardStep.START, model.stepProperty().get());
        assertTrue(undoOffered(robot));
    }

    @Test
    void checkMyJointDuringTheQuestionsKeepsEveryAnswer(FxRobot robot) {
        robot.interact(() -> {
            model.next();
            model.sites().add(new BodySite(Region.ANKLE, Side.LEFT));
            model.next();
            model.ageTextProperty().set("50");
        });
        click(robot, "#nav-check");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.ABOUT, model.stepProperty().get(), "the person is already in the check");
        assertEquals("50", model.ageTextProperty().get());
        assertFalse(undoOffered(robot));
    }

    @Test
    void exercisesOnAnExercisesPageLeadsBackToTheLibrary(FxRobot robot) {
        click(robot, "#nav-exercises");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"calf-raise", "clamshell", "chin-tuck"}) {
            robot.interact(() -> robot.from(window).lookup("#open-" + id).queryButton().fire());
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.from(window).lookup("#detail").tryQuery().isPresent(), id + ": its page is shown");
            click(robot, "#nav-exercises");
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(robot.from(window).lookup("#detail").tryQuery().isPresent(), id + ": back to the library");
            assertTrue(robot.from(window).lookup("#open-" + id).tryQuery().isPresent());
        }
    }
}
