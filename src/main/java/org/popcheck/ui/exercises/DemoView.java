package org.popcheck.ui.exercises;

import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.figure.FigureArt;
import org.popcheck.exercise.figure.Keyframe;
import org.popcheck.exercise.figure.Movement;
import org.popcheck.exercise.figure.Movements;
import org.popcheck.exercise.figure.RepTiming;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.Styles;

/**
 * The moving demonstration: the figure goes through the exercise's key frames by interpolated
 * joint angles at its tempo (up, hold, down, a short rest), looped, with the moving parts in the
 * accent colour and an arrow for the direction. With reduced motion, the key frames side by side.
 */
final class DemoView extends VBox {

    private static final double WIDTH = 360;

    private AnimationTimer timer;
    private FigureCanvas canvas;
    private RepTiming timing;
    private double seconds;

    DemoView(Exercise exercise, Settings.Theme theme, boolean reducedMotion) {
        super(8);
        setId("demo");
        setAccessibleText(Messages.get("exercises.demo.accessible", exercise.name()));
        Optional<Movement> movement = Movements.of(exercise.id());
        if (movement.isEmpty()) {
            return;
        }
        if (reducedMotion) {
            getChildren().addAll(stills(movement.get(), theme), muted(Messages.get("exercises.demo.still")));
            return;
        }
        timing = RepTiming.of(exercise.dosage());
        canvas = new FigureCanvas(movement.get(), theme, WIDTH, 230);
        showAt(0);
        Button pause = new Button(Messages.get("exercises.demo.pause"));
        pause.setId("demo-pause");
        pause.setAccessibleText(pause.getText());
        timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last > 0) {
                    showAt(seconds + (now - last) / 1e9);
                }
                last = now;
            }

            @Override
            public void stop() {
                super.stop();
                last = -1;
            }
        };
        pause.setOnAction(e -> {
            boolean running = pause.getText().equals(Messages.get("exercises.demo.pause"));
            if (running) {
                timer.stop();
            } else {
                timer.start();
            }
            pause.setText(Messages.get(running ? "exercises.demo.play" : "exercises.demo.pause"));
            pause.setAccessibleText(pause.getText());
        });
        getChildren().addAll(canvas, pause);
        timer.start();
    }

    /** Every key frame in a row, named, the first with the arrow of the movement. */
    private static FlowPane stills(Movement m, Settings.Theme theme) {
        FlowPane row = new FlowPane(12, 8);
        row.setId("demo-stills");
        List<Keyframe> frames = m.keyframes();
        for (int i = 0; i < frames.size(); i++) {
            FigureCanvas still = new FigureCanvas(m, theme, frames.size() > 2 ? 200 : 260, 170);
            still.show(i / (double) (frames.size() - 1), i == 0 ? FigureArt.Arrow.TO_END : FigureArt.Arrow.NONE);
            row.getChildren().add(new VBox(4, still, muted(poseName(frames.get(i).name()))));
        }
        return row;
    }

    /** The words for a key frame: start and end have their own; a middle one is called "On the way". */
    static String poseName(String keyframe) {
        String key = "exercises.demo.pose." + keyframe;
        return Messages.has(key) ? Messages.get(key) : Messages.get("exercises.demo.pose.middle");
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    /** Draws the demonstration {@code at} seconds into its loop: called by the timer, or by tests. */
    void showAt(double at) {
        seconds = at;
        if (canvas != null) {
            canvas.show(timing.fractionAt(at), timing.arrowAt(at));
        }
    }

    /** The seconds of one demonstrated rep, for tests. */
    double loopSeconds() {
        return timing == null ? 0 : timing.length();
    }

    /** Stops the animation when the view is left, so nothing runs in the background. */
    void stop() {
        if (timer != null) {
            timer.stop();
        }
    }
}
