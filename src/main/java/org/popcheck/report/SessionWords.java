package org.popcheck.report;

import org.popcheck.i18n.LocalFormats;
import org.popcheck.i18n.Messages;

/**
 * How often the person exercised, in words a person reads at a glance: a count over the days logged ("2 sessions
 * in 3 days"), with a weekly rate only from a week of data on and only when it is at least one a week ("12
 * sessions in 30 days, about 2.8 a week"). A rate from a few days, or below one a week, reads as nonsense ("0.1 per
 * week") to the person and the clinician alike.
 */
public final class SessionWords {

    /** Days of data a weekly rate needs. */
    public static final int WEEK = 7;

    private SessionWords() {}

    /**
     * @param sessions sessions done, 1 or more
     * @param days     the days they were logged over, 1 or more
     */
    public static String sessions(int sessions, long days) {
        if (sessions < 1 || days < 1) {
            throw new IllegalArgumentException("sessions and days must be at least 1, not " + sessions + " and " + days);
        }
        double perWeek = sessions * 7.0 / days;
        if (days < WEEK || perWeek < 1) {
            return Messages.get("summary.pdf.sessions", sessions, days);
        }
        return Messages.get("summary.pdf.sessionsPerWeek", sessions, days, LocalFormats.decimal(perWeek, 1));
    }

    /** One exercise's line: "Calf raises: 3 sessions", with "; stopped once before the first set" when that happened. */
    public static String exercise(Summary.ExerciseCount e) {
        return e.stoppedBeforeFirstSet() == 0 ? Messages.get("summary.pdf.exerciseLine", e.name(), e.sessions())
                : Messages.get("summary.pdf.exerciseLineStopped", e.name(), e.sessions(), e.stoppedBeforeFirstSet());
    }
}
