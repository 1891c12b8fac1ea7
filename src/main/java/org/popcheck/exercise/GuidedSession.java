package org.popcheck.exercise;

import java.time.Duration;
import org.popcheck.journal.ExerciseDone;

/**
 * A guided session of one exercise, driven by a clock the caller owns: the screen ticks it from an
 * animation timer, a test ticks it by hand. A short get-ready countdown, then each set (with each side:
 * left, right, left, right...): counted reps paced by the tempo, or one timed hold; the pause of
 * {@link Exercise.Dosage#pauseAfter} between sets; then finished. Its length is
 * {@link Exercise.Dosage#guidedSeconds}. Pausing stops time; stopping ends early.
 */
public final class GuidedSession {

    /** What the person is doing now. */
    public enum Phase { GET_READY, WORK, REST, FINISHED }

    /** The cue within a counted rep. */
    public enum Cue { UP, HOLD, DOWN }

    public static final int GET_READY_SECONDS = 5;
    /** Seconds a following figure takes to move into a held position. */
    static final double HOLD_MOVE_SECONDS = 1.5;

    /** Not final: a change of language gives the same exercise in the new words ({@link #inWordsOf}). */
    private Exercise exercise;
    private final Exercise.Dosage dosage;
    private Phase phase = Phase.GET_READY;
    private double phaseElapsed;
    private int set = 1;
    private int repsDone;
    private int setsCompleted;
    private boolean paused;
    private boolean stoppedEarly;

    public GuidedSession(Exercise exercise) {
        this(exercise, exercise.dosage());
    }

    /** At the person's own dose (the progression's advice) rather than the catalog's. */
    public GuidedSession(Exercise exercise, Exercise.Dosage dosage) {
        this.exercise = exercise;
        this.dosage = java.util.Objects.requireNonNull(dosage, "dosage");
    }

    /** Moves time on; nothing happens while paused or finished. */
    public void tick(Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        while (seconds > 0 && !paused && phase != Phase.FINISHED) {
            double step = Math.min(seconds, phaseLength() - phaseElapsed);
            phaseElapsed += step;
            seconds -= step;
            if (phase == Phase.WORK && !dosage.isHold()) {
                repsDone = Math.min(dosage.reps(), (int) Math.floor(phaseElapsed / dosage.tempo().secondsPerRep() + 1e-9));
            }
            if (phaseElapsed >= phaseLength() - 1e-9) {
                advance();
            }
        }
    }

    private void advance() {
        phaseElapsed = 0;
        switch (phase) {
            case GET_READY -> phase = Phase.WORK;
            case WORK -> {
                setsCompleted++;
                if (set >= dosage.totalSets()) {
                    phase = Phase.FINISHED;
                } else {
                    phase = dosage.pauseAfter(set) > 0 ? Phase.REST : Phase.WORK;
                    set++;
                    repsDone = 0;
                }
            }
            case REST -> phase = Phase.WORK;
            case FINISHED -> { }
        }
    }

