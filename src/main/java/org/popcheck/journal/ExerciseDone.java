package org.popcheck.journal;

/**
 * One exercise done in a session: reps for counted exercises, seconds for holds.
 *
 * @param painDuring 0 to 10, or null when not asked
 */
public record ExerciseDone(String exerciseId, int sets, Integer reps, Integer seconds, Integer painDuring) {}
