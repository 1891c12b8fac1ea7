package org.popcheck.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.popcheck.assessment.Answer;
import org.popcheck.body.BodySite;
import org.popcheck.journal.JournalEntry;
import org.popcheck.triage.Level;

/**
 * Everything the clinician summary shows, worked out from the journal and ready to lay out.
 *
 * @param name    the person's name as they typed it, or null
 * @param age     from the latest saved assessment, or null
 * @param latest  the latest saved assessment up to the end of the period, or null when there is none
 * @param checkFacts when the injury was and the health facts answered in the latest check, or null without one
 * @param log     the entries of the period, oldest first
 */
public record Summary(
        LocalDate madeOn,
        String name,
        Integer age,
        ReportPeriod period,
        List<BodySite> sites,
        LatestTriage latest,
        List<WarningAnswer> warningAnswers,
        CheckFacts checkFacts,
        List<WarningNoted> warningsNoted,
        List<JointTrend> trends,
        Adherence adherence,
        List<StopSignsNoted> stopSigns,
        List<SessionPain> sessionPain,
        List<FlaggedNote> notes,
        List<JournalEntry> log) {

    public Summary {
        sites = List.copyOf(sites);
        warningAnswers = List.copyOf(warningAnswers);
        warningsNoted = List.copyOf(warningsNoted);
        trends = List.copyOf(trends);
        stopSigns = List.copyOf(stopSigns);
        sessionPain = List.copyOf(sessionPain);
        notes = List.copyOf(notes);
        log = List.copyOf(log);
    }

    /**
     * A check earlier in the period that gave a more urgent level than the latest one: page one
     * names it under the headline, so an urgent result days ago is not hidden by a calmer one today.
     */
    public record EarlierCheck(OffsetDateTime at, Level level) {}

    public boolean isEmpty() {
        return log.isEmpty() && latest == null;
    }

    /**
     * The level of the latest assessment and why.
     *
     * @param reasons    plain sentences from the triage engine, or the rule ids when the engine is not available
     * @param recomputed true when the engine re-ran on the saved answers; false when the saved level is shown
     * @param savedLevel the level the person was told when the check was saved
     * @param causes     what probably makes the noise, as shown to the person, e.g. "A tendon snapping over a
     *                   bone (likely)"; most likely first, empty when none fitted
     */
    public record LatestTriage(OffsetDateTime at, Level level, List<String> reasons, boolean recomputed, Level savedLevel,
                               List<String> causes, EarlierCheck moreUrgentEarlier, AgeNotKnown ageNotKnown) {
        public LatestTriage {
            reasons = List.copyOf(reasons);
            causes = List.copyOf(causes);
        }

        public LatestTriage(OffsetDateTime at, Level level, List<String> reasons, boolean recomputed, Level savedLevel,
                            List<String> causes) {
            this(at, level, reasons, recomputed, savedLevel, causes, null, null);
        }

        /** The same check with the most urgent earlier check of the period, when it was more urgent. */
        public LatestTriage withEarlier(EarlierCheck earlier) {
            return new LatestTriage(at, level, reasons, recomputed, savedLevel, causes, earlier, ageNotKnown);
        }

        /** The same check, made when the person's age was not known (see {@link AgeNotKnown}). */
        public LatestTriage withAgeNotKnown(AgeNotKnown notKnown) {
            return new LatestTriage(at, level, reasons, recomputed, savedLevel, causes, moreUrgentEarlier, notKnown);
        }

        /** A check with no causes to show. */
        public LatestTriage(OffsetDateTime at, Level level, List<String> reasons, boolean recomputed, Level savedLevel) {
            this(at, level, reasons, recomputed, savedLevel, List.of());
        }
    }

    /**
     * A check saved with a warning sign logged before any age was known: the rules ran at a spread of
     * ages and the level is the most urgent of them (UnknownAgeTriage). The reasons of
     * {@link LatestTriage#reasons()} hold at every age tried; these hold only at some of them (a
     * child's limp), so they must not read as this person's reasons.
     *
     * @param reasonsAtSomeAgesOnly plain sentences, each with its source, as in {@code reasons}; may be empty
     * @param youngest              the youngest age tried, years
     * @param oldest                the oldest age tried, years
     */
    public record AgeNotKnown(List<String> reasonsAtSomeAgesOnly, int youngest, int oldest) {
        public AgeNotKnown {
            reasonsAtSomeAgesOnly = List.copyOf(reasonsAtSomeAgesOnly);
        }
    }

    /** One warning-sign question that was asked, with the answer given. */
    public record WarningAnswer(String factId, String question, Answer.YesNo answer) {}

    /**
     * A warning sign noted in journal entries of the period: how often, and when last.
     *
     * @param factId a fact id, or for a sign of the stop list ticked at the end of a guided session
     *               {@value #STOP_SIGN} and the sign's id ("stop_sign:chest_pain")
     */
    public record WarningNoted(String factId, String label, int times, LocalDate last) {
        /** Before the id of a stop sign ticked after a session: kept apart from a fact of the same id. */
        public static final String STOP_SIGN = "stop_sign:";
    }

    /** One joint's trend: one point per bucket of days. */
    public record JointTrend(BodySite site, List<TrendPoint> points) {
        public JointTrend {
            points = List.copyOf(points);
        }
    }

    /**
     * @param meanPain the mean pain score of the bucket's entries, or null when no pain was given
     * @param pops     entries that logged popping at this joint in the bucket
     */
    public record TrendPoint(LocalDate start, Double meanPain, int pops) {}

    /**
     * Exercise sessions in the period.
     *
     * @param sessions   journal entries of the period with at least one set of an exercise done
     * @param days       the days the journal could have logged them: the period, from the journal's first entry
     *                   when that came later (a new user's 90-day summary covers the 3 days they have used the app)
     * @param byExercise each exercise logged, most often first
     */
    public record Adherence(int sessions, long days, List<ExerciseCount> byExercise) {
        public Adherence {
            byExercise = List.copyOf(byExercise);
            if (days < 1) {
                throw new IllegalArgumentException("an adherence covers at least one day, not " + days);
            }
        }

        /** Sessions per week over {@link #days}; meaningful only from {@link SessionWords#WEEK} days on (see there). */
        public double perWeek() {
            return sessions * 7.0 / days;
        }
    }

    /**
     * @param sessions              sessions of this exercise with at least one set done
     * @param stoppedBeforeFirstSet sessions of it stopped before the first set
     */
    public record ExerciseCount(String exerciseId, String name, int sessions, int stoppedBeforeFirstSet) {}

    /**
     * The stop signs a person ticked at the end of one exercise session, oldest first in the summary.
     *
     * @param exercise the exercise's name in the language in use
     * @param signs    the signs in the stop list's words ("Something else that worried you", or "which one was
     *                 not recorded" for a session from an older journal); at least one
     */
    public record StopSignsNoted(OffsetDateTime at, String exercise, List<String> signs) {
        public StopSignsNoted {
            signs = List.copyOf(signs);
        }
    }

    /**
     * What the person said after one exercise of a guided session, oldest first in the summary: how much it hurt
     * at the end, and later how it was the next morning. Only sessions with either are listed.
     *
     * @param exercise    the exercise's name in the language in use
     * @param pain        0 to 10, or null when not given
     * @param nextMorning how it was the next morning, or null until the person said
     */
    public record SessionPain(OffsetDateTime at, String exercise, Integer pain, org.popcheck.journal.MorningAfter nextMorning) {
        public SessionPain {
            if (pain == null && nextMorning == null) {
                throw new IllegalArgumentException("a session's pain or its next morning is known");
            }
        }
    }

    /** A note the person flagged for the clinician. */
    public record FlaggedNote(OffsetDateTime at, BodySite site, String text) {}
}