    /** Seconds the current phase lasts. */
    public double phaseLength() {
        return switch (phase) {
            case GET_READY -> GET_READY_SECONDS;
            case WORK -> dosage.isHold() ? dosage.holdSeconds() : (double) dosage.reps() * dosage.tempo().secondsPerRep();
            case REST -> dosage.pauseAfter(set - 1);
            case FINISHED -> 1;
        };
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public void togglePause() {
        paused = !paused;
    }

    /** Ends the session now; what was done so far can still be saved. */
    public void stop() {
        stoppedEarly = phase != Phase.FINISHED;
        phase = Phase.FINISHED;
    }

    public Phase phase() {
        return phase;
    }

    public boolean isPaused() {
        return paused;
    }

    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /** 1-based number of the set in progress (each side counts as a set). */
    public int set() {
        return set;
    }

    public int totalSets() {
        return dosage.totalSets();
    }

    /**
     * 1-based number of the set as the person counts it: for an exercise done on each side the left
     * and the right set of one round are one set ("Set 1 of 2, right side"), as the dose reads
     * "2 sets each side"; otherwise the same as {@link #set()}.
     */
    public int setAsCounted() {
        return dosage.eachSide() ? (set + 1) / 2 : set;
    }

    /** Sets as the dose names them: {@link Exercise.Dosage#sets()}, each side's pair counted once. */
    public int setsAsCounted() {
        return dosage.sets();
    }

    /** Which side the current set is on, for exercises done on each side: left, right, left... (one side rests while the other works). */
    public String side() {
        if (!dosage.eachSide()) {
            return null;
        }
        return set % 2 == 1 ? "left" : "right";
    }

    /** Reps finished in the current set (counted exercises). */
    public int repsDone() {
        return repsDone;
    }

    /** The cue for the rep under way, from the tempo; null for holds and outside work. */
    public Cue cue() {
        if (phase != Phase.WORK || dosage.isHold()) {
            return null;
        }
        Exercise.Tempo t = dosage.tempo();
        double inRep = phaseElapsed % t.secondsPerRep();
        return inRep < t.up() ? Cue.UP : inRep < t.up() + t.hold() ? Cue.HOLD : Cue.DOWN;
    }

    /**
     * Where a demonstration figure following the session should be: 0 at the start position, 1 at
     * the end position. In a counted rep it moves out on "Up", stays on "Hold" and comes back on
     * "Down", eased like a person moving; in a hold it moves out over the first seconds and stays; in
     * an activity (a walk) it strides on steadily.
     * At the start position while getting ready, resting or finished.
     */
    public double figurePosition() {
        if (phase != Phase.WORK) {
            return 0;
        }
        if (dosage.isActivity()) {
            // a walk strides on steadily, with no held end position
            return org.popcheck.exercise.figure.RepTiming.of(dosage).fractionAt(phaseElapsed);
        }
        if (dosage.isHold()) {
            return org.popcheck.exercise.figure.RepTiming.ease(phaseElapsed / HOLD_MOVE_SECONDS);
        }
        Exercise.Tempo t = dosage.tempo();
        double inRep = phaseElapsed % t.secondsPerRep();
        return switch (cue()) {
            case UP -> org.popcheck.exercise.figure.RepTiming.ease(inRep / Math.max(t.up(), 1e-9));
            case HOLD -> 1;
            case DOWN -> 1 - org.popcheck.exercise.figure.RepTiming.ease((inRep - t.up() - t.hold()) / Math.max(t.down(), 1e-9));
        };
    }

    /** Seconds left in the current phase, rounded up, for the countdown. */
    public int secondsLeft() {
        return (int) Math.ceil(phaseLength() - phaseElapsed - 1e-9);
    }

    /** 0 to 1 through the current phase: what the progress ring shows. */
    public double progress() {
        return phase == Phase.FINISHED ? 1 : Math.min(1, phaseElapsed / phaseLength());
    }

    /** What the session amounts to, for the journal: sets done, reps per set or seconds held, and the pain. */
    public ExerciseDone result(Integer painDuring) {
        return result(painDuring, java.util.List.of());
    }

    /**
     * What was done, for the journal.
     *
     * @param painDuring 0 to 10, or null when not asked; other values throw IllegalArgumentException
     * @param stopSigns  ids of the general stop list's signs the person noticed during the session
     *                   ({@link ExerciseDone#SOMETHING_ELSE} for another one); empty when none
     */
    public ExerciseDone result(Integer painDuring, java.util.List<String> stopSigns) {
        if (painDuring != null && (painDuring < 0 || painDuring > 10)) {
            throw new IllegalArgumentException("pain must be from 0 to 10");
        }
        int sets = Math.max(setsCompleted, 0);
        if (dosage.isHold()) {
            return new ExerciseDone(exercise.id(), sets, null, dosage.holdSeconds(), painDuring, null, stopSigns);
        }
        return new ExerciseDone(exercise.id(), sets, dosage.reps(), null, painDuring, null, stopSigns);
    }

    public Exercise exercise() {
        return exercise;
    }

    /**
     * Goes on with {@code same}, this session's exercise as another language's catalog has it: after a
     * change of language every word the session shows (its name on the screen, in the question on
     * leaving, on the page Done leads to) is in the new language, while what was done stays.
     *
     * @throws IllegalArgumentException for another exercise
     */
    public void inWordsOf(Exercise same) {
        if (!same.id().equals(exercise.id())) {
            throw new IllegalArgumentException("a session of " + exercise.id() + " cannot go on as " + same.id());
        }
        exercise = same;
    }

    /** The dose this session runs: the progression's, which may differ from the catalog's. */
    public Exercise.Dosage dosage() {
        return dosage;
    }
}
