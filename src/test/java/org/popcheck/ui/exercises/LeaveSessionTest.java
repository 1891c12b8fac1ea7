package org.popcheck.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.exercise.GuidedSession;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.LayoutCheck;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The navigation's Exercises during a guided session is no dead click: it asks, in a dialog worked
 * with the keyboard, whether to stop and record what was done (kept, as a stopped session is), to
 * leave without recording, or to keep going.
 */
@ExtendWith(ApplicationExtension.class)
class LeaveSessionTest {

    @TempDir
    Path dataDir;

    /** A window of this test's own: a pretended small screen would leave the shared primary stage resized. */
    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    private AppContext context;
    private ExercisesScreen screen;

    /** The exercises screen with its clock moved by the test, in a window of {@code width} x {@code height}. */
    private void open(FxRobot robot, Settings settings, int width, int height) {
        context = AppContext.create(dataDir);
        context.settingsProperty().set(settings);
        robot.interact(() -> own.onScreen(context, width, height, () -> {
            screen = new ExercisesScreen(context, false);
            return (javafx.scene.Parent) screen.view();
        }));
    }

    /** Starts calf raises and does its first set. */
    private SessionView startAndDoOneSet(FxRobot robot) {
        robot.interact(() -> ((Button) own.stage().getScene().lookup("#open-calf-raise")).fire());
        robot.interact(() -> ((Button) own.stage().getScene().lookup("#detail-start")).fire());
        SessionView session = screen.sessionView();
        assertNotNull(session, "the session is shown");
        robot.interact(() -> {
            while (session.session().result(null).sets() < 1) {
                session.advance(Duration.ofSeconds(1));
            }
        });
        return session;
    }

    /** Picks Exercises in the navigation, as MainWindow does with this screen shown, and waits for the question. */
    private DialogPane chooseExercises() throws Exception {
        Platform.runLater(screen::onChosenAgain); // not waited for: the dialog waits for its answer
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return (DialogPane) dialog().getScene().getRoot();
    }

    private Window dialog() {
        return own.dialog();
    }

    private void press(FxRobot robot, KeyCode key) {
        robot.targetWindow(dialog());
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterStopsTheSessionAndKeepsItsSetsToRecord(FxRobot robot) throws Exception {
        open(robot, Settings.defaultsFor(Locale.UK), 1280, 800);
        SessionView session = startAndDoOneSet(robot);
        DialogPane asked = chooseExercises();
        assertEquals("exercises-leave", asked.getId());
        String said = ((javafx.scene.control.Label) asked.lookup("#exercises-leave-text")).getText();
        assertTrue(said.contains("1 of " + session.session().totalSets() + " sets"), said);
        assertTrue(session.session().isPaused(), "the clock waits while the person is asked");
        List<Button> choices = new ArrayList<>(asked.lookupAll(".button").stream().map(n -> (Button) n).toList());
        assertEquals(java.util.Set.of("Stop and record it", "Leave without recording", "Keep going"),
                java.util.Set.copyOf(choices.stream().map(Button::getText).toList()), "stop and record, leave, keep going");
        for (Button b : choices) {
            assertTrue(b.isFocusTraversable() && !b.getAccessibleText().isBlank(), b.getText() + " is reached and named");
        }
        press(robot, KeyCode.ENTER);
        assertNull(dialog(), "answered");
        assertEquals(GuidedSession.Phase.FINISHED, session.session().phase());
        assertTrue(session.session().stoppedEarly(), "a stopped session");
        assertTrue(robot.lookup("#session-end").query().isVisible(), "its end: the pain question and Save");
        assertEquals("session-pain", own.stage().getScene().getFocusOwner().getId(), "the focus on the pain question");
        robot.interact(() -> ((Button) own.stage().getScene().lookup("#session-save")).fire());
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !context.journal().entries().isEmpty() && session.recorded());
        ExerciseDone done = context.journal().entries().get(0).exercises().get(0);
        assertEquals("calf-raise", done.exerciseId());
        assertEquals(1, done.sets(), "the set done is kept");

        Platform.runLater(screen::onChosenAgain);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(dialog(), "in the journal: nothing to ask");
        assertNull(screen.sessionView(), "back to the library");
        assertTrue(own.stage().getScene().lookup("#exercise-cards").isVisible());
    }

    @Test
    void escapeKeepsGoingAsItWas(FxRobot robot) throws Exception {
        open(robot, Settings.defaultsFor(Locale.UK), 1280, 800);
        SessionView session = startAndDoOneSet(robot);
        chooseExercises();
        press(robot, KeyCode.ESCAPE);
        assertNull(dialog());
        assertEquals(session, screen.sessionView(), "still in the session");
        assertFalse(session.session().isPaused(), "running again");
        assertFalse(session.session().phase() == GuidedSession.Phase.FINISHED);

        robot.interact(() -> session.session().pause());
        chooseExercises();
        press(robot, KeyCode.ESCAPE);
        assertTrue(session.session().isPaused(), "a session paused before stays paused");
        assertTrue(context.journal().entries().isEmpty());
    }

