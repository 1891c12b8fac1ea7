package org.popcheck.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.popcheck.Patience;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window is sized and kept on its screen only once it has a size and a place: on a real display a
 * dialog may get them a moment after it is shown, and sizing it from "no size" left it taller than
 * the screen (the new-user trial, 1024 x 600).
 */
@ExtendWith(ApplicationExtension.class)
class EveryWindowTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Region(), 200, 100));
        stage.show();
    }

    @Test
    void workWaitsUntilTheWindowHasASizeAndAPlace(FxRobot robot) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = new Stage();
            assertFalse(EveryWindow.hasBounds(window[0]), "a window never shown has no size or place");
            EveryWindow.whenSized(window[0], runs::incrementAndGet);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, runs.get(), "not run on a window without a size");
        robot.interact(() -> {
            window[0].setScene(new Scene(new Region(), 300, 200));
            window[0].show();
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> runs.get() == 1);
        robot.interact(() -> window[0].setWidth(window[0].getWidth() + 10));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, runs.get(), "run once");
        robot.interact(() -> {
            EveryWindow.whenSized(window[0], runs::incrementAndGet);
            window[0].close();
        });
        assertEquals(2, runs.get(), "a window that has a size runs it at once");
    }
}
