package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
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
 * Every entry of the navigation, Settings included, is in sight without scrolling in the smallest
 * window (1024 x 600) at twice the text size, in each language: a new-user trial found Settings
 * below the fold of the navigation.
 */
@ExtendWith(ApplicationExtension.class)
class NavigationInSightTest {

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

    @ParameterizedTest(name = "{0} at {1}x in {2}x{3}")
    @CsvSource({"EN, 2, 1024, 600", "ES, 2, 1024, 600", "DE, 2, 1024, 600", "DE, 1, 1024, 600", "ES, 2, 1280, 800"})
    void everyEntryAndSettingsAreInSight(Language language, double scale, double width, double height, FxRobot robot) {
        Messages.setLanguage(language);
        AppContext context = AppContext.create(dataDir);
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK).withTextScale(scale));
        robot.interact(() -> {
            Scene scene = new Scene(new MainWindow(context), width, height);
            Theme.apply(scene, context.settings());
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.write(stage.getScene(), Path.of("target/figures/navigation-" + language + "-" + (int) scale + "x-" + (int) width + ".png"));
        List<String> entries = List.of("#nav-check", "#nav-journal", "#nav-exercises", "#nav-summary", "#quick-log", "#nav-settings");
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            for (String id : entries) {
                Node entry = stage.getScene().getRoot().lookup(id);
                assertTrue(entry != null, id);
                LayoutCheck.outOfSight(entry).ifPresent(problems::add);
            }
        });
        assertEquals(List.of(), problems);
    }
}
