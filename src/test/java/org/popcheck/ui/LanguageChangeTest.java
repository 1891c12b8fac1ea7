package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.assessment.Answer;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
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

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

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
