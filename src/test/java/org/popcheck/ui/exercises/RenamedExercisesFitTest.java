package org.popcheck.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.body.Region;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.LayoutCheck;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The exercises renamed so that their names fit every plan (banded side steps, band turn-out and
 * turn-in, the standing rear leg raise) show whole on the library's cards and on their own page, in
 * en, es and de, at 1280x800 and 1024x600 with the usual and twice the text size. Pictures:
 * target/screenshots/renamed-exercises/.
 */
@ExtendWith(ApplicationExtension.class)
class RenamedExercisesFitTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final OwnWindow own = OwnWindow.hidden();

    @ParameterizedTest
    @EnumSource(Language.class)
    void theirCardsAndPagesShowWholeAtEveryUsualSize(Language language, FxRobot robot) {
        for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
            for (double scale : new double[] {1.0, 2.0}) {
                for (String[] shown : new String[][] {{"hip", "banded-side-step"}, {"foot", "band-eversion"}, {"spine_lower", "standing-hip-extension"}}) {
                    String look = language.code() + "-" + size[0] + "x" + size[1] + "-" + (int) scale + "x-" + shown[1];
                    robot.interact(() -> {
                        Messages.setLanguage(language);
                        Settings settings = Settings.defaultsFor(Locale.UK).withTextScale(scale);
                        AppContext context = AppContext.create(dataDir);
                        context.settingsProperty().set(settings);
                        ExercisesScreen screen = new ExercisesScreen(context, false);
                        Scene scene = own.show((javafx.scene.Parent) screen.view(), size[0] - 210, size[1], settings); // beside the navigation
                        @SuppressWarnings("unchecked")
                        javafx.scene.control.ChoiceBox<Region> filter = (javafx.scene.control.ChoiceBox<Region>) scene.lookup("#exercise-filter");
                        filter.setValue(Region.fromId(shown[0]).orElseThrow());
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    String name = org.popcheck.exercise.ExerciseCatalog.standard().find(shown[1]).orElseThrow().name();
                    assertTrue(robot.from(own.stage().getScene().getRoot()).lookup((Label l) -> name.equals(l.getText())).tryQuery().isPresent(),
                            look + ": the card names " + name);
                    problems(robot, look + "-card");
                    robot.interact(() -> ((Button) own.stage().getScene().lookup("#open-" + shown[1])).fire());
                    WaitForAsyncUtils.waitForFxEvents();
                    problems(robot, look + "-page");
                }
            }
        }
    }

    private void problems(FxRobot robot, String look) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            own.stage().getScene().getRoot().applyCss();
            own.stage().getScene().getRoot().layout();
            problems.addAll(LayoutCheck.problems(own.stage().getScene()));
        });
        Snapshots.write(own.stage().getScene(), Path.of("target/screenshots/renamed-exercises", look + ".png"));
        assertEquals(List.of(), problems, look);
    }
}
