package org.popcheck.triage;

import org.popcheck.assessment.Assessment;

/**
 * Whether the noise follows an injury within some days: an injury, major trauma or a fall from
 * standing answered yes or not sure, with {@code injury_days_ago} at most that many days. An injury
 * of unknown date counts as recent, the careful reading. Read by the result's wording (a recent
 * injury at self care speaks of the injury) and by the exercise plan's stages.
 */
public final class RecentInjury {

    /** Days after an injury that count as recent: the first two weeks of a sprain or strain. */
    public static final int DAYS = 14;

    /**
     * Days after an injury that are its first few days, when it is protected (the "P" of PEACE and
     * LOVE, Dubois and Esculier 2019: the first one to three days). Advice that speaks of "the first
     * few days" is given only then (trial 13: it was given 11 to 13 days after a sprain).
     */
    public static final int EARLY_DAYS = 3;

    private RecentInjury() {}

    /** True in the first {@value #EARLY_DAYS} days after an injury, or after one of unknown date. */
    public static boolean early(Assessment a) {
        return within(a, EARLY_DAYS);
    }

    /** True after an injury within {@value #DAYS} days, or of unknown date. */
    public static boolean of(Assessment a) {
        return within(a, DAYS);
    }

    /**
     * True after a recent injury ({@link #of}) that hurts now (pain 1 or more): only then do the words of a
     * sprain's care (protect it for the first few days, which painkiller) fit. A painless joint after a fall
     * is not a sprain to nurse (review 13: a 70-year-old with a painless hip after a fall was told to ask
     * a pharmacist about painkillers).
     */
    public static boolean hurting(Assessment a) {
        return of(a) && a.number("pain").orElse(0) >= 1;
    }

    /** True after an injury at most {@code days} days ago, or of unknown date. */
    public static boolean within(Assessment a, int days) {
        if (!(a.yes("injury") || a.yes("major_trauma") || a.yes("fall_from_standing"))) {
            return false;
        }
        return a.number("injury_days_ago").orElse(0) <= days;
    }
}
