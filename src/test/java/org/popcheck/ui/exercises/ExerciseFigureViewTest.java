package org.popcheck.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.GuidedSession;
import org.popcheck.exercise.figure.Movements;
import org.popcheck.exercise.figure.RepTiming;
import org.popcheck.settings.Settings;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The moving figure on screen: the demonstration, its reduced-motion stills, the session's figure and the dark theme. */
@ExtendWith(ApplicationExtension.class)
class ExerciseFigureViewTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Stage stage;
    private final StackPane host = new StackPane();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = AppContext.create(dataDir);
        Scene scene = new Scene(host, 1024, 600);
        Theme.apply(scene, context.settings());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theDemonstrationMovesThroughTheRepAtTheExercisesTempo(FxRobot robot) {
        Exercise bridge = context.exercises().find("glute-bridge").orElseThrow();
        DemoView demo = show(robot, () -> new DemoView(bridge, Settings.Theme.LIGHT, false));
        robot.interact(demo::stop);
        RepTiming t = RepTiming.of(bridge.dosage());
        BufferedImage start = picture(robot, demo, 0);
        BufferedImage halfUp = picture(robot, demo, t.up() / 2);
        BufferedImage held = picture(robot, demo, t.up() + t.hold() / 2);
        BufferedImage back = picture(robot, demo, t.length() - t.rest() / 2);
        assertTrue(differingShare(start, halfUp) > 0.005, "half way up differs from the start");
        assertTrue(differingShare(halfUp, held) > 0.005, "the held position differs from half way up");
        BufferedImage nextLoop = picture(robot, demo, 2 * t.length() - t.rest() / 2);
        assertTrue(differingShare(back, nextLoop) < 0.001, "the demonstration loops");
        assertTrue(differingShare(start, back) < 0.03, "after the rep the figure is back at the start (only the arrow differs)");
        assertEquals(t.length(), demo.loopSeconds(), 1e-9);
    }

    @Test
    void withReducedMotionEveryKeyframeIsShownSideBySide(FxRobot robot) {
        Exercise catCow = context.exercises().find("cat-cow").orElseThrow();
        DemoView demo = show(robot, () -> new DemoView(catCow, Settings.Theme.LIGHT, true));
        FlowPane stills = (FlowPane) demo.lookup("#demo-stills");
        assertNotNull(stills);
        assertEquals(Movements.of("cat-cow").orElseThrow().keyframes().size(), stills.getChildren().size());
        assertTrue(demo.lookup("#demo-pause") == null, "nothing to pause when nothing moves");
    }

    @Test
    void theSessionFigureMovesOutOnUpHoldsOnHoldAndComesBackOnDown(FxRobot robot) {
        Exercise bridge = context.exercises().find("glute-bridge").orElseThrow();
        Exercise.Tempo tempo = bridge.dosage().tempo();
        GuidedSession session = new GuidedSession(bridge);
        SessionView view = show(robot, () -> new SessionView(context, session, false, v -> { }));
        SessionFigure figure = (SessionFigure) view.lookup("#session-figure");
        assertNotNull(figure, "the session shows the figure");
        assertEquals(0, figure.position(), 1e-9, "at the start position while getting ready");
        robot.interact(() -> view.advance(Duration.ofSeconds(GuidedSession.GET_READY_SECONDS)));
        assertEquals(GuidedSession.Cue.UP, session.cue());
        assertEquals(0, figure.position(), 1e-6);
        robot.interact(() -> view.advance(Duration.ofMillis(tempo.up() * 500L)));
        assertEquals(0.5, figure.position(), 1e-6, "half way out half way through Up");
        robot.interact(() -> view.advance(Duration.ofMillis(tempo.up() * 500L + tempo.hold() * 500L)));
        assertEquals(GuidedSession.Cue.HOLD, session.cue());
        assertEquals(1, figure.position(), 1e-6, "at the end position on Hold");
        robot.interact(() -> view.advance(Duration.ofMillis(tempo.hold() * 500L + tempo.down() * 750L)));
        assertEquals(GuidedSession.Cue.DOWN, session.cue());
        assertTrue(figure.position() < 0.3 && figure.position() > 0, "on the way back on Down: " + figure.position());
        Snapshots.write(view, Path.of("target/figures/ui-session-1024x600.png"));
    }

    @Test
    void inTheDarkThemeTheFigureSitsOnThePageWithNoWhiteTile(FxRobot robot) {
        context.settingsProperty().set(context.settings().withTheme(Settings.Theme.DARK));
        robot.interact(() -> Theme.apply(stage.getScene(), context.settings()));
        ExercisesScreen screen = new ExercisesScreen(context, false);
        robot.interact(() -> host.getChildren().setAll(screen.view()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#open-bird-dog").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        DemoView demo = robot.lookup("#demo").queryAs(DemoView.class);
        robot.interact(demo::stop);
        AtomicReference<BufferedImage> seen = new AtomicReference<>();
        robot.interact(() -> {
            BufferedImage scene = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
            javafx.geometry.Bounds b = demo.localToScene(demo.getBoundsInLocal());
            int x = (int) Math.max(0, b.getMinX());
            int y = (int) Math.max(0, b.getMinY());
            seen.set(scene.getSubimage(x, y, (int) Math.min(b.getWidth(), scene.getWidth() - x), (int) Math.min(b.getHeight(), scene.getHeight() - y)));
        });
        BufferedImage picture = seen.get();
        int white = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                int rgb = picture.getRGB(x, y);
                if (((rgb >> 16) & 0xff) > 235 && ((rgb >> 8) & 0xff) > 235 && (rgb & 0xff) > 235) {
                    white++;
                }
            }
        }
        assertTrue(white < picture.getWidth() * picture.getHeight() / 100, white + " white pixels in the dark demonstration");
        Snapshots.write(stage.getScene().getRoot(), Path.of("target/figures/ui-detail-dark-1024x600.png"));
    }

    @Test
    void atTwiceTheTextSizeTheSessionKeepsDialAndFigureSideBySideWithinASmallWindow(FxRobot robot) {
        context.settingsProperty().set(context.settings().withTextScale(2.0));
        robot.interact(() -> Theme.apply(stage.getScene(), context.settings()));
        Exercise calf = context.exercises().find("calf-raise").orElseThrow();
        SessionView view = show(robot, () -> new SessionView(context, new GuidedSession(calf), false, v -> { }));
        robot.interact(() -> view.advance(Duration.ofSeconds(GuidedSession.GET_READY_SECONDS + 1)));
        WaitForAsyncUtils.waitForFxEvents();
        Node figure = view.lookup("#session-figure");
        javafx.geometry.Bounds b = figure.localToScene(figure.getBoundsInLocal());
        assertTrue(b.getMaxX() <= stage.getScene().getWidth(), "the figure fits the window's width: " + b);
        Snapshots.write(stage.getScene().getRoot(), Path.of("target/figures/ui-session-2x-1024x600.png"));
    }

    private <T extends Node> T show(FxRobot robot, java.util.function.Supplier<T> make) {
        AtomicReference<T> made = new AtomicReference<>();
        robot.interact(() -> {
            made.set(make.get());
            host.getChildren().setAll(new ScrollPane(made.get()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return made.get();
    }

    private static BufferedImage picture(FxRobot robot, DemoView demo, double seconds) {
        robot.interact(() -> demo.showAt(seconds));
        return snapshot(robot, demo.lookup(".pc-figure"));
    }

    private static BufferedImage snapshot(FxRobot robot, Node node) {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(SwingFXUtils.fromFXImage(node.snapshot(null, null), null)));
        return image.get();
    }

    private static double differingShare(BufferedImage a, BufferedImage b) {
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        return differ / (double) (a.getWidth() * a.getHeight());
    }
}
