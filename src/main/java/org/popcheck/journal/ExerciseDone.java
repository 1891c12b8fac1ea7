package org.popcheck.journal;

/**
 * One exercise done in a session: reps for counted exercises, seconds for holds.
 *
 * @param sets        sets done (each side counts as a set)
 * @param painDuring  0 to 10, or null when not asked
 * @param nextMorning how it felt the next morning, or null until the person says
 * @param stopSign    true when the person noticed a sign of the general stop list (assets/exercises/stop.json)
 *                    during the session; the progression then says stop and check again
 */
public record ExerciseDone(String exerciseId, int sets, Integer reps, Integer seconds, Integer painDuring, MorningAfter nextMorning,
        boolean stopSign) {

    /** Without a stop sign noticed. */
    public ExerciseDone(String exerciseId, int sets, Integer reps, Integer seconds, Integer painDuring, MorningAfter nextMorning) {
        this(exerciseId, sets, reps, seconds, painDuring, nextMorning, false);
    }

    /** Without the next-morning answer, which comes a day later. */
    public ExerciseDone(String exerciseId, int sets, Integer reps, Integer seconds, Integer painDuring) {
        this(exerciseId, sets, reps, seconds, painDuring, null);
    }

    /** A copy with the next-morning answer. */
    public ExerciseDone withNextMorning(MorningAfter answer) {
        return new ExerciseDone(exerciseId, sets, reps, seconds, painDuring, answer, stopSign);
    }
}
