package org.popcheck.ui.exercises;

import java.util.HashMap;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.popcheck.exercise.ExerciseArt;

/** The exercise poses as JavaFX images, drawn from the SVG art once per size and kept. */
final class ExerciseImages {

    private final Map<String, Image> cache = new HashMap<>();

    Image get(String exerciseId, ExerciseArt.Pose pose, int width) {
        return cache.computeIfAbsent(exerciseId + "/" + pose + "/" + width, k -> ExerciseArt.render(exerciseId, pose, width)
                .map(img -> (Image) SwingFXUtils.toFXImage(img, null))
                .orElse(null));
    }
}
