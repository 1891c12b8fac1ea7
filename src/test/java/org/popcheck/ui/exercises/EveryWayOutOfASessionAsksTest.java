package org.popcheck.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.exercise.GuidedSession;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;
import org.popcheck.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every way out of a running or paused guided session asks as the navigation's Exercises does
 * ({@link LeaveSession}), through one place ({@code Screen.mayLeave}): the navigation's other entries
 * (clicked or by their Alt key), a screen's link to another, closing the window. A change of language,
 * which builds the screens again, keeps the session as it was.
 */
@ExtendWith(ApplicationExtension.class)
class EveryWayOutOfASessionAsksTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final OwnWindow own = OwnWindow.hidden();

    private Stage stage;
    private AppContext context;
    private MainWindow window;

    @BeforeEach
    void ownWindow() {
        stage = own.stage();
    }

    /** The question answered first (Keep going), then the session ended, before the window is given back. */
    @AfterEach
    void endTheSession(FxRobot robot) {
        robot.interact(own::closeDialogs);
        robot.interact(() -> {
            if (screen().sessionView() != null) {
                screen().sessionView().dispose();
            }
        });
    }

    /** The app's window with a guided session of calf raises under way. */
    private SessionView open(FxRobot robot) {
        showExercises(robot);
        robot.interact(() -> ((Button) stage.getScene().lookup("#open-calf-raise")).fire());
        robot.interact(() -> ((Button) stage.getScene().lookup("#detail-start")).fire());
        SessionView session = screen().sessionView();
        assertNotNull(session, "the session is shown");
        return session;
    }

    /** The app's window showing the exercise library. */
    private void showExercises(FxRobot robot) {
        context = AppContext.create(dataDir);
        robot.interact(() -> {
            window = new MainWindow(context);
            stage.setScene(new Scene(window, 1280, 800));
            stage.show();
            window.show(Destination.EXERCISES);
        });
    }

    /** German chosen: the window built again, as the app does. */
    private void toGerman(FxRobot robot) {
        robot.interact(() -> {
            Messages.setLanguage(Language.DE);
            MainWindow german = window.rebuilt();
            stage.getScene().setRoot(german);
            window = german;
        });
    }

    private ExercisesScreen screen() {
        return (ExercisesScreen) window.screen(Destination.EXERCISES);
    }

    private Window dialog() {
        return own.dialog();
    }

    /** Runs {@code leave} (not waited for: the question waits for its answer) and waits for the question. */
    private DialogPane asked(Runnable leave, String how) throws Exception {
        Platform.runLater(leave);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = (DialogPane) dialog().getScene().getRoot();
        assertEquals("exercises-leave", pane.getId(), how + " asks as the navigation's Exercises does");
        return pane;
    }

    private void answer(FxRobot robot, DialogPane pane, String choiceId) {
        robot.interact(() -> ((Button) pane.lookup(choiceId)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(dialog(), "answered");
    }

    private void escape(FxRobot robot) {
        robot.targetWindow(dialog());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(dialog(), "answered");
    }

    private ToggleButton nav(Destination d) {
        return (ToggleButton) stage.getScene().lookup("#nav-" + d.name().toLowerCase());
    }

    /** Still on the session, which goes on as it was, with Exercises chosen in the navigation. */
    private void stillInSession(SessionView session, String how) {
        assertSame(session, screen().sessionView(), how + ": still in the session");
        assertTrue(stage.getScene().getRoot().lookup("#session") == session, how + ": on screen");
        assertTrue(nav(Destination.EXERCISES).isSelected(), how + ": Exercises still chosen in the navigation");
        assertFalse(session.session().isPaused(), how + ": running again");
        assertFalse(session.session().phase() == GuidedSession.Phase.FINISHED, how);
    }

    @Test
    void theNavigationsOtherEntriesAskAndKeepGoingStaysInTheSession(FxRobot robot) throws Exception {
        SessionView session = open(robot);
        for (Destination d : new Destination[] {Destination.CHECK, Destination.JOURNAL, Destination.SUMMARY}) {
            asked(() -> nav(d).fire(), "the navigation's " + d);
            assertTrue(session.session().isPaused(), d + ": the clock waits while the person is asked");
            escape(robot);
            stillInSession(session, "" + d);
        }
        // The same entries by their Alt keys (the underlined letters): Alt+J is the journal's.
        robot.targetWindow(stage);
        Thread press = new Thread(() -> robot.press(KeyCode.ALT).type(KeyCode.J).release(KeyCode.ALT));
        press.setDaemon(true);
        press.start();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> dialog() != null);
        escape(robot);
        press.join(TimeUnit.SECONDS.toMillis(Patience.SECONDS));
        stillInSession(session, "Alt+J");
        // A screen's link to another (a check's result to the summary) goes the same way.
        asked(() -> context.navigator().show(Destination.SUMMARY), "a link to another screen");
        escape(robot);
        stillInSession(session, "a link to another screen");
    }

    @Test
    void leavingWithoutRecordingGoesWhereAskedAndEndsTheSession(FxRobot robot) throws Exception {
        SessionView session = open(robot);
        DialogPane pane = asked(() -> nav(Destination.JOURNAL).fire(), "the journal");
        answer(robot, pane, "#exercises-leave-leave");
        assertTrue(nav(Destination.JOURNAL).isSelected(), "the journal is shown");
        assertNull(screen().sessionView(), "the session is over");
        assertTrue(session.session().phase() != GuidedSession.Phase.FINISHED, "not recorded, as the question said");
        robot.interact(() -> nav(Destination.EXERCISES).fire());
        assertNull(dialog(), "nothing more to ask");
        assertTrue(stage.getScene().lookup("#exercise-cards").isVisible(), "the library");
    }

    @Test
    void stopAndRecordStaysToShowTheSessionsEnd(FxRobot robot) throws Exception {
        SessionView session = open(robot);
        DialogPane pane = asked(() -> nav(Destination.SUMMARY).fire(), "the summary");
        answer(robot, pane, "#exercises-leave-record");
        assertSame(session, screen().sessionView(), "still here");
        assertEquals(GuidedSession.Phase.FINISHED, session.session().phase(), "stopped");
        assertTrue(stage.getScene().lookup("#session-end").isVisible(), "its end: the pain question and Save");
        assertTrue(nav(Destination.EXERCISES).isSelected());
    }

    @Test
    void closingTheWindowAsksAndKeepGoingKeepsItOpen(FxRobot robot) throws Exception {
        SessionView session = open(robot);
        int[] closed = {0};
        robot.interact(() -> stage.setOnCloseRequest(e -> closed[0]++)); // as the app's own handler, which saves the window's place
        asked(() -> Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)), "closing the window");
        escape(robot);
        assertEquals(0, closed[0], "the close is called off");
        stillInSession(session, "closing the window");

        DialogPane pane = asked(() -> Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)), "closing again");
        answer(robot, pane, "#exercises-leave-leave");
        assertEquals(1, closed[0], "leaving lets the window close");
    }

    @Test
    void aChangeOfLanguageKeepsTheSessionAsItWas(FxRobot robot) throws Exception {
        SessionView session = open(robot);
        robot.interact(() -> session.session().pause());
        GuidedSession guided = session.session();
        MainWindow[] german = new MainWindow[1];
        robot.interact(() -> {
            Messages.setLanguage(Language.DE);
            german[0] = window.rebuilt();
            stage.getScene().setRoot(german[0]);
        });
        ExercisesScreen old = screen();
        window = german[0];
        SessionView now = screen().sessionView();
        assertNotNull(now, "the session is shown in the new language");
        assertSame(guided, now.session(), "the same session, with what was done");
        assertTrue(guided.isPaused(), "paused as it was");
        assertNull(old.sessionView(), "the old screen let it go");
        assertEquals(Messages.get("exercises.session.resume"), ((Button) stage.getScene().lookup("#session-pause")).getText(),
                "in German");
        // And leaving it from the new window asks in German.
        asked(() -> nav(Destination.JOURNAL).fire(), "the journal, in German");
        escape(robot);
        assertSame(now, screen().sessionView());
    }

    /**
     * A slow journal: its writer is kept busy until the returned latch is counted down, so a save asked
     * for meanwhile is under way (queued behind it) until then, as on a slow or busy disk.
     */
    private java.util.concurrent.CountDownLatch slowJournal() {
        java.util.concurrent.CountDownLatch disk = new java.util.concurrent.CountDownLatch(1);
        context.writeJournal(j -> {
            try {
                disk.await(Patience.SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        return disk;
    }

    /** A session stopped and Save pressed with the journal slow: the save is under way until the latch given back is counted down. */
    private java.util.concurrent.CountDownLatch savingUnderWay(FxRobot robot) {
        open(robot);
        robot.interact(() -> button("#session-stop").fire());
        java.util.concurrent.CountDownLatch disk = slowJournal();
        robot.interact(() -> button("#session-save").fire());
        return disk;
    }

    private long sessionsInJournal() {
        return context.journal().entries().stream().filter(e -> !e.exercises().isEmpty()).count();
    }

    /**
     * Done pressed while the session's save was still under way asked as if it had not been saved at
     * all ("leave without saving?"). Done now waits, saying that the session is being saved, and then
     * leaves without a question.
     */
    @Test
    void doneWaitsForTheSaveUnderWayAndThenLeavesWithoutAsking(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch disk = savingUnderWay(robot);
        javafx.scene.control.Label status = (javafx.scene.control.Label) stage.getScene().lookup("#session-status");
        assertEquals(Messages.get("exercises.session.saving"), status.getText(), "the save under way is shown");
        assertTrue(button("#session-done").isDisabled(), "Done waits for the save");
        org.popcheck.ui.common.Snapshots.write(stage.getScene(), Path.of("target/screenshots/exercises-session-saving.png"));
        assertEquals(0, sessionsInJournal(), "the save is still under way");
        disk.countDown();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !button("#session-done").isDisabled());
        assertEquals(1, sessionsInJournal());
        assertEquals(Messages.get("exercises.session.saved"), status.getText());
        Platform.runLater(() -> button("#session-done").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(dialog(), "a saved session is left without a question");
        assertNotNull(stage.getScene().lookup("#detail"), "the exercise's page");
    }

    /**
     * The navigation used while the save is under way leaves without calling the session unsaved: the
     * journal's writer finishes the save whatever the screen shows.
     */
    @Test
    void leavingWhileTheSaveIsUnderWayDoesNotCallTheSessionUnsaved(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch disk = savingUnderWay(robot);
        Platform.runLater(() -> nav(Destination.JOURNAL).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(dialog(), "nothing asked: the session is on its way into the journal");
        assertNull(screen().sessionView(), "left");
        disk.countDown();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> sessionsInJournal() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(dialog(), "saved: nothing to report");
    }

    /** A save that finishes after a change of language is shown on the session's new screen, in its words. */
    @Test
    void aSaveUnderWayWhenTheLanguageChangesFinishesOnTheNewScreen(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch disk = savingUnderWay(robot);
        toGerman(robot);
        javafx.scene.control.Label status = (javafx.scene.control.Label) stage.getScene().lookup("#session-status");
        assertEquals(Messages.get("exercises.session.saving"), status.getText(), "still saving, in German");
        assertTrue(button("#session-done").isDisabled());
        assertTrue(button("#session-save").isDisabled());
        disk.countDown();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !button("#session-done").isDisabled());
        assertEquals(Messages.get("exercises.session.saved"), status.getText(), "saved, said in German");
        assertTrue(button("#session-save").isDisabled(), "saved once is enough");
    }

    /**
     * A change of language during a session once kept the exercise's name in the words the session was
     * started in: the session held its exercise as the old language's catalog had it, and the screen, the
     * question on leaving and the page Done leads to all read the name from there.
     */
    @Test
    void aChangeOfLanguageNamesTheSessionsExerciseInTheNewLanguageEverywhere(FxRobot robot) throws Exception {
        String english = open(robot).session().exercise().name();
        toGerman(robot);
        String german = context.exercises().find("calf-raise").orElseThrow().name();
        assertFalse(german.equals(english), "the test needs a name that differs: " + german);
        SessionView now = screen().sessionView();
        javafx.scene.control.Label title = (javafx.scene.control.Label) now.lookup("#session-title");
        assertTrue(title.getText().contains(german), title.getText());
        assertEquals(java.util.List.of(), textsNaming(now, english), "every text on the session screen in German");

        DialogPane pane = asked(() -> nav(Destination.JOURNAL).fire(), "the journal, in German");
        String question = ((javafx.scene.control.Label) pane.lookup("#exercises-leave-text")).getText();
        assertTrue(question.contains(german) && !question.contains(english), question);
        answer(robot, pane, "#exercises-leave-record");
        assertEquals(java.util.List.of(), textsNaming(now, english), "the session's end in German");
        pane = asked(() -> button("#session-done").fire(), "Done before Save, in German");
        assertTrue(((javafx.scene.control.Label) pane.lookup("#exercises-leave-text")).getText().contains(german));
        answer(robot, pane, "#exercises-leave-leave");
        javafx.scene.Node detail = stage.getScene().lookup("#detail");
        assertNotNull(detail, "Done leads to the exercise's page");
        assertFalse(textsNaming(detail, german).isEmpty(), "the page names the exercise in German");
        assertEquals(java.util.List.of(), textsNaming(detail, english), "the page Done leads to is in German");
    }

    /** The words of every label, button and screen-reader text under {@code root} that contain {@code name}. */
    private static java.util.List<String> textsNaming(javafx.scene.Node root, String name) {
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.ArrayDeque<javafx.scene.Node> left = new java.util.ArrayDeque<>(java.util.List.of(root));
        while (!left.isEmpty()) {
            javafx.scene.Node n = left.pop();
            if (n instanceof javafx.scene.control.Labeled l && l.getText() != null && l.getText().contains(name)) {
                found.add(l.getText());
            }
            if (n.getAccessibleText() != null && n.getAccessibleText().contains(name)) {
                found.add(n.getAccessibleText());
            }
            if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                left.push(sp.getContent());
            }
            if (n instanceof javafx.scene.Parent p) {
                left.addAll(p.getChildrenUnmodifiable());
            }
        }
        return found;
    }

    private Button button(String id) {
        return (Button) stage.getScene().lookup(id);
    }

    /** Done after a session that ended but was not saved asked nothing: the record was lost without a word. */
    @Test
    void doneOnAFinishedSessionNotYetSavedAsksFirst(FxRobot robot) throws Exception {
        SessionView session = open(robot);
        robot.interact(() -> button("#session-stop").fire());
        assertEquals(GuidedSession.Phase.FINISHED, session.session().phase());
        DialogPane pane = asked(() -> button("#session-done").fire(), "Done before Save");
        assertNotNull(pane.lookup("#exercises-leave-leave"), "leaving without saving is offered");
        escape(robot);
        assertSame(session, screen().sessionView(), "Escape stays, with the end to save from");
        assertTrue(stage.getScene().lookup("#session-end").isVisible());

        pane = asked(() -> button("#session-done").fire(), "Done again");
        answer(robot, pane, "#exercises-leave-leave");
        assertNull(screen().sessionView(), "left without saving, as chosen");
        assertNotNull(stage.getScene().lookup("#detail"), "the exercise's page, where Done always led");
    }

    @Test
    void doneOnASavedSessionLeavesAtOnce(FxRobot robot) throws Exception {
        SessionView session = open(robot);
        robot.interact(() -> button("#session-stop").fire());
        robot.interact(() -> button("#session-save").fire());
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, session::recorded);
        robot.interact(() -> button("#session-done").fire());
        assertNull(dialog(), "nothing to ask: it is in the journal");
        assertNull(screen().sessionView());
        assertNotNull(stage.getScene().lookup("#detail"));
    }

    /** Runs {@code open} (not waited for: a dialog waits for its answer) and waits for a dialog to show. */
    private DialogPane opened(Runnable open) throws Exception {
        Platform.runLater(open);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return (DialogPane) dialog().getScene().getRoot();
    }

    /**
     * The session's clock counted the exercise down under a dialog that had nothing to do with it (the
     * settings, the quick log), with the person unable to follow it. It waits while any dialog over the
     * window is open, and runs again when it closes; a session paused before stays paused.
     */
    @Test
    void theClockWaitsWhileAnyDialogIsOpen(FxRobot robot) throws Exception {
        SessionView session = open(robot);
        robot.interact(context::startLoadingJournal); // the quick log waits for the journal
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> !button("#quick-log").isDisabled());
        for (String opener : new String[] {"#nav-settings", "#quick-log"}) {
            opened(() -> button(opener).fire());
            assertTrue(session.session().isPaused(), opener + ": the clock waits");
            double progress = session.session().progress();
            Thread.sleep(1500);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(progress, session.session().progress(), opener + ": nothing counted under the dialog");
            escape(robot);
            assertFalse(session.session().isPaused(), opener + ": running again once the dialog is closed");
        }
        robot.interact(() -> session.session().pause());
        opened(() -> button("#nav-settings").fire());
        escape(robot);
        assertTrue(session.session().isPaused(), "paused before the dialog, paused after it");
    }

    /** A change of language dropped what the person gave at a session's end (the stop signs ticked). */
    @Test
    void aChangeOfLanguageKeepsWhatWasGivenAtTheEnd(FxRobot robot) throws Exception {
        SessionView session = open(robot);
        robot.interact(() -> {
            button("#session-stop").fire();
            ((javafx.scene.control.CheckBox) stage.getScene().lookup("#session-stop-sign-something_else")).setSelected(true);
            ((javafx.scene.control.Slider) stage.getScene().lookup("#session-pain")).setValue(4);
        });
        java.util.List<String> ticked = ((StopSignTicks) stage.getScene().lookup("#session-stop-signs")).ticked();
        assertFalse(ticked.isEmpty());
        toGerman(robot);
        assertNotNull(screen().sessionView());
        assertEquals(ticked, ((StopSignTicks) stage.getScene().lookup("#session-stop-signs")).ticked(), "the signs ticked");
        assertEquals(4, ((javafx.scene.control.Slider) stage.getScene().lookup("#session-pain")).getValue());
    }

    /** Away from a session, the library's filter and an exercise's page shown stay as they were. */
    @Test
    void aChangeOfLanguageKeepsTheFilterAndThePageShown(FxRobot robot) throws Exception {
        showExercises(robot);
        robot.interact(() -> { // once laid out: the library is in a scroll pane
            @SuppressWarnings("unchecked")
            javafx.scene.control.ChoiceBox<org.popcheck.body.Region> filter =
                    (javafx.scene.control.ChoiceBox<org.popcheck.body.Region>) stage.getScene().lookup("#exercise-filter");
            filter.setValue(org.popcheck.body.Region.ANKLE);
            button("#open-calf-raise").fire();
        });
        toGerman(robot);
        assertNotNull(stage.getScene().lookup("#detail"), "the exercise's page");
        assertNotNull(stage.getScene().lookup("#detail-start"));
        robot.interact(() -> button("#detail-back").fire());
        assertEquals(org.popcheck.body.Region.ANKLE,
                ((javafx.scene.control.ChoiceBox<?>) stage.getScene().lookup("#exercise-filter")).getValue(), "the filter");
    }
}