    @Test
    void leavingWithoutRecordingSaysSoAndGoesToTheLibrary(FxRobot robot) throws Exception {
        open(robot, Settings.defaultsFor(Locale.UK), 1280, 800);
        startAndDoOneSet(robot);
        DialogPane asked = chooseExercises();
        Button leave = (Button) asked.lookup("#exercises-leave-leave");
        assertEquals("Leave without recording", leave.getText());
        robot.interact(leave::requestFocus);
        press(robot, KeyCode.SPACE);
        assertNull(dialog());
        assertNull(screen.sessionView(), "the library");
        assertTrue(context.journal().entries().isEmpty(), "nothing recorded, as the button said");
    }

    /** Stopped with its own Stop and not saved yet: leaving asks too, and Enter stays to record it. */
    @Test
    void aStoppedSessionNotYetRecordedAsksWithEnterStaying(FxRobot robot) throws Exception {
        open(robot, Settings.defaultsFor(Locale.UK), 1280, 800);
        SessionView session = startAndDoOneSet(robot);
        robot.interact(() -> ((Button) own.stage().getScene().lookup("#session-stop")).fire());
        DialogPane asked = chooseExercises();
        assertNull(asked.lookup("#exercises-leave-record"), "nothing left to stop");
        assertNotNull(asked.lookup("#exercises-leave-leave"), "leave, or stay and record it");
        String said = ((javafx.scene.control.Label) asked.lookup("#exercises-leave-text")).getText();
        assertTrue(said.contains("not in your journal yet"), said);
        press(robot, KeyCode.ENTER);
        assertEquals(session, screen.sessionView(), "stays to record it");
        chooseExercises();
        DialogPane again = (DialogPane) dialog().getScene().getRoot();
        robot.interact(() -> ((Button) again.lookup("#exercises-leave-leave")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(screen.sessionView(), "the library");
        assertTrue(context.journal().entries().isEmpty());
    }

    /**
     * The question in en, es and de, at 1280x800 and 1024x600 with the usual and twice the text size:
     * whole and on the screen. Pictures: target/screenshots/leave-session/.
     */
    @Test
    void theQuestionFitsInEachLanguageAtEveryUsualSize(FxRobot robot) throws Exception {
        for (Language language : Language.values()) {
            for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
                for (double scale : new double[] {1.0, 2.0}) {
                    Messages.setLanguage(language);
                    open(robot, Settings.defaultsFor(Locale.UK).withTextScale(scale), size[0], size[1]);
                    startAndDoOneSet(robot);
                    DialogPane asked = chooseExercises();
                    Window w = dialog();
                    String look = language.code() + "-" + size[0] + "x" + size[1] + "-" + (int) scale + "x";
                    List<String> problems = new ArrayList<>();
                    robot.interact(() -> problems.addAll(LayoutCheck.problems(w.getScene())));
                    if (w.getX() < 0 || w.getY() < 0 || w.getX() + w.getWidth() > size[0] + 1 || w.getY() + w.getHeight() > size[1] + 1) {
                        problems.add("the dialog is not all on the screen: " + w.getWidth() + "x" + w.getHeight());
                    }
                    Snapshots.write(w.getScene(), Path.of("target/screenshots/leave-session", look + ".png"));
                    assertEquals(Messages.get("exercises.leave.stopAndRecord"), ((Button) asked.lookup("#exercises-leave-record")).getText(), look);
                    assertTrue(((javafx.scene.control.Label) asked.lookup("#exercises-leave-text")).getText()
                            .startsWith(context.exercises().find("calf-raise").orElseThrow().name()), look);
                    press(robot, KeyCode.ESCAPE);
                    assertEquals(List.of(), problems, look);
                }
            }
        }
    }

    /** Through the real navigation: the click on Exercises during a session brings the question. */
    @Test
    void theNavigationsExercisesDuringASessionAsks(FxRobot robot) throws Exception {
        context = AppContext.create(dataDir);
        org.popcheck.ui.MainWindow[] window = new org.popcheck.ui.MainWindow[1];
        robot.interact(() -> {
            window[0] = new org.popcheck.ui.MainWindow(context);
            own.show(window[0], 1280, 800, context.settings());
            window[0].show(org.popcheck.ui.Destination.EXERCISES);
        });
        robot.interact(() -> {
            own.stage().getScene().getRoot().applyCss(); // the library's cards are looked up through its scroll pane's skin
            ((Button) own.stage().getScene().lookup("#open-calf-raise")).fire();
        });
        robot.interact(() -> ((Button) own.stage().getScene().lookup("#detail-start")).fire());
        Platform.runLater(() -> ((javafx.scene.control.ToggleButton) own.stage().getScene().lookup("#nav-exercises")).fire());
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> dialog() != null);
        assertEquals("exercises-leave", dialog().getScene().getRoot().getId(), "not a dead click");
        press(robot, KeyCode.ESCAPE);
        assertNotNull(own.stage().getScene().lookup("#session"), "Keep going: the session is still there");
    }
}
