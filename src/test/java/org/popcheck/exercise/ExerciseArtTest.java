package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Renders every illustration in assets/exercises/ with JSVG: none may be missing, unreadable or blank. */
class ExerciseArtTest {

    private static final Path FOLDER = Path.of("assets/exercises");
    private static final Path PREVIEWS = Path.of("target/art-previews");

    @Test
    void everySvgFileRendersToAPictureWithSeveralColours() throws IOException {
        Files.createDirectories(PREVIEWS);
        int count = 0;
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                String name = svg.getFileName().toString();
                int dash = name.lastIndexOf('-');
                String id = name.substring(0, dash);
                ExerciseArt.Pose pose = ExerciseArt.Pose.valueOf(name.substring(dash + 1, name.length() - 4).toUpperCase());
                BufferedImage image = ExerciseArt.render(id, pose, 240).orElseThrow(() -> new AssertionError(name + " did not render"));
                assertTrue(distinctColours(image) >= 3, name + " is blank or nearly so");
                ImageIO.write(image, "png", PREVIEWS.resolve(name.replace(".svg", ".png")).toFile());
                count++;
            }
        }
        assertTrue(count >= 2 * ExerciseCatalog.standard().all().size(), "only " + count + " pictures");
    }

    @Test
    void everyCatalogPoseRendersAtSmallAndPrintSizes() {
        for (Exercise e : ExerciseCatalog.standard().all()) {
            for (ExerciseArt.Pose pose : ExerciseArt.Pose.values()) {
                for (int width : new int[] {64, 900}) {
                    BufferedImage image = ExerciseArt.render(e.id(), pose, width)
                            .orElseThrow(() -> new AssertionError(e.id() + " " + pose + " missing"));
                    assertTrue(image.getWidth() == width && distinctColours(image) >= 3, e.id() + " " + pose + " at " + width);
                }
            }
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
                if (colours.size() >= 10) {
                    return colours.size();
                }
            }
        }
        return colours.size();
    }
}
