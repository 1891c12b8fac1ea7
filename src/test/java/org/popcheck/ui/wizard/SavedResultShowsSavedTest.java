package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.text.Text;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.Patience;
import org.popcheck.assessment.Answer;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The new-user trial: after "Save to journal" the button still looked ready to press, the page's main
 * button, and only the line beside it said the result was saved. Once saved it is off, says "Saved in
 * journal" whole (its screen-reader text "Saved in your journal."), is no longer the accent button, and a
 * press (mouse or keyboard) adds nothing. In English, Spanish and German, at 1x and 2x text, on both
 * screens. Pictures: target/screenshots/result-saved/.
 */
@ExtendWith(ApplicationExtension.class)
class SavedResultShowsSavedTest {

    @TempDir
    static Path dir;

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    @ParameterizedTest(name = "{0} at {1}x text on {2} x {3}")
    @MethodSource("org.popcheck.testsupport.Looks#everyLanguageAndScaleOnBothScreens")
    void theSaveButtonSaysSavedAndCannotSaveAgain(Language language, double scale, int width, int height, FxRobot robot) throws Exception {
        Messages.setLanguage(language);
        AppContext context = AppContext.create(Files.createTempDirectory(dir, "data"));
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK).withTextScale(scale).withEmergencyNumber("112"));
        WizardViewModel[] model = new WizardViewModel[1];
        robot.interact(() -> {
            MainWindow window = new MainWindow(context);
            own.show(window, width, height, context.settings());
            model[0] = ((WizardScreen) window.screen(Destination.CHECK)).model();
            model[0].next();
            model[0].sites().add(new BodySite(Region.ANKLE, Side.LEFT));
            for (WizardStep s : new WizardStep[] {WizardStep.WHERE, WizardStep.ABOUT, WizardStep.EMERGENCY, WizardStep.POPPING, WizardStep.WARNINGS}) {
                if (s != WizardStep.WHERE) {
                    ModelAnswers.answerEverything(model[0], s, Answer.YesNo.NO);
                }
                model[0].next();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WizardStep.RESULT, model[0].stepProperty().get());
        Button save = robot.lookup("#result-save").queryAs(Button.class);
        String before = save.getText();
        assertFalse(save.isDisabled(), "not saved yet: Save is offered");
        assertTrue(save.getStyleClass().contains(Styles.ACCENT));

        robot.interact(() -> {
            save.requestFocus();
            save.fire();
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal().entries().size() == 1);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> Messages.get("wizard.result.saved").equals(robot.lookup("#result-status").queryLabeled().getText()));
        robot.interact(() -> {
            save.getScene().getRoot().applyCss();
            save.getScene().getRoot().layout();
        });
        assertTrue(save.isDisabled(), "saved: the button is off");
        assertEquals(Messages.get("wizard.result.save.done"), save.getText());
        assertTrue(!save.getText().equals(before), "the button's words changed");
        assertEquals(Messages.get("wizard.result.saved"), save.getAccessibleText(), "what a screen reader says");
        assertFalse(save.getStyleClass().contains(Styles.ACCENT), "no longer the page's main button");
        assertEquals(Messages.get("wizard.result.save.done"), shownText(save), "the button's words are whole");
        Snapshots.write(save.getScene(), Path.of("target/screenshots/result-saved",
                language.code() + "-" + (int) scale + "x-" + width + "x" + height + ".png"));

        // Pressed again, by mouse or by the Space key, nothing more is saved.
        robot.interact(save::fire);
        robot.interact(() -> save.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, " ", " ",
                javafx.scene.input.KeyCode.SPACE, false, false, false, false)));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, context.journal().entries().size());
    }

    /** The words the button shows, its lines joined: an ellipsis where they are cut short. */
    private static String shownText(Button b) {
        for (Node child : b.getChildrenUnmodifiable()) {
            if (child instanceof Text t && t.getStyleClass().contains("text")) {
                return t.getText().replaceAll("\\s+", " ").trim();
            }
        }
        return "";
    }
}
