package org.popcheck.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The status line and the field problem sentence take room the same way: only while they say something. */
@ExtendWith(ApplicationExtension.class)
class RoomWhileSayingTest {

    @Test
    void aStatusLineAndAProblemSentenceTakeRoomOnlyWhileTheySaySomething(FxRobot robot) {
        robot.interact(() -> {
            Label status = StatusLine.dress(new Label(), "status");
            Label problem = FieldProblem.label("problem");
            for (Label line : new Label[] {status, problem}) {
                VBox box = new VBox(line);
                new Scene(box);
                box.applyCss();
                assertEquals(0, box.prefHeight(-1), 0.5, line.getId() + ": no room while empty");
                assertFalse(line.isVisible(), line.getId());
                line.setText("Not saved: the disk is full.");
                assertTrue(line.isVisible() && line.isManaged(), line.getId() + ": shown once it says something");
                assertTrue(box.prefHeight(-1) > 10, line.getId() + ": takes a line's room");
                line.setText("");
                assertFalse(line.isManaged(), line.getId() + ": gives its room back");
            }
        });
    }

    @Test
    void aSecondConditionHidesTheLineEvenWithText(FxRobot robot) {
        robot.interact(() -> {
            SimpleBooleanProperty undoBarHidden = new SimpleBooleanProperty(true);
            Label status = StatusLine.dress(new Label("Entry deleted."), "status", undoBarHidden);
            assertTrue(status.isManaged());
            undoBarHidden.set(false);
            assertFalse(status.isVisible() || status.isManaged(), "hidden while the undo bar says the same");
        });
    }
}
