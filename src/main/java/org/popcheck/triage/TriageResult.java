package org.popcheck.triage;

import java.util.List;

/**
 * The outcome of one assessment: the level and why. {@code reasons} are most urgent first. The
 * exercises themselves are planned from this by org.popcheck.check.ExercisePlanner, which offers none
 * at {@link Level#CONSULTATION_24} and above, nor whenever {@code exercisesWithheld} is not empty.
 *
 * @param exercisesWithheld what the fired rules suspect that rules out exercise at any level (a
 *                          possible fracture, infection, nerve problem...), in order of first
 *                          appearance; empty when nothing does
 */
public record TriageResult(Level level, List<Reason> reasons, String advice, List<WatchSign> watchFor,
                           List<Suspicion> exercisesWithheld) {
    public TriageResult {
        reasons = List.copyOf(reasons);
        watchFor = List.copyOf(watchFor);
        exercisesWithheld = List.copyOf(exercisesWithheld);
    }

    /** A result with nothing withholding exercises. */
    public TriageResult(Level level, List<Reason> reasons, String advice, List<WatchSign> watchFor) {
        this(level, reasons, advice, watchFor, List.of());
    }

    /** True when exercises may be offered: a level that allows them and no rule that withholds them. */
    public boolean allowsExercises() {
        return level.allowsExercises() && exercisesWithheld.isEmpty();
    }
}
