package org.popcheck.exercise;

import java.util.List;

/**
 * One exercise of a plan, why it is there and how this person should do it.
 *
 * @param why      a sentence saying what it does for this person
 * @param causeId  the cause of the noise it addresses (assets/causes/causes.json), or null when it was
 *                 chosen for the region alone
 * @param cautions the "adapt" cautions of the exercise that hold for this person, to show with it
 * @param insteadOf the id of the exercise it stands in for, when a caution ruled that one out; else null
 */
public record PlannedExercise(Exercise exercise, String why, String causeId, List<Caution> cautions, String insteadOf) {

    public PlannedExercise {
        cautions = List.copyOf(cautions);
    }

    /** Chosen without any caution for the person. */
    public PlannedExercise(Exercise exercise, String why, String causeId) {
        this(exercise, why, causeId, List.of(), null);
    }
}
