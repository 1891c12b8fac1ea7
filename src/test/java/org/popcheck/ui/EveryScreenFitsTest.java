package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Walks every screen and dialog in a 1024 x 600 window (on a screen of that size), at the normal
 * and at twice the text size, in each theme, and fails on any label that is cut short or anything
 * outside the window. With {@code -Dpopcheck.docs=true} it also writes the light-theme pictures
 * into docs/screenshots/layout/. The walk itself is {@link ScreenWalk}.
 */
@ExtendWith(ApplicationExtension.class)
class EveryScreenFitsTest {

    private static final double WIDTH = 1024;
    private static final double HEIGHT = 600;

    @TempDir
    static Path dir;

    private Stage stage;
    private ScreenWalk walk;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void forgetSmallScreen() {
        walk.forgetSmallScreen();
    }

    @ParameterizedTest(name = "{0} at {1}x text")
    @MethodSource("org.popcheck.testsupport.Looks#everyThemeAtOneAndTwoTimesText")
    void everyScreenAndDialogShowsAllItsTextInsideTheWindow(Settings.Theme theme, double scale, FxRobot robot) throws Exception {
        Settings settings = Settings.defaultsFor(Locale.UK).withTheme(theme).withTextScale(scale);
        String look = theme.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + (int) scale + "x";
        walk = new ScreenWalk(robot, stage, WIDTH, HEIGHT, (scene, name) -> picture(scene, look, name));
        List<String> problems = walk.walk(settings, dir);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static void picture(Scene root, String look, String name) {
        Path inTarget = Path.of("target/layout", look, name + ".png");
        if (!look.startsWith("light-")) {
            Snapshots.write(root, inTarget);
            return;
        }
        for (Path file : org.popcheck.testsupport.DocPictures.places(inTarget,
                Path.of("docs/screenshots/layout", look.substring("light-".length()), name + ".png"))) {
            Snapshots.write(root, file);
        }
    }
}
