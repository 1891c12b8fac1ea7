package org.popcheck.ui.exercises;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseArt;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.common.Styles;

/**
 * The animated demonstration: the end pose fades in and out over the start pose at the exercise's
 * tempo (up, hold, down, and a rest at the start). With reduced motion, both poses side by side.
 */
final class DemoView extends VBox {

    private Timeline timeline;

    DemoView(Exercise exercise, ExerciseImages images, boolean reducedMotion) {
        super(8);
        setId("demo");
        setAccessibleText(Messages.get("exercises.demo.accessible", exercise.name()));
        ImageView start = new ImageView(images.get(exercise.id(), ExerciseArt.Pose.START, 360));
        ImageView end = new ImageView(images.get(exercise.id(), ExerciseArt.Pose.END, 360));
        if (reducedMotion) {
            Label note = new Label(Messages.get("exercises.demo.still"));
            note.setWrapText(true);
            note.getStyleClass().add(Styles.TEXT_MUTED);
            start.setFitWidth(260);
            end.setFitWidth(260);
            start.setPreserveRatio(true);
            end.setPreserveRatio(true);
            getChildren().addAll(new HBox(12, captioned(start, "exercises.demo.startPose"), captioned(end, "exercises.demo.endPose")), note);
            return;
        }
        end.setOpacity(0);
        StackPane stage = new StackPane(start, end);
        stage.setAlignment(Pos.CENTER_LEFT);
        Exercise.Dosage d = exercise.dosage();
        double up = d.isHold() ? 1.5 : Math.max(0.5, d.tempo().up());
        double hold = d.isHold() ? 3 : d.tempo().hold();
        double down = d.isHold() ? 1.5 : Math.max(0.5, d.tempo().down());
        double rest = 1;
        timeline = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(end.opacityProperty(), 0)),
                new KeyFrame(Duration.seconds(up), new KeyValue(end.opacityProperty(), 1)),
                new KeyFrame(Duration.seconds(up + hold), new KeyValue(end.opacityProperty(), 1)),
                new KeyFrame(Duration.seconds(up + hold + down), new KeyValue(end.opacityProperty(), 0)),
                new KeyFrame(Duration.seconds(up + hold + down + rest), new KeyValue(end.opacityProperty(), 0)));
        timeline.setCycleCount(Animation.INDEFINITE);
        Button pause = new Button(Messages.get("exercises.demo.pause"));
        pause.setId("demo-pause");
        pause.setAccessibleText(pause.getText());
        pause.setOnAction(e -> {
            boolean running = timeline.getStatus() == Animation.Status.RUNNING;
            if (running) {
                timeline.pause();
            } else {
                timeline.play();
            }
            pause.setText(Messages.get(running ? "exercises.demo.play" : "exercises.demo.pause"));
            pause.setAccessibleText(pause.getText());
        });
        getChildren().addAll(stage, pause);
        timeline.play();
    }

    private static VBox captioned(ImageView view, String key) {
        Label caption = new Label(Messages.get(key));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(4, view, caption);
    }

    /** Stops the animation when the view is left, so nothing runs in the background. */
    void stop() {
        if (timeline != null) {
            timeline.stop();
        }
    }
}
