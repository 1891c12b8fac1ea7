package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.Theme;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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

    /** At twice the text size the navigation widens with the text: no label is cut short ("Clinicia..."). */
    @Test
    void atTwiceTheTextSizeNoNavigationLabelIsCutShort(FxRobot robot) {
        robot.interact(() -> {
            Scene scene = new Scene(new MainWindow(AppContext.create(dataDir)), 1100, 760);
            Theme.apply(scene, Settings.defaultsFor(Locale.UK).withTextScale(2.0));
            stage.setScene(scene);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#nav-check", "#nav-journal", "#nav-exercises", "#nav-summary", "#nav-settings")) {
            Labeled button = robot.lookup(id).queryAs(Labeled.class);
            Text shown = (Text) button.lookup(".text");
            assertEquals(button.getText().replace("_", ""), shown.getText(), id + " shows its whole label");
        }
    }
}
