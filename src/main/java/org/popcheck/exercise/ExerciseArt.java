package org.popcheck.exercise;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.popcheck.exercise.figure.FigureArt;
import org.popcheck.exercise.figure.Java2dPainter;
import org.popcheck.exercise.figure.Movement;
import org.popcheck.exercise.figure.Movements;
import org.popcheck.exercise.figure.Palette;

/**
 * The still pictures of an exercise, drawn with Java2D from its pose data
 * (assets/exercises/poses/&lt;id&gt;.json), the same data the screen animates, so a printed or
 * saved picture shows what the screen shows.
 */
public final class ExerciseArt {

    /** The key poses every exercise has a picture of: its first and its last key frame. */
    public enum Pose { START, END }

    private ExerciseArt() {}

    /**
     * The pose drawn {@code width} pixels wide on a transparent background, cropped to the part of
     * the picture the movement uses (so the height depends on the exercise), in the light palette. The start pose carries the direction arrow.
     * Empty when the exercise has no pose data.
     */
    public static Optional<BufferedImage> render(String exerciseId, Pose pose, int width) {
        return render(exerciseId, pose, width, Palette.LIGHT);
    }

    /** As {@link #render(String, Pose, int)}, in the given palette. */
    public static Optional<BufferedImage> render(String exerciseId, Pose pose, int width, Palette palette) {
        Optional<Movement> movement = Movements.of(exerciseId);
        return movement.map(m -> Java2dPainter.image(FigureArt.draw(m, pose == Pose.START ? 0 : 1,
                pose == Pose.START ? FigureArt.Arrow.TO_END : FigureArt.Arrow.NONE), palette, width, FigureArt.bounds(m)));
    }
}
