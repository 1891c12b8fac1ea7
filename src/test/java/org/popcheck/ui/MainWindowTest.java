package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dataDir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new MainWindow(AppContext.create(dataDir)), 1000, 700));
        stage.show();
    }

    @Test
    void navigatingSelectsTheScreensButton(FxRobot robot) {
        robot.clickOn("#nav-journal");
        assertTrue(robot.lookup("#nav-journal").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#nav-check");
        assertTrue(robot.lookup("#nav-check").queryAs(ToggleButton.class).isSelected());
    }
}
