package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.assessment.Answer;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;
import org.popcheck.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard's words follow the settings, its crumbs and keys do what they seem to, and a result is saved once. */
@ExtendWith(ApplicationExtension.class)
class WizardFinishesTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private WizardViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        context = AppContext.create(Files.createTempDirectory(dir, "data"));
        context.settingsProperty().set(context.settings().withEmergencyNumber("112"));
        MainWindow window = new MainWindow(context);
        Scene scene = new Scene(window, 1200, 860);
        org.popcheck.ui.common.Theme.apply(scene, context.settings());
        stage.setScene(scene);
        stage.show();
        model = ((WizardScreen) window.screen(Destination.CHECK)).model();
    }

    private void walkTo(FxRobot robot, WizardStep step, Answer.YesNo warnings) {
        robot.interact(() -> {
            model.next();
            model.sites().add(new BodySite(Region.ANKLE, Side.LEFT));
            for (WizardStep s : new WizardStep[] {WizardStep.WHERE, WizardStep.ABOUT, WizardStep.EMERGENCY, WizardStep.POPPING, WizardStep.WARNINGS}) {
                if (model.stepProperty().get() == step || model.stoppedProperty().get()) {
                    return;
                }
                if (s != WizardStep.WHERE) {
                    ModelAnswers.answerEverything(model, s, s == WizardStep.WARNINGS ? warnings : Answer.YesNo.NO);
                }
                model.next();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStartPageNamesTheEmergencyNumberJustSetInSettings(FxRobot robot) {
        Label title = robot.lookup("#emergency-title").queryAs(Label.class);
        assertTrue(title.getText().contains("112"), title.getText());
        for (String number : new String[] {"911", "000", "999"}) {
            robot.interact(() -> context.settingsProperty().set(context.settings().withEmergencyNumber(number)));
            assertTrue(title.getText().contains(number) && !title.getText().contains("112"), title.getText());
        }
    }

    @Test
    void theCallNowScreenShowsNoHintAboutAQuestion(FxRobot robot) {
        walkTo(robot, WizardStep.WARNINGS, Answer.YesNo.NO);
        robot.interact(() -> ModelAnswers.answerEverything(model, WizardStep.WARNINGS, Answer.YesNo.YES));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.stoppedProperty().get());
        robot.interact(() -> model.answer("injury", null)); // a question left open behind the call-now screen
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.blockerProperty().get().isEmpty(), "the model has a hint to give");
        assertTrue(model.stoppedProperty().get());
        Label blocker = robot.lookup("#wizard-blocker").queryAs(Label.class);
        assertEquals("", blocker.getText());
        assertFalse(blocker.isVisible());
    }

    @Test
    void aResultSavedTwiceIsInTheJournalOnce(FxRobot robot) throws Exception {
        walkTo(robot, WizardStep.RESULT, Answer.YesNo.NO);
        assertEquals(WizardStep.RESULT, model.stepProperty().get());
        robot.interact(() -> robot.lookup("#result-save").queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#result-save").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !context.journal().entries().isEmpty());
        robot.interact(() -> robot.lookup("#result-save").queryAs(Button.class).fire());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, context.journal().entries().size());
        // Saved, the button is off: a press does nothing and the line still says it is saved.
        assertTrue(robot.lookup("#result-save").queryAs(Button.class).isDisabled());
        assertEquals("Saved in your journal.", robot.lookup("#result-status").queryAs(Label.class).getText());
    }

    @Test
    void crumbsOfStepsPassedGoBackAndTheOthersAreNotLinks(FxRobot robot) {
        walkTo(robot, WizardStep.WARNINGS, Answer.YesNo.NO);
        assertEquals(WizardStep.WARNINGS, model.stepProperty().get());
        for (String later : new String[] {"warnings", "result"}) {
            assertFalse(robot.lookup("#crumb-" + later).tryQuery().isPresent(), later + " is not a link");
        }
        robot.clickOn(robot.lookup("#crumb-where").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.WHERE, model.stepProperty().get());
        assertTrue(model.sites().contains(new BodySite(Region.ANKLE, Side.LEFT)), "answers are kept");
    }

    @Test
    void radioButtonsShowTheCardBehindThemAndAVisibleFocusRing(FxRobot robot) {
        walkTo(robot, WizardStep.POPPING, Answer.YesNo.NO);
        javafx.scene.control.RadioButton radio = (javafx.scene.control.RadioButton) robot.lookup(".radio-button").query();
        robot.targetWindow(stage);
        robot.interact(radio::requestFocus);
        robot.interact(() -> radio.applyCss());
        assertTrue(radio.isFocused());
        assertTrue(radio.getBackground() == null || radio.getBackground().getFills().stream()
                .allMatch(f -> f.getFill().equals(javafx.scene.paint.Color.TRANSPARENT)), "no box behind the words: " + radio.getBackground());
        Node mark = radio.lookup(".radio");
        assertTrue(mark.getEffect() instanceof javafx.scene.effect.DropShadow d && d.getRadius() > 0 && d.getSpread() > 0,
                "the focused mark glows: " + mark.getEffect());
    }

    @Test
    void enterOnAFocusedBodyMapSpotIsNext(FxRobot robot) {
        robot.interact(model::next);
        robot.interact(() -> model.sites().add(new BodySite(Region.ANKLE, Side.LEFT)));
        WaitForAsyncUtils.waitForFxEvents();
        Node spot = robot.lookup("#spot-hip-right").query();
        robot.targetWindow(stage);
        robot.interact(spot::requestFocus);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.ABOUT, model.stepProperty().get(), "Enter is Next, as the README says");
        assertFalse(model.sites().contains(new BodySite(Region.HIP, Side.RIGHT)), "and did not pick the spot");
    }
}
