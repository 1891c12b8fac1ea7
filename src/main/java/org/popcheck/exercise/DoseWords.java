package org.popcheck.exercise;

import org.popcheck.i18n.Messages;

/**
 * An exercise's dose and frequency in the person's words, shared by the screens and the {@code triage}
 * text so they cannot disagree: "3 sets of 12 reps, each side; rest 45 s between sets" and
 * "3 days a week".
 */
public final class DoseWords {

    private DoseWords() {}

    /**
     * Sets with reps or holds, each side, and the rest between sets: "3 sets of 12 reps, each side;
     * rest 45 s between sets", "One set of 8 reps", or "A 5-minute walk at an easy pace".
     */
    public static String dose(Exercise.Dosage d) {
        String base;
        if (d.isActivity()) {
            // a timed activity reads in minutes with its own words, not as a hold of hundreds of seconds
            base = Messages.get("exercises.dosage.activity." + d.activity().id(), d.sets(), d.holdSeconds() / 60);
        } else {
            base = d.isHold() ? Messages.get("exercises.dosage.hold", d.sets(), d.holdSeconds())
                    : Messages.get("exercises.dosage.reps", d.sets(), d.reps());
        }
        // one set has no rest between sets
        return base + (d.eachSide() ? Messages.get("exercises.dosage.eachSide") : "")
                + (d.sets() > 1 ? "; " + Messages.get("exercises.dosage.rest", d.restSeconds()) : "");
    }

    /** How often: "every day" for 7, else "N days a week". */
    public static String frequency(int daysPerWeek) {
        return daysPerWeek >= Exercise.MAX_DAYS_PER_WEEK ? Messages.get("exercises.frequency.daily")
                : Messages.get("exercises.frequency.days", daysPerWeek);
    }

    /** Dose and frequency in one line, as on a plan card. */
    public static String doseAndFrequency(Exercise e) {
        return Messages.get("exercises.dosage.withFrequency", dose(e.dosage()), frequency(e.daysPerWeek()));
    }
}
