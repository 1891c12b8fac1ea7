package org.popcheck.exercise;

import java.util.List;
import org.popcheck.triage.Level;
import org.popcheck.triage.Suspicion;

/**
 * The exercises suggested for one check, each with why it is there. Built by the check composer
 * (org.popcheck.check.ExercisePlanner), which applies the safety gating: none at consultation_24 or
 * above, none while something suspected rules exercise out (at any level), and "check with your
 * clinician first" at consultation.
 *
 * @param withheldFor what holds the exercises back at a level that would allow them; empty when nothing does
 */
public record ExercisePlan(Level level, List<PlannedExercise> items, boolean checkWithClinicianFirst, List<Suspicion> withheldFor) {

    public ExercisePlan {
        items = List.copyOf(items);
        withheldFor = List.copyOf(withheldFor);
    }

    /** No exercises: the level asks for care first, or {@code withheldFor} rules them out. */
    public static ExercisePlan none(Level level, List<Suspicion> withheldFor) {
        return new ExercisePlan(level, List.of(), false, withheldFor);
    }

    /** The exercises in plan order. */
    public List<Exercise> exercises() {
        return items.stream().map(PlannedExercise::exercise).toList();
    }

    /** The exercise ids in plan order, as in the {@code exercises} list of triage output. */
    public List<String> ids() {
        return items.stream().map(p -> p.exercise().id()).toList();
    }

    /** True when the result asks for care first, so the screen shows no exercises at all. */
    public boolean careFirst() {
        return !level.allowsExercises() || !withheldFor.isEmpty();
    }
}
