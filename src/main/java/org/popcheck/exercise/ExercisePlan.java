package org.popcheck.exercise;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.popcheck.triage.Level;
import org.popcheck.triage.Suspicion;

/**
 * The exercises suggested for one check, each with why it is there. Built by the check composer
 * (org.popcheck.check.ExercisePlanner), which applies the safety gating: none at consultation_24 or
 * above, none while something suspected rules exercise out (at any level), and "check with your
 * clinician first" at consultation.
 *
 * @param withheldFor what holds the exercises back at a level that would allow them; empty when nothing does
 * @param conditions  the conditions of the person the cautions were applied for (empty when none hold)
 * @param leftOut     exercises of the region a caution ruled out for this person, with the caution
 */
public record ExercisePlan(Level level, List<PlannedExercise> items, boolean checkWithClinicianFirst, List<Suspicion> withheldFor,
                           Set<PersonCondition> conditions, List<LeftOut> leftOut) {

    public ExercisePlan {
        items = List.copyOf(items);
        withheldFor = List.copyOf(withheldFor);
        conditions = conditions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(conditions));
        leftOut = List.copyOf(leftOut);
    }

    /** An exercise a caution left out of the plan, and the caution (its {@code say} tells why). */
    public record LeftOut(Exercise exercise, Caution caution) {}

    /** No exercises: the level asks for care first, or {@code withheldFor} rules them out. */
    public static ExercisePlan none(Level level, List<Suspicion> withheldFor) {
        return new ExercisePlan(level, List.of(), false, withheldFor, Set.of(), List.of());
    }

    /** Minutes the guided timer runs the session's exercises at their dose, rounded up (getting ready, rests and side changes included). */
    public int minutes() {
        return (seconds() + 59) / 60;
    }

    /**
     * Seconds the guided timer runs the session's exercises at the largest doses progression can give them
     * ({@link Progression#largestDose}): what the planner keeps within 15 minutes.
     */
    public int mostSeconds() {
        return items.stream().mapToInt(p -> Progression.largestDose(p.exercise()).guidedSeconds()).sum();
    }

    /** Seconds the guided timer runs the session's exercises at their dose ({@link Exercise.Dosage#guidedSeconds}). */
    public int seconds() {
        return items.stream().mapToInt(p -> p.exercise().dosage().guidedSeconds()).sum();
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
