package org.popcheck.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderStroke;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.popcheck.settings.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * In the high-contrast theme a dialog has a clear frame: without one a white dialog over the white
 * window behind it could not be told apart from it (a new-user trial). Every dialog and alert is a
 * dialog pane, so the frame is the pane's.
 */
@ExtendWith(ApplicationExtension.class)
class HighContrastDialogBorderTest {

    /** A border thinner than this is lost at a glance. */
    private static final double LEAST_WIDTH = 2;

    @Test
    void aDialogAndAnAlertHaveAStrongFrameInHighContrast(FxRobot robot) {
        Settings high = Settings.defaultsFor(Locale.UK).withTheme(Settings.Theme.HIGH_CONTRAST);
        robot.interact(() -> {
            DialogPane dialog = new DialogPane();
            dialog.setContent(new Label("Settings"));
            dialog.getButtonTypes().add(ButtonType.OK);
            DialogPane alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete this entry?").getDialogPane();
            for (DialogPane pane : new DialogPane[] {dialog, alert}) {
                // An alert's pane already has its window's scene.
                Scene scene = pane.getScene() != null ? pane.getScene() : new Scene(pane, 400, 200);
                Theme.apply(scene, high);
                pane.applyCss();
                pane.layout();
                assertNotNull(pane.getBorder(), "a frame round " + pane.getStyleClass());
                for (BorderStroke s : pane.getBorder().getStrokes()) {
                    assertTrue(s.getWidths().getTop() >= LEAST_WIDTH && s.getWidths().getBottom() >= LEAST_WIDTH
                            && s.getWidths().getLeft() >= LEAST_WIDTH && s.getWidths().getRight() >= LEAST_WIDTH,
                            "every side at least " + LEAST_WIDTH + " px: " + s.getWidths());
                    assertEquals(Color.BLACK, s.getTopStroke(), "in the theme's black");
                }
                Snapshots.write(scene, Path.of("target/figures/high-contrast-dialog-" + pane.getStyleClass().size() + ".png"));
            }
        });
    }
}
