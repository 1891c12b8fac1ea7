package org.popcheck.journal;

import java.util.List;

/**
 * One exercise done in a session: reps for counted exercises, seconds for holds and walks.
 *
 * @param sets        sets done (each side counts as a set)
 * @param painDuring  0 to 10, or null when not asked
 * @param nextMorning how it felt the next morning, or null until the person says
 * @param stopSigns   the signs of the general stop list (assets/exercises/stop.json) the person noticed during
 *                    the session, by id, in the order ticked; {@value #SOMETHING_ELSE} for "something else",
 *                    {@value #NOT_SAID_WHICH} for a session saved before the signs were named
 *                    ({@code stop_sign: true}); empty when none. Any of them makes the progression say stop and
 *                    check again.
 */
public record ExerciseDone(String exerciseId, int sets, Integer reps, Integer seconds, Integer painDuring, MorningAfter nextMorning,
        List<String> stopSigns) {

    /** The id kept when the person ticked "Something else". */
    public static final String SOMETHING_ELSE = "something_else";

    /** The id an old journal's {@code stop_sign: true} reads as: a sign was noticed, which one was not recorded. */
    public static final String NOT_SAID_WHICH = "not_said_which";

    public ExerciseDone {
        stopSigns = stopSigns == null ? List.of() : List.copyOf(stopSigns);
        if (stopSigns.stream().distinct().count() < stopSigns.size()) {
            throw new IllegalArgumentException("a stop sign is listed twice: " + stopSigns);
        }
        if (stopSigns.stream().anyMatch(id -> id == null || !id.matches("[a-z][a-z0-9_]*"))) {
            throw new IllegalArgumentException("a stop sign id is lower-case letters, digits and underscores: " + stopSigns);
        }
    }

    /** Without a stop sign noticed. */
    public ExerciseDone(String exerciseId, int sets, Integer reps, Integer seconds, Integer painDuring, MorningAfter nextMorning) {
        this(exerciseId, sets, reps, seconds, painDuring, nextMorning, List.of());
    }

    /** Without the next-morning answer, which comes a day later. */
    public ExerciseDone(String exerciseId, int sets, Integer reps, Integer seconds, Integer painDuring) {
        this(exerciseId, sets, reps, seconds, painDuring, null);
    }

    /** True when the session ended before its first set was done (the person stopped it early). */
    public boolean noSetDone() {
        return sets == 0;
    }

    /** True when any stop sign was noticed: the progression then says stop and check again. */
    public boolean stopSign() {
        return !stopSigns.isEmpty();
    }

    /** A copy with the next-morning answer. */
    public ExerciseDone withNextMorning(MorningAfter answer) {
        return new ExerciseDone(exerciseId, sets, reps, seconds, painDuring, answer, stopSigns);
    }
}
