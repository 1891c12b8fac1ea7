package org.popcheck.exercise.figure;

import org.popcheck.exercise.Exercise;

/**
 * The timing of one demonstrated rep, in seconds: moving to the end position, holding it, moving
 * back, and a short rest at the start. From the exercise's tempo; a hold is shown as a slow move,
 * a held pose and a slow return; an activity (a walk) as a steady stride.
 */
public record RepTiming(double up, double hold, double down, double rest) {

    /** Seconds of one stride cycle of a walk: both steps at an easy pace. */
    public static final double STRIDE_SECONDS = 1.2;

    public static RepTiming of(Exercise.Dosage d) {
        if (d.isActivity()) {
            // a walk is shown as a steady stride, one step out and back, with no pause
            return new RepTiming(STRIDE_SECONDS / 2, 0, STRIDE_SECONDS / 2, 0);
        }
        if (d.isHold()) {
            return new RepTiming(1.5, Math.min(4, d.holdSeconds()), 1.5, 1);
        }
        return new RepTiming(Math.max(0.6, d.tempo().up()), d.tempo().hold(), Math.max(0.6, d.tempo().down()), 0.8);
    }

    public double length() {
        return up + hold + down + rest;
    }

    /** How far towards the end position the figure is at {@code seconds} into the loop (0 to 1, eased). */
    public double fractionAt(double seconds) {
        double t = ((seconds % length()) + length()) % length();
        if (t < up) {
            return ease(t / up);
        }
        if (t < up + hold) {
            return 1;
        }
        if (t < up + hold + down) {
            return 1 - ease((t - up - hold) / down);
        }
        return 0;
    }

    /** The arrow to show at {@code seconds}: towards the end while moving out, back while returning, none when still. */
    public FigureArt.Arrow arrowAt(double seconds) {
        double t = ((seconds % length()) + length()) % length();
        if (t < up) {
            return FigureArt.Arrow.TO_END;
        }
        if (t >= up + hold && t < up + hold + down) {
            return FigureArt.Arrow.TO_START;
        }
        return FigureArt.Arrow.NONE;
    }

    /** Slow in, slow out, as a person moves. */
    public static double ease(double x) {
        double c = Math.max(0, Math.min(1, x));
        return c * c * (3 - 2 * c);
    }
}
