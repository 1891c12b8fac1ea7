package org.popcheck.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.exercise.GuidedSession;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The end-of-session pain question starts not answered: a person who leaves the slider where it starts saves a
 * session with no pain, not "pain 0"; a 0 can still be given (a key on the slider, or a click on it), and an answer
 * can be taken back with "Leave unanswered".
 */
@ExtendWith(ApplicationExtension.class)
class SessionPainNotAnsweredTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private ExercisesScreen screen;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = AppContext.create(dataDir);
        screen = new ExercisesScreen(context, false);
        Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1024, 600);
        Theme.apply(scene, context.settings());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    @Test
    void aSliderLeftWhereItStartsSavesNoPainAndZeroMustBeGiven(FxRobot robot) throws Exception {
        robot.targetWindow(stage);
        finishASession(robot);
        fire(robot, "#session-save");
        ExerciseDone untouched = savedAt(0);
        assertNull(untouched.painDuring(), "the slider was not touched: no pain is saved, not 0");
        Label state = robot.lookup("#session-pain-state").queryAs(Label.class);
        assertEquals(Messages.get("exercises.session.painNotAnswered"), state.getText());
        snapshot(robot, "session-end-pain-not-answered-en");

        // 0 where the thumb already is: a key on the slider gives it
        fire(robot, "#session-done");
        fire(robot, "#detail-start");
        finishASession(robot);
        Slider pain = robot.lookup("#session-pain").queryAs(Slider.class);
        robot.interact(pain::requestFocus);
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Messages.get("exercises.session.painAnswer", 0), robot.lookup("#session-pain-state").queryAs(Label.class).getText());
        fire(robot, "#session-save");
        assertEquals(0, savedAt(1).painDuring(), "a 0 given is kept as 0");

        // an answer taken back is not answered again
        fire(robot, "#session-done");
        fire(robot, "#detail-start");
        finishASession(robot);
        robot.interact(() -> robot.lookup("#session-pain").queryAs(Slider.class).setValue(6));
        assertEquals(Messages.get("exercises.session.painAnswer", 6), robot.lookup("#session-pain-state").queryAs(Label.class).getText());
        fire(robot, "#session-pain-skip");
        fire(robot, "#session-save");
        assertNull(savedAt(2).painDuring(), "left unanswered after all");
    }

    @Test
    void theNotAnsweredStateReadsInSpanishAndGerman(FxRobot robot) throws Exception {
        robot.targetWindow(stage);
        for (Language language : new Language[] {Language.ES, Language.DE}) {
            robot.interact(() -> Messages.setLanguage(language));
            robot.interact(() -> {
                screen = new ExercisesScreen(context, false);
                stage.getScene().setRoot((javafx.scene.Parent) screen.view());
            });
            finishASession(robot);
            Label state = robot.lookup("#session-pain-state").queryAs(Label.class);
            assertEquals(Messages.get("exercises.session.painNotAnswered"), state.getText());
            snapshot(robot, "session-end-pain-not-answered-" + language.code());
        }
    }

    private void finishASession(FxRobot robot) {
        if (screen.sessionView() == null || screen.sessionView().session().phase() == GuidedSession.Phase.FINISHED) {
            robot.interact(() -> robot.lookup("#open-towel-scrunch").queryButton().fire());
            robot.interact(() -> robot.lookup("#detail-start").queryButton().fire());
        }
        SessionView session = screen.sessionView();
        robot.interact(() -> {
            while (session.session().phase() != GuidedSession.Phase.FINISHED) {
                session.advance(Duration.ofSeconds(1));
            }
        });
        assertTrue(robot.lookup("#session-end").query().isVisible(), "the pain question is shown at the end");
    }

    private static void fire(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
    }

    private ExerciseDone savedAt(int count) throws Exception {
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal().entries().size() > count);
        return context.journal().entries().stream()
                .sorted(java.util.Comparator.comparing(org.popcheck.journal.JournalEntry::at).reversed())
                .findFirst().orElseThrow().exercises().get(0);
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        // the slider's numbers fade in over a moment after a new layout: the picture shows them settled
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        Path file = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", file.toFile());
    }
}
