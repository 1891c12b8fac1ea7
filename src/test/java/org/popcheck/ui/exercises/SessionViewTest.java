package org.popcheck.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.exercise.GuidedSession;
import org.popcheck.settings.Settings;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guided session's keys, the words in its ring and the line under it. */
@ExtendWith(ApplicationExtension.class)
class SessionViewTest {

    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private SessionView show(FxRobot robot, double textScale) {
        SessionView[] view = new SessionView[1];
        robot.interact(() -> {
            view[0] = new SessionView(AppContext.create(dir), new GuidedSession(ExerciseCatalog.standard().find("calf-raise").orElseThrow()),
                    false, v -> {});
            // Something else has the focus, as after clicking Start on the page before.
            Button elsewhere = new Button("elsewhere");
            Scene scene = new Scene(new HBox(elsewhere, view[0]), 1024, 700);
            Theme.apply(scene, Settings.defaultsFor(Locale.UK).withTextScale(textScale));
            stage.setScene(scene);
            elsewhere.requestFocus();
        });
        robot.targetWindow(stage);
        robot.interact(stage::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    @Test
    void spaceAndEscapeWorkBeforeAnyButtonOfTheSessionWasClicked(FxRobot robot) {
        SessionView view = show(robot, 1.0);
        robot.push(KeyCode.SPACE);
        assertTrue(view.session().isPaused(), "Space pauses at once");
        robot.push(KeyCode.SPACE);
        assertFalse(view.session().isPaused(), "and resumes");
        robot.push(KeyCode.ESCAPE);
        assertEquals(GuidedSession.Phase.FINISHED, view.session().phase(), "Escape stops");
        assertTrue(view.session().stoppedEarly());
        assertEquals("Stopped", robot.lookup("#session-what").queryAs(Label.class).getText(), "a short word in the ring");
        assertEquals("Session stopped. You can still record what you did.", robot.lookup("#session-status").queryAs(Label.class).getText());
    }

    @Test
    void duringARestTheLineNamesTheSetToComeAndACountedRepKeepsItsSecondsApart(FxRobot robot) {
        SessionView view = show(robot, 1.0);
        robot.interact(() -> view.advance(Duration.ofSeconds(GuidedSession.GET_READY_SECONDS)));
        assertEquals("Up", robot.lookup("#session-what").queryAs(Label.class).getText());
        assertEquals("Rep 1 of 12", robot.lookup("#session-seconds").queryAs(Label.class).getText(), "the rep, not seconds, under the cue");
        assertTrue(robot.lookup("#session-count").queryAs(Label.class).getText().matches("Set 1 of 3 · \\d+ s left in this set"),
                robot.lookup("#session-count").queryAs(Label.class).getText());
        robot.interact(() -> view.advance(Duration.ofSeconds(12 * 5)));
        assertEquals(GuidedSession.Phase.REST, view.session().phase());
        assertEquals("Next: set 2 of 3", robot.lookup("#session-count").queryAs(Label.class).getText());
    }

    @Test
    void theWordsInTheRingStayInsideItAtEveryTextSize(FxRobot robot) {
        for (double scale : new double[] {1.0, 1.5, 2.0}) {
            SessionView view = show(robot, scale);
            for (int step = 0; step < 2; step++) {
                Label what = robot.lookup("#session-what").queryAs(Label.class);
                Circle track = (Circle) robot.lookup(n -> n instanceof Circle).query();
                robot.interact(() -> what.getParent().getParent().layout());
                Bounds ring = track.localToScene(track.getBoundsInLocal());
                Bounds words = what.localToScene(what.getLayoutBounds());
                assertTrue(words.getMinX() >= ring.getMinX() && words.getMaxX() <= ring.getMaxX(),
                        "\"" + what.getText() + "\" at " + scale + "x: " + words + " inside " + ring);
                robot.interact(() -> view.session().stop());
                robot.interact(() -> view.advance(Duration.ZERO));
            }
        }
    }
}
