package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Where does it pop?" step says which places PopCheck checks and where to go for any other
 * (hazard log, review 11: a sore shin or knee picked as the nearest ankle or hip got advice not
 * meant for it). The sentence is in the person's language, names the map's own places, and shows
 * whole in the first view, on the small screen at twice the text size too, in every theme.
 * Pictures: target/figures/where-scope-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class WhereStepScopeTest {

    @TempDir
    Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest(name = "{0} at {1}x in {2}x{3}, {4}")
    @CsvSource({
        "EN, 1, 1280, 800, LIGHT", "ES, 1, 1280, 800, LIGHT", "DE, 1, 1280, 800, LIGHT",
        "EN, 2, 1280, 800, LIGHT", "ES, 2, 1280, 800, LIGHT", "DE, 2, 1280, 800, LIGHT",
        "EN, 1, 1024, 600, LIGHT", "ES, 1, 1024, 600, LIGHT", "DE, 1, 1024, 600, LIGHT",
        "EN, 2, 1024, 600, LIGHT", "ES, 2, 1024, 600, DARK", "DE, 2, 1024, 600, HIGH_CONTRAST"})
    void theWhereStepSaysWhatPopCheckChecksInThePersonsLanguageInTheFirstView(Language language, double scale,
            double width, double height, Settings.Theme theme, FxRobot robot) {
        openWhereStep(language, scale, width, height, theme, robot);
        String name = language + "-" + (int) scale + "x-" + (int) width + "-" + theme.name().toLowerCase(Locale.ROOT);
        Snapshots.write(stage.getScene(), Path.of("target/figures/where-scope-" + name + ".png"));

        Label scope = robot.lookup("#where-scope").queryAs(Label.class);
        String text = scope.getText();
        assertEquals(Messages.get("wizard.where.scope"), text);
        if (language != Language.EN) {
            assertNotEquals(ResourceBundle.getBundle("i18n.wizard", Locale.ROOT).getString("wizard.where.scope"), text,
                    "the scope sentence is translated into " + language);
        }
        // The sentence names the places the map offers, in the words the rest of the app uses for them.
        for (String region : List.of("ankle", "foot", "hip", "spine_neck")) {
            String place = Messages.get("triage.region." + region);
            assertTrue(text.toLowerCase(Messages.locale()).contains(place.toLowerCase(Messages.locale())),
                    name + ": the scope sentence does not name \"" + place + "\": " + text);
        }
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            LayoutCheck.cut(scope).ifPresent(problems::add);
            LayoutCheck.outOfSight(scope).ifPresent(problems::add);
        });
        assertEquals(List.of(), problems, name);
    }

    /** The app in {@code language} at this text size, window size and theme, on the wizard's where step. */
    private void openWhereStep(Language language, double scale, double width, double height, Settings.Theme theme, FxRobot robot) {
        Messages.setLanguage(language);
        AppContext context = AppContext.create(dataDir);
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK).withTextScale(scale).withTheme(theme));
        robot.interact(() -> {
            Scene scene = new Scene(new MainWindow(context), width, height);
            Theme.apply(scene, context.settings());
            stage.setScene(scene);
            // Sized to the scene, not fixed: a window size set here stays for the tests that follow in the same window.
            stage.sizeToScene();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((Button) stage.getScene().lookup("#wizard-next")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
