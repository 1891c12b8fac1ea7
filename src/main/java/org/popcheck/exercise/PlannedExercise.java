package org.popcheck.exercise;

/**
 * One exercise of a plan and why it is there.
 *
 * @param why      a sentence saying what it does for this person
 * @param causeId  the cause of the noise it addresses (assets/causes/causes.json), or null when it was
 *                 chosen for the region alone
 */
public record PlannedExercise(Exercise exercise, String why, String causeId) {}
