package org.popcheck.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        return show(robot, "calf-raise", Settings.defaultsFor(Locale.UK).withTextScale(textScale), 1024, 700);
    }

    private SessionView show(FxRobot robot, String exerciseId, Settings settings, int width, int height) {
        SessionView[] view = new SessionView[1];
        robot.interact(() -> {
            view[0] = new SessionView(AppContext.create(dir), new GuidedSession(ExerciseCatalog.standard().find(exerciseId).orElseThrow()),
                    false, v -> {});
            // Something else has the focus, as after clicking Start on the page before.
            Button elsewhere = new Button("elsewhere");
            // In a scroll pane fitted to the width, as the exercises screen shows the session.
            javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(view[0]);
            scroller.setFitToWidth(true);
            HBox.setHgrow(scroller, javafx.scene.layout.Priority.ALWAYS);
            Scene scene = new Scene(new HBox(elsewhere, scroller), width, height);
            Theme.apply(scene, settings);
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

    /**
     * The trial saw "Prepárese" broken inside the word at twice the text size. In every language and
     * the pseudo-locale, at 1x and 2x text, every word the ring can hold fits across it whole, as laid
     * out: wider than its label, a word is broken inside itself.
     */
    @Test
    void noWordBreaksInsideTheRingInAnyLanguage(FxRobot robot) {
        List<String> problems = new java.util.ArrayList<>();
        try {
            for (String variant : List.of("en", "es", "de", "pseudo")) {
                boolean pseudo = variant.equals("pseudo");
                org.popcheck.i18n.Messages.setLanguage(pseudo ? org.popcheck.i18n.Language.EN : org.popcheck.i18n.Language.parse(variant).orElseThrow());
                org.popcheck.i18n.Messages.setPseudo(pseudo ? org.popcheck.ui.TranslatedScreensFitTest::pseudo : null);
                assertTrue(SessionView.ringWords().contains(org.popcheck.i18n.Messages.get("exercises.session.getReady")));
                for (double scale : new double[] {1.0, 2.0}) {
                    show(robot, "calf-raise", Settings.defaultsFor(Locale.UK).withTextScale(scale), 1024, 600);
                    Label what = robot.lookup("#session-what").queryAs(Label.class);
                    Label seconds = robot.lookup("#session-seconds").queryAs(Label.class);
                    for (String text : SessionView.ringWords()) {
                        wholeWords(robot, what, text, variant + " " + scale + "x", problems);
                    }
                    for (String text : SessionView.ringNumbers()) {
                        wholeWords(robot, seconds, text, variant + " " + scale + "x", problems);
                    }
                }
            }
        } finally {
            org.popcheck.i18n.Messages.setPseudo(null);
            org.popcheck.i18n.Messages.setLanguage(org.popcheck.i18n.Language.EN);
        }
        assertTrue(problems.isEmpty(), problems.size() + " words break:\n" + String.join("\n", problems));
    }

    /** Shows {@code text} in {@code label} and notes each word wider than the room the laid-out label gives it. */
    private static void wholeWords(FxRobot robot, Label label, String text, String where, List<String> problems) {
        robot.interact(() -> {
            label.setText(text);
            label.getScene().getRoot().applyCss();
            label.getScene().getRoot().layout();
            double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
            javafx.scene.text.Text measure = new javafx.scene.text.Text();
            measure.setFont(label.getFont());
            for (String word : text.split("\\s+")) {
                measure.setText(word);
                if (measure.getLayoutBounds().getWidth() > room + 0.5) {
                    problems.add(where + ": \"" + word + "\" is " + Math.round(measure.getLayoutBounds().getWidth()) + " px in " + Math.round(room) + " px");
                }
            }
        });
    }

    /** A walk is timed in minutes with its own words, never "Hold", in English and German, and they fit the ring. */
    @Test
    void aWalkSaysWalkAndCountsDownItsMinutesAtEveryTextSizeThemeAndLanguage(FxRobot robot) throws Exception {
        ExerciseCatalog catalog = ExerciseCatalog.standard();
        int seconds = catalog.find("walking-plan").orElseThrow().dosage().holdSeconds();
        try {
            for (org.popcheck.i18n.Language language : new org.popcheck.i18n.Language[] {org.popcheck.i18n.Language.EN, org.popcheck.i18n.Language.DE}) {
                org.popcheck.i18n.Messages.setLanguage(language);
                String walkWords = org.popcheck.i18n.Messages.get("exercises.session.activity.walk");
                for (Settings.Theme theme : Settings.Theme.values()) {
                    for (double scale : new double[] {1.0, 2.0}) {
                        for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
                            Settings settings = Settings.defaultsFor(Locale.UK).withTextScale(scale).withTheme(theme);
                            SessionView view = show(robot, "walking-plan", settings, size[0], size[1]);
                            robot.interact(() -> view.advance(Duration.ofSeconds(GuidedSession.GET_READY_SECONDS + 1)));
                            Label what = robot.lookup("#session-what").queryAs(Label.class);
                            String where = language + " " + theme + " " + scale + "x " + size[0] + "x" + size[1];
                            assertEquals(walkWords, what.getText(), where);
                            assertFalse(what.getText().equals(org.popcheck.i18n.Messages.get("exercises.session.holdTimer")), where);
                            String left = robot.lookup("#session-seconds").queryAs(Label.class).getText();
                            int shown = seconds - 1;
                            assertTrue(left.contains(shown / 60 + ":" + String.format("%02d", shown % 60)), where + ": " + left);
                            String line = robot.lookup("#session-count").queryAs(Label.class).getText();
                            assertEquals(org.popcheck.exercise.DoseWords.dose(catalog.find("walking-plan").orElseThrow().dosage()), line, where);
                            assertTrue(line.contains(String.valueOf(seconds / 60)), where + ": " + line);
                            // the words are whole, not cut to "..."
                            robot.interact(() -> what.getParent().getParent().layout());
                            javafx.scene.text.Text drawn = (javafx.scene.text.Text) what.lookup(".text");
                            assertEquals(what.getText(), drawn.getText().replace("\n", " ").trim(), where + " cut");
                            Circle track = (Circle) robot.lookup(n -> n instanceof Circle).query();
                            robot.interact(() -> what.getParent().getParent().layout());
                            Bounds ring = track.localToScene(track.getBoundsInLocal());
                            Bounds words = what.localToScene(what.getLayoutBounds());
                            assertTrue(words.getMinX() >= ring.getMinX() && words.getMaxX() <= ring.getMaxX(), where + ": " + words + " inside " + ring);
                            if (theme != Settings.Theme.HIGH_CONTRAST) {
                                snapshot(robot, "session-walk-" + language + "-" + theme + "-" + scale + "x-" + size[0] + "x" + size[1]);
                            }
                        }
                    }
                }
            }
        } finally {
            org.popcheck.i18n.Messages.setLanguage(org.popcheck.i18n.Language.EN);
        }
    }

    /** At the end every stop sign has its own tick box, whole and inside the window, in English and German, at every size and theme. */
    @Test
    void theEndListsEveryStopSignAsAWholeTickBox(FxRobot robot) throws Exception {
        try {
            for (org.popcheck.i18n.Language language : new org.popcheck.i18n.Language[] {org.popcheck.i18n.Language.EN, org.popcheck.i18n.Language.DE}) {
                org.popcheck.i18n.Messages.setLanguage(language);
                org.popcheck.exercise.StopList list = org.popcheck.exercise.StopList.standard();
                for (Settings.Theme theme : new Settings.Theme[] {Settings.Theme.LIGHT, Settings.Theme.DARK}) {
                    for (double scale : new double[] {1.0, 2.0}) {
                        for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
                            Settings settings = Settings.defaultsFor(Locale.UK).withTextScale(scale).withTheme(theme);
                            SessionView view = show(robot, "clamshell", settings, size[0], size[1]);
                            robot.interact(() -> {
                                view.session().stop();
                                view.advance(Duration.ZERO);
                                view.getScene().getRoot().layout();
                            });
                            WaitForAsyncUtils.waitForFxEvents();
                            String where = language + " " + theme + " " + scale + "x " + size[0] + "x" + size[1];
                            java.util.List<String> ids = new java.util.ArrayList<>(list.signs().stream().map(org.popcheck.exercise.StopList.Sign::id).toList());
                            ids.add(org.popcheck.journal.ExerciseDone.SOMETHING_ELSE);
                            for (String id : ids) {
                                javafx.scene.control.CheckBox box = robot.lookup("#session-stop-sign-" + id).queryAs(javafx.scene.control.CheckBox.class);
                                assertTrue(box.isVisible(), where + " " + id);
                                assertEquals(list.words(id), box.getText(), where);
                                javafx.scene.text.Text drawn = (javafx.scene.text.Text) box.lookup(".text");
                                assertEquals(box.getText(), drawn.getText().replace("\n", " ").replaceAll(" +", " ").trim(), where + " cut: " + id);
                                Bounds b = box.localToScene(box.getLayoutBounds());
                                assertTrue(b.getMinX() >= 0 && b.getMaxX() <= size[0], where + " " + id + " " + b);
                            }
                            // every button of the end shows its whole words (trial 13: "Leave unansw..." at 1024 by 600)
                            for (javafx.scene.Node n : view.lookupAll(".button")) {
                                Button button = (Button) n;
                                if (button.isVisible() && button.lookup(".text") instanceof javafx.scene.text.Text shown) {
                                    assertEquals(button.getText(), shown.getText().replace("\n", " ").replaceAll(" +", " ").trim(),
                                            where + " button cut: " + button.getId());
                                }
                            }
                            robot.interact(() -> robot.lookup("#session-stop-sign-" + ids.get(0)).queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
                            // the ring's word at the end is whole too ("Beendet", not "Beende" and "t")
                            Label what = robot.lookup("#session-what").queryAs(Label.class);
                            javafx.scene.text.Text word = (javafx.scene.text.Text) what.lookup(".text");
                            assertEquals(what.getText(), word.getText(), where + " ring word");
                            assertTrue(word.getLayoutBounds().getHeight() < 2 * word.getFont().getSize() * 1.5, where + " the ring word on one line: " + word.getLayoutBounds());
                            WaitForAsyncUtils.waitForFxEvents();
                            snapshot(robot, "session-end-" + language + "-" + theme + "-" + scale + "x-" + size[0] + "x" + size[1]);
                        }
                    }
                }
            }
        } finally {
            org.popcheck.i18n.Messages.setLanguage(org.popcheck.i18n.Language.EN);
        }
    }

    /** Writes the window to target/screens/ so a person can look at it. */
    private void snapshot(FxRobot robot, String name) throws Exception {
        java.awt.image.BufferedImage[] image = new java.awt.image.BufferedImage[1];
        robot.interact(() -> image[0] = javafx.embed.swing.SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Path out = Path.of("target", "screens");
        java.nio.file.Files.createDirectories(out);
        javax.imageio.ImageIO.write(image[0], "png", out.resolve(name + ".png").toFile());
    }
}
