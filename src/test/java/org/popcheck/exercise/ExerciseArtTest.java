package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.popcheck.exercise.figure.Palette;

/** The still pictures drawn from the pose data: every exercise, both poses, small and print sizes, every palette. */
class ExerciseArtTest {

    @Test
    void everyCatalogPoseRendersAtSmallAndPrintSizesInEveryPalette() {
        for (Exercise e : ExerciseCatalog.standard().all()) {
            for (ExerciseArt.Pose pose : ExerciseArt.Pose.values()) {
                for (Palette palette : new Palette[] {Palette.LIGHT, Palette.DARK, Palette.HIGH_CONTRAST}) {
                    for (int width : new int[] {64, 900}) {
                        BufferedImage image = ExerciseArt.render(e.id(), pose, width, palette)
                                .orElseThrow(() -> new AssertionError(e.id() + " " + pose + " missing"));
                        assertTrue(image.getWidth() == width && distinctColours(image) >= 3, e.id() + " " + pose + " at " + width);
                    }
                }
            }
        }
    }

    @Test
    void thePicturesHaveNoBackgroundOfTheirOwnSoNoWhiteTileShowsInDarkMode() {
        for (Exercise e : ExerciseCatalog.standard().all()) {
            BufferedImage image = ExerciseArt.render(e.id(), ExerciseArt.Pose.START, 240, Palette.DARK).orElseThrow();
            assertTrue((image.getRGB(1, 1) >>> 24) == 0, e.id() + ": the corner is not transparent");
        }
    }

    @Test
    void aMissingPictureIsReportedAsEmpty() {
        assertTrue(ExerciseArt.render("no-such-exercise", ExerciseArt.Pose.START, 100).isEmpty());
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
