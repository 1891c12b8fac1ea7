package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.settings.Settings;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The marked number field ("3 days" in a number-of-days field) and its footer, in every theme at 1x
 * and 2x text on both screens: nothing cut. Pictures: target/number-field/.
 */
@ExtendWith(ApplicationExtension.class)
class NumberFieldMarkLooksTest {

    @TempDir
    static Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    static List<Arguments> looks() {
        List<Arguments> looks = new ArrayList<>();
        for (Arguments look : org.popcheck.testsupport.Looks.everyThemeAtOneAndTwoTimesText()) {
            looks.add(Arguments.of(look.get()[0], look.get()[1], 1024, 600));
            looks.add(Arguments.of(look.get()[0], look.get()[1], 1280, 800));
        }
        return looks;
    }

    @ParameterizedTest(name = "{0} at {1}x on {2} x {3}")
    @MethodSource("looks")
    void theMarkedFieldAndItsMessageAreWhole(Settings.Theme theme, double scale, int width, int height, FxRobot robot) {
        Settings settings = Settings.defaultsFor(Locale.UK).withTheme(theme).withTextScale(scale);
        AppContext context = AppContext.create(dataDir);
        context.settingsProperty().set(settings);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            Theme.applyUserAgent(settings);
            window[0] = new MainWindow(context);
            Scene scene = new Scene(window[0], width, height);
            Theme.apply(scene, settings);
            stage.setScene(scene);
            window[0].show(Destination.CHECK);
        });
        WizardViewModel model = ((WizardScreen) window[0].screen(Destination.CHECK)).model();
        robot.interact(() -> {
            model.sites().add(new org.popcheck.body.BodySite(org.popcheck.body.Region.HIP, org.popcheck.body.Side.LEFT));
            model.ageTextProperty().set("40");
            ModelAnswers.answerEverything(model, WizardStep.EMERGENCY, org.popcheck.assessment.Answer.YesNo.NO);
            model.setNumberText("pain", "2");
            model.stepProperty().set(WizardStep.POPPING);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            TextField days = robot.lookup("#a-duration_days").queryAs(TextField.class);
            days.setText("3 days");
            // In view, as a person typing in it would have it.
            days.requestFocus();
        });
        List<String> problems = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
        }
        robot.interact(() -> {
            TextField days = robot.lookup("#a-duration_days").queryAs(TextField.class);
            javafx.scene.Node scroller = days;
            while (scroller != null && !(scroller instanceof javafx.scene.control.ScrollPane)) {
                scroller = scroller.getParent();
            }
            if (scroller instanceof javafx.scene.control.ScrollPane sp) {
                double y = days.localToScene(0, 0).getY() - sp.getContent().localToScene(0, 0).getY();
                sp.setVvalue(Math.min(1, y / Math.max(1, sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight())));
            }
            stage.getScene().getRoot().layout();
            problems.addAll(org.popcheck.ui.LayoutCheck.problems(stage.getScene()));
            if (!days.getPseudoClassStates().contains(atlantafx.base.theme.Styles.STATE_DANGER)) {
                problems.add("the field is not marked");
            }
            if (!model.blockerProperty().get().equals(model.numberProblem("duration_days"))) {
                problems.add("the footer says " + model.blockerProperty().get());
            }
        });
        Snapshots.write(stage.getScene(), Path.of("target/number-field",
                theme.name().toLowerCase(Locale.ROOT) + "-" + (int) scale + "x-" + width + "x" + height + ".png"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
