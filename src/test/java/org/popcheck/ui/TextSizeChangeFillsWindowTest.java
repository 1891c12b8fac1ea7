package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.EveryWindow;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Trial 3: after the text size went from 200 % back to 80 %, the navigation's grey stopped half way
 * down the window. After every change of text size, in either direction and on either screen, the
 * navigation and the screen beside it still reach the window's bottom. Pictures: target/text-size-change/.
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeChangeFillsWindowTest {

    @TempDir
    static Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    static List<Arguments> changes() {
        List<Arguments> changes = new ArrayList<>();
        double[][] steps = {{2.0, 0.8}, {2.0, 1.0}, {1.6, 0.8}, {0.8, 2.0}, {1.0, 2.0, 0.8}};
        for (double[] sizes : steps) {
            for (Destination screen : List.of(Destination.CHECK, Destination.JOURNAL)) {
                // 540: the window's inside on a 600 px screen under a title bar, where the navigation must scroll at 2x.
                changes.add(Arguments.of(sizes, screen, 1024, 540));
                changes.add(Arguments.of(sizes, screen, 1024, 600));
                changes.add(Arguments.of(sizes, screen, 1280, 800));
            }
        }
        return changes;
    }

    @ParameterizedTest(name = "{0} on {1} at {2} x {3}")
    @MethodSource("changes")
    void theLayoutStillFillsTheWindow(double[] sizes, Destination screen, int width, int height, FxRobot robot) {
        AppContext context = AppContext.create(dataDir);
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK).withTextScale(sizes[0]));
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(context);
            stage.setScene(new Scene(window[0], width, height));
            EveryWindow.follow(context.settingsProperty());
            window[0].show(screen);
        });
        settle(robot);
        for (int i = 1; i < sizes.length; i++) {
            double size = sizes[i];
            robot.interact(() -> context.settingsProperty().set(context.settings().withTextScale(size)));
            settle(robot);
        }
        List<String> shortOnes = new ArrayList<>();
        robot.interact(() -> {
            Scene scene = stage.getScene();
            // The navigation's grey page, and the screen beside it.
            for (Node n : List.of(scene.getRoot().lookup(".main-nav"), window[0].getCenter())) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMaxY() < scene.getHeight() - 1) {
                    shortOnes.add(n.getStyleClass() + " ends at y=" + Math.round(b.getMaxY()) + " in a window " + Math.round(scene.getHeight()) + " px tall");
                }
            }
        });
        String name = java.util.Arrays.toString(sizes).replaceAll("[\\[\\] ]", "").replace(',', '-');
        Snapshots.write(stage.getScene(), Path.of("target/text-size-change", name + "-" + screen.name().toLowerCase(Locale.ROOT) + "-" + width + "x" + height + ".png"));
        assertTrue(shortOnes.isEmpty(), String.join("\n", shortOnes));
    }

    /** Two rounds of events and layout: a page moves into its scroll pane on the frame after it stops fitting. */
    private void settle(FxRobot robot) {
        for (int round = 0; round < 2; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
