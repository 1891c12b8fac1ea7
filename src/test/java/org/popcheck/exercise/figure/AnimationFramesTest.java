package org.popcheck.exercise.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;

/**
 * The demonstration drawn at several moments of a rep: the pictures differ around the part that
 * moves and stay alike around a part that does not. Also writes the contact sheets and the SVG
 * stills to target/figures/ for a person to look at.
 */
class AnimationFramesTest {

    private static final int WIDTH = 480;
    private static final double SCALE = WIDTH / Skeleton.WIDTH;

    @ParameterizedTest(name = "{0}: {1} moves, {2} stays")
    @CsvSource({
        "glute-bridge, pelvis, near.toe",
        "bird-dog, near.hand, near.knee",
        "chin-tuck, head, near.knee",
        "side-lying-leg-lift, near.toeTip, head",
        "single-leg-balance, near.ankle, head",
        "cat-cow, head, near.knee",
        "hip-flexor-stretch, pelvis, near.toe",
        "calf-raise, near.heel, near.toeTip",
        "clamshell, near.knee, head",
        "banded-side-step, near.ankle, far.toe"})
    void framesDifferWhereTheExerciseMovesAndStayAlikeWhereItDoesNot(String id, String moving, String still) {
        Movement m = Movements.of(id).orElseThrow();
        RepTiming timing = RepTiming.of(exercise(id).dosage());
        // start, half way up, the held end position, half way down
        double[] moments = {0, timing.up() / 2, timing.up() + timing.hold() / 2, timing.up() + timing.hold() + timing.down() / 2};
        BufferedImage[] frames = new BufferedImage[moments.length];
        for (int i = 0; i < moments.length; i++) {
            frames[i] = Java2dPainter.image(FigureArt.draw(m, timing.fractionAt(moments[i]), FigureArt.Arrow.NONE), Palette.LIGHT, WIDTH);
        }
        Point stillAt = Skeleton.place(m, m.start()).point(still);
        for (int i = 1; i < frames.length; i++) {
            Point movingAt = Skeleton.place(m, m.at(timing.fractionAt(moments[i]))).point(moving);
            assertTrue(changedShare(frames[0], frames[i], movingAt, 8) > 0.15,
                    id + ": nothing moves around " + moving + " at " + moments[i] + " s");
            assertTrue(changedShare(frames[0], frames[i], stillAt, 4) < 0.08,
                    id + ": " + still + " moves at " + moments[i] + " s");
        }
        assertTrue(changedShare(frames[1], frames[2], Skeleton.place(m, m.end()).point(moving), 8) > 0.05,
                id + ": half way up looks like the end position");
    }

    @Test
    void theTimingFollowsTheTempoUpHoldDownAndRest() {
        RepTiming t = new RepTiming(2, 1, 2, 1);
        assertEquals(0, t.fractionAt(0), 1e-9);
        assertEquals(0.5, t.fractionAt(1), 1e-9);
        assertEquals(1, t.fractionAt(2.5), 1e-9);
        assertEquals(0.5, t.fractionAt(4), 1e-9);
        assertEquals(0, t.fractionAt(5.5), 1e-9);
        assertEquals(0.5, t.fractionAt(7), 1e-9, "the loop starts again");
        assertEquals(FigureArt.Arrow.TO_END, t.arrowAt(1));
        assertEquals(FigureArt.Arrow.NONE, t.arrowAt(2.5));
        assertEquals(FigureArt.Arrow.TO_START, t.arrowAt(4));
        RepTiming hold = RepTiming.of(Exercise.Dosage.hold(2, 30, 15, true));
        assertEquals(1, hold.fractionAt(hold.up() + 1), 1e-9, "a hold is shown held");
    }

    @Test
    void contactSheetsAndStillsAreWrittenForEveryKeyframe() throws IOException {
        Path out = Path.of("target/figures");
        ContactSheet.main(new String[] {out.toString()});
        List<String> ids = ExerciseCatalog.standard().all().stream().map(Exercise::id).toList();
        SvgStills.write(out.resolve("stills"), ids);
        int keyframes = ids.stream().mapToInt(id -> Movements.of(id).orElseThrow().keyframes().size()).sum();
        try (var files = Files.list(out.resolve("stills"))) {
            assertEquals(keyframes, files.filter(f -> f.toString().endsWith(".svg")).count());
        }
        BufferedImage sheet = ImageIO.read(out.resolve("contact-sheet-light.png").toFile());
        assertTrue(sheet.getHeight() > ids.size() * 150, "one row per exercise");
    }

    private static Exercise exercise(String id) {
        return ExerciseCatalog.standard().find(id).orElseThrow();
    }

    /** The largest difference of one channel, alpha included, so an edge smoothed a little differently does not count. */
    private static int colourDistance(int p, int q) {
        int max = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            max = Math.max(max, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
        }
        return max;
    }

    /** The share of pixels that changed in a square of half-side r picture units around p. */
    private static double changedShare(BufferedImage a, BufferedImage b, Point p, double r) {
        int x0 = (int) Math.max(0, (p.x() - r) * SCALE);
        int x1 = (int) Math.min(a.getWidth() - 1, (p.x() + r) * SCALE);
        int y0 = (int) Math.max(0, (p.y() - r) * SCALE);
        int y1 = (int) Math.min(a.getHeight() - 1, (p.y() + r) * SCALE);
        int changed = 0;
        int all = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                all++;
                if (colourDistance(a.getRGB(x, y), b.getRGB(x, y)) > 60) {
                    changed++;
                }
            }
        }
        return all == 0 ? 0 : changed / (double) all;
    }
}
