package org.popcheck.exercise;

import java.util.List;
import java.util.Optional;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageResult;

/**
 * The exercises suggested by a triage result. Safety gating lives here, not in the screen: none at
 * consultation_24 or above, and "check with your clinician first" at consultation.
 */
public record ExercisePlan(Level level, List<Exercise> exercises, boolean checkWithClinicianFirst) {

    public ExercisePlan {
        exercises = List.copyOf(exercises);
    }

    public static ExercisePlan from(TriageResult result, ExerciseCatalog catalog) {
        if (!result.level().allowsExercises()) {
            return new ExercisePlan(result.level(), List.of(), false);
        }
        List<Exercise> list = result.exercises().stream().map(catalog::find).flatMap(Optional::stream).toList();
        return new ExercisePlan(result.level(), list, result.level() == Level.CONSULTATION);
    }

    /** True when the level asks for care first, so the screen shows no exercises at all. */
    public boolean careFirst() {
        return !level.allowsExercises();
    }
}
