package org.popcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.settings.SettingsStore;
import org.popcheck.settings.WindowPlacement;
import org.popcheck.ui.common.EveryWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window opens on the screen and its place is kept without a normal close. */
@ExtendWith(ApplicationExtension.class)
class WindowKeeperTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane()));
        stage.show();
    }

    @Test
    void aMoveIsSavedShortlyAfterItWithoutClosingTheWindow(FxRobot robot) throws Exception {
        SettingsStore store = new SettingsStore(dir, Locale.UK);
        robot.interact(() -> WindowKeeper.rememberChanges(stage, store));
        for (double x : new double[] {40, 120}) {
            robot.interact(() -> {
                stage.setX(x);
                stage.setY(30);
                stage.setWidth(700);
                stage.setHeight(500);
            });
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> store.loadWindow().map(p -> p.x() == x).orElse(false));
            WindowPlacement saved = store.loadWindow().orElseThrow();
            assertEquals(700, saved.width());
            assertEquals(500, saved.height());
        }
        assertTrue(Files.exists(dir.resolve(SettingsStore.WINDOW_FILE)));
    }

    @Test
    void aWindowRememberedOffTheScreenOpensWholeOnIt(FxRobot robot) {
        robot.interact(() -> {
            EveryWindow.pretendScreenArea(new Rectangle2D(0, 0, 1024, 600));
            try {
                WindowKeeper.place(stage, Optional.of(new WindowPlacement(-38, -53, 1100, 760, false)));
            } finally {
                EveryWindow.pretendScreenArea(null);
            }
        });
        assertEquals(0, stage.getX());
        assertEquals(0, stage.getY());
        assertEquals(1024, stage.getWidth());
        assertEquals(600, stage.getHeight());
        robot.interact(() -> {
            EveryWindow.pretendScreenArea(new Rectangle2D(0, 0, 1024, 600));
            try {
                WindowKeeper.place(stage, Optional.empty());
            } finally {
                EveryWindow.pretendScreenArea(null);
            }
        });
        assertEquals(1024, stage.getWidth(), "a first start on a small screen: the whole screen, not 1100");
        assertEquals(600, stage.getHeight());
    }
}
