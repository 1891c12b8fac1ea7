package org.popcheck.exercise;

import java.util.List;
import java.util.Optional;
import org.popcheck.triage.Level;
import org.popcheck.triage.Suspicion;
import org.popcheck.triage.TriageResult;

/**
 * The exercises suggested by a triage result. Safety gating lives here, not in the screen: none at
 * consultation_24 or above, none while a rule suspects a fracture, infection, nerve problem or the
 * like (at any level), and "check with your clinician first" at consultation.
 *
 * @param withheldFor what holds the exercises back at a level that would allow them; empty when nothing does
 */
public record ExercisePlan(Level level, List<Exercise> exercises, boolean checkWithClinicianFirst, List<Suspicion> withheldFor) {

    public ExercisePlan {
        exercises = List.copyOf(exercises);
        withheldFor = List.copyOf(withheldFor);
    }

    public static ExercisePlan from(TriageResult result, ExerciseCatalog catalog) {
        if (!result.allowsExercises()) {
            return new ExercisePlan(result.level(), List.of(), false, result.exercisesWithheld());
        }
        List<Exercise> list = result.exercises().stream().map(catalog::find).flatMap(Optional::stream).toList();
        return new ExercisePlan(result.level(), list, result.level() == Level.CONSULTATION, List.of());
    }

    /** True when the result asks for care first, so the screen shows no exercises at all. */
    public boolean careFirst() {
        return !level.allowsExercises() || !withheldFor.isEmpty();
    }
}
