package org.popcheck.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.body.BodySite;
import org.popcheck.causes.CauseBook;
import org.popcheck.causes.CauseRanker;
import org.popcheck.i18n.Messages;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.EntrySigns;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SafetyNet;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;
import org.popcheck.triage.UnknownAgeTriage;

/** Works out a {@link Summary} from journal entries. Pure: same entries and period, same summary. */
public final class SummaryBuilder {

    /** At most this many points per trend line, so a year stays readable on page one. */
    static final int MAX_TREND_POINTS = 27;

    static final Comparator<BodySite> SITE_ORDER =
            Comparator.comparing((BodySite s) -> s.region().ordinal()).thenComparing(s -> s.side().ordinal());

    private final Function<Assessment, TriageResult> triage;
    private final FactCatalog facts;
    private final ExerciseCatalog exercises;

    /**
     * @param triage re-runs the rules on a saved assessment; may throw while the engine is missing,
     *               and then the level saved with the assessment is shown
     */
    public SummaryBuilder(Function<Assessment, TriageResult> triage, FactCatalog facts, ExerciseCatalog exercises) {
        this.triage = Objects.requireNonNull(triage);
        this.facts = Objects.requireNonNull(facts);
        this.exercises = Objects.requireNonNull(exercises);
    }

    /** The builder with the rules, questions and exercises that ship with the app. */
    public static SummaryBuilder standard(String emergencyNumber) {
        return new SummaryBuilder(a -> TriageEngine.standard().evaluate(a, emergencyNumber), FactCatalog.standard(), ExerciseCatalog.standard());
    }

    public Summary build(List<JournalEntry> entries, ReportPeriod period, String name, LocalDate madeOn) {
        List<JournalEntry> sorted = entries.stream().sorted(Comparator.comparing(JournalEntry::at)).toList();
        List<JournalEntry> inPeriod = sorted.stream().filter(e -> period.contains(e.at())).toList();
        JournalEntry latestSaved = latestAssessment(sorted, period);
        Assessment assessment = latestSaved == null ? null : latestSaved.assessment().assessment();
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        return new Summary(
                madeOn,
                cleanName,
                ageGiven(sorted, period),
                period,
                sites(inPeriod, assessment),
                latestSaved == null ? null : withEarlierUrgent(latestTriage(latestSaved), inPeriod, latestSaved),
                assessment == null ? List.of() : warningAnswers(assessment),
                assessment == null ? null : CheckFacts.of(assessment, latestSaved.localDate(), madeOn, facts),
                warningsNoted(inPeriod),
                trends(inPeriod, chartedPeriod(sorted, period)),
                adherence(inPeriod, observedDays(sorted, period)),
                stopSigns(inPeriod),
                sessionPain(inPeriod),
                inPeriod.stream()
                        .filter(e -> e.forClinician() && !e.notes().isBlank())
                        .map(e -> new Summary.FlaggedNote(e.at(), e.site(), e.notes().strip()))
                        .toList(),
                inPeriod);
    }

    /** The latest check, with the most urgent earlier check of the period when that was more urgent. */
    private static Summary.LatestTriage withEarlierUrgent(Summary.LatestTriage latest, List<JournalEntry> inPeriod, JournalEntry latestSaved) {
        JournalEntry urgent = null;
        for (JournalEntry e : inPeriod) {
            if (e != latestSaved && e.assessment() != null && e.assessment().level().isMoreUrgentThan(latest.level())
                    && (urgent == null || !urgent.assessment().level().isMoreUrgentThan(e.assessment().level()))) {
                urgent = e;
            }
        }
        return urgent == null ? latest : latest.withEarlier(new Summary.EarlierCheck(urgent.at(), urgent.assessment().level()));
    }

    /**
     * The age the person gave in their latest saved check up to the last day, or null. A check kept with
     * a logged warning sign may hold an age assumed for caution (SafetyNet), which is not the person's
     * age and must not reach the clinician as such.
     */
    private static Integer ageGiven(List<JournalEntry> sorted, ReportPeriod period) {
        Integer age = null;
        for (JournalEntry e : sorted) {
            if (SafetyNet.givesTheAge(e) && !e.localDate().isAfter(period.to())) {
                age = e.assessment().assessment().age();
            }
        }
        return age;
    }

    /**
     * The latest check saved on or before the last day: the clinician wants the current picture. A check
     * the person ran in the wizard comes first; the safety net's check of a later quick entry's ticked
     * signs must not hide it (its signs show in the log and among the signs ticked). Only a journal with
     * no wizard check shows the safety net's latest.
     */
    private static JournalEntry latestAssessment(List<JournalEntry> sorted, ReportPeriod period) {
        JournalEntry latestWizard = null;
        JournalEntry latestAny = null;
        for (JournalEntry e : sorted) {
            if (e.assessment() != null && !e.localDate().isAfter(period.to())) {
                latestAny = e;
                if (EntrySigns.isWizardCheck(e)) {
                    latestWizard = e;
                }
            }
        }
        return latestWizard != null ? latestWizard : latestAny;
    }

    private Summary.LatestTriage latestTriage(JournalEntry entry) {
        SavedAssessment saved = entry.assessment();
        try {
            if (saved.ageAssumed()) {
                return latestTriageAgeNotKnown(entry);
            }
            TriageResult result = triage.apply(saved.assessment());
            List<String> reasons = result.reasons().stream().map(SummaryBuilder::describe).toList();
            return new Summary.LatestTriage(entry.at(), result.level(), reasons, true, saved.level(),
                    heldBack(result.level(), saved.level()) ? List.of() : causes(saved));
        } catch (RuntimeException engineMissingOrFailed) {
            // The saved level is what the person was told at the time; it is still true to report it.
            return new Summary.LatestTriage(entry.at(), saved.level(), saved.ruleIds(), false, saved.level(),
                    heldBack(saved.level(), saved.level()) ? List.of() : causes(saved));
        }
    }

    /**
     * A check saved with an age assumed for caution is run again the way it was made: over a spread of
     * ages, keeping the most urgent level. Running it at the one age saved would put, say, a child's
     * limp among an adult's reasons; the reasons that hold at some ages only are set apart.
     */
    private Summary.LatestTriage latestTriageAgeNotKnown(JournalEntry entry) {
        SavedAssessment saved = entry.assessment();
        Assessment asked = saved.assessment();
        UnknownAgeTriage.Outcome outcome = UnknownAgeTriage.evaluate(
                age -> new Assessment(age, asked.sites(), asked.facts()), triage);
        List<String> forAnyAge = outcome.reasonsForAnyAge().stream().map(SummaryBuilder::describe).distinct().toList();
        List<String> forSomeAges = outcome.reasonsForSomeAgesOnly().stream().map(SummaryBuilder::describe).distinct().toList();
        List<Integer> ages = outcome.agesTried();
        // No causes: the journal's check showed none, and ranking them at an assumed age (6, or 80)
        // would tell the clinician about a joint of the wrong age.
        return new Summary.LatestTriage(entry.at(), outcome.level(), forAnyAge, true, saved.level(), List.of())
                .withAgeNotKnown(new Summary.AgeNotKnown(forSomeAges, Collections.min(ages), Collections.max(ages)));
    }

    /**
     * No causes on the summary when the check was, or now is, an emergency: the person was not shown
     * any (CheckResult.causesHeldBack), and the summary says what they were told.
     */
    private static boolean heldBack(Level now, Level then) {
        return (now != null && now.isEmergency()) || (then != null && then.isEmergency());
    }

    /**
     * The causes the person was shown, in words. A check saved before causes existed has none kept;
     * for it they are ranked again from the saved answers (ranking never touches the level).
     */
    private static List<String> causes(SavedAssessment saved) {
        try {
            if (!saved.causes().isEmpty()) {
                CauseBook book = CauseBook.standard();
                return saved.causes().stream().map(c -> causeLine(book.find(c.cause()).map(x -> x.name()).orElse(c.cause()), c.likelihood())).toList();
            }
            return CauseRanker.standard().rank(saved.assessment()).stream()
                    .map(c -> causeLine(c.cause().name(), c.likelihood().id())).toList();
        } catch (RuntimeException causesMissing) {
            return saved.causes().stream().map(c -> causeLine(c.cause(), c.likelihood())).toList();
        }
    }

    private static String causeLine(String name, String likelihood) {
        return Messages.get("summary.pdf.causeLine", name, Messages.get("triage.likelihood." + likelihood));
    }

    private static String describe(Reason r) {
        String text = r.text() == null || r.text().isBlank() ? r.rule() : r.text();
        return r.source() == null || r.source().isBlank() ? text : text + " (" + Labels.sources(r.source()) + ")";
    }

    private static List<BodySite> sites(List<JournalEntry> inPeriod, Assessment assessment) {
        TreeSet<BodySite> sites = new TreeSet<>(SITE_ORDER);
        inPeriod.stream().map(JournalEntry::site).filter(Objects::nonNull).forEach(sites::add);
        if (assessment != null) {
            sites.addAll(assessment.sites());
        }
        return List.copyOf(sites);
    }

    /** Every yes/no question that can raise the level and was answered, in catalog order. */
    private List<Summary.WarningAnswer> warningAnswers(Assessment assessment) {
        List<Summary.WarningAnswer> out = new ArrayList<>();
        for (FactDefinition def : facts.all()) {
            if (def.type() == FactType.YESNO && def.raises()
                    && assessment.facts().get(def.id()) instanceof Answer.YesNo yn) {
                out.add(new Summary.WarningAnswer(def.id(), def.question(), yn));
            }
        }
        return out;
    }

    private List<Summary.WarningNoted> warningsNoted(List<JournalEntry> inPeriod) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, LocalDate> last = new LinkedHashMap<>();
        for (JournalEntry e : inPeriod) {
            for (String fact : EntrySigns.of(e, facts)) {
                counts.computeIfAbsent(fact, f -> new int[1])[0]++;
                last.put(fact, e.localDate());
            }
            // The stop signs ticked at the end of a guided session are warning signs of the log too: without
            // them a call-now sign after a session read "None" under a home-care result.
            for (ExerciseDone x : e.exercises()) {
                for (String sign : x.stopSigns()) {
                    String key = Summary.WarningNoted.STOP_SIGN + sign;
                    counts.computeIfAbsent(key, f -> new int[1])[0]++;
                    last.put(key, e.localDate());
                }
            }
        }
        return counts.entrySet().stream()
                .map(c -> new Summary.WarningNoted(c.getKey(), label(c.getKey()), c.getValue()[0], last.get(c.getKey())))
                .toList();
    }

    /** A fact's question, or a session stop sign's words in the stop list, marked as ticked after a session. */
    private String label(String key) {
        if (key.startsWith(Summary.WarningNoted.STOP_SIGN)) {
            return Messages.get("summary.pdf.notedStopSign",
                    org.popcheck.exercise.DoneWords.stopSign(key.substring(Summary.WarningNoted.STOP_SIGN.length())));
        }
        return factLabel(key);
    }

    private String factLabel(String id) {
        return facts.find(id).map(FactDefinition::question).orElse(Labels.humanize(id));
    }

    /** Days per trend bucket: daily for short periods, whole weeks otherwise. */
    static int bucketDays(ReportPeriod period) {
        long days = period.days();
        if (days <= MAX_TREND_POINTS) {
            return 1;
        }
        long weeks = (days + 6) / 7;
        return (int) (7 * ((weeks + MAX_TREND_POINTS - 1) / MAX_TREND_POINTS));
    }

    private static List<Summary.JointTrend> trends(List<JournalEntry> inPeriod, ReportPeriod period) {
        int bucketDays = bucketDays(period);
        int buckets = (int) ((period.days() + bucketDays - 1) / bucketDays);
        Map<BodySite, double[]> painSum = new TreeMap<>(SITE_ORDER);
        Map<BodySite, int[]> painCount = new TreeMap<>(SITE_ORDER);
        Map<BodySite, int[]> pops = new TreeMap<>(SITE_ORDER);
        for (JournalEntry e : inPeriod) {
            if (e.site() == null) {
                continue;
            }
            int b = (int) (ChronoUnit.DAYS.between(period.from(), e.localDate()) / bucketDays);
            pops.computeIfAbsent(e.site(), s -> new int[buckets])[b]++;
            painSum.computeIfAbsent(e.site(), s -> new double[buckets]);
            painCount.computeIfAbsent(e.site(), s -> new int[buckets]);
            if (e.pain() != null) {
                painSum.get(e.site())[b] += e.pain();
                painCount.get(e.site())[b]++;
            }
        }
        List<Summary.JointTrend> out = new ArrayList<>();
        for (BodySite site : pops.keySet()) {
            List<Summary.TrendPoint> points = new ArrayList<>(buckets);
            for (int b = 0; b < buckets; b++) {
                int n = painCount.get(site)[b];
                points.add(new Summary.TrendPoint(
                        period.from().plusDays((long) b * bucketDays),
                        n == 0 ? null : painSum.get(site)[b] / n,
                        pops.get(site)[b]));
            }
            out.add(new Summary.JointTrend(site, points));
        }
        return out;
    }

    /** Fewest days a trend chart spans, so that a journal begun today is not drawn as one bar across the page. */
    static final int MIN_CHARTED_DAYS = 7;

    /**
     * The days the trend charts span: the period from the journal's first entry when that came later, but at
     * least {@link #MIN_CHARTED_DAYS} days (never before the period began). A new user's week in the default
     * 90-day summary was drawn as a few thin bars at the right end of 90 empty days (trial 13).
     */
    static ReportPeriod chartedPeriod(List<JournalEntry> sorted, ReportPeriod period) {
        long observed = observedDays(sorted, period);
        if (observed >= period.days()) {
            return period;
        }
        long shown = Math.min(period.days(), Math.max(observed, MIN_CHARTED_DAYS));
        return new ReportPeriod(period.to().minusDays(shown - 1), period.to());
    }

    /**
     * The days of the period the journal existed on: from its first entry (of any period) when that came after
     * the period began, to the period's end; the whole period for an empty journal. A rate over the whole period
     * would make a new user's two sessions "0.2 per week".
     */
    static long observedDays(List<JournalEntry> sorted, ReportPeriod period) {
        if (sorted.isEmpty()) {
            return period.days();
        }
        LocalDate first = sorted.stream().map(JournalEntry::localDate).min(Comparator.naturalOrder()).orElseThrow();
        if (!first.isAfter(period.from())) {
            return period.days();
        }
        return first.isAfter(period.to()) ? 1 : new ReportPeriod(first, period.to()).days();
    }

    /**
     * Sessions that did at least one set, and per exercise those and the ones stopped before the first set (a
     * session stopped at once is no session done, but the clinician sees that it was tried).
     */
    private Summary.Adherence adherence(List<JournalEntry> inPeriod, long days) {
        int sessions = 0;
        // per exercise: [sessions with a set done, sessions stopped before the first set]
        Map<String, int[]> byExercise = new LinkedHashMap<>();
        for (JournalEntry e : inPeriod) {
            if (e.exercises().stream().anyMatch(x -> !x.noSetDone())) {
                sessions++;
            }
            Map<String, Boolean> setDone = new LinkedHashMap<>();
            e.exercises().forEach(x -> setDone.merge(x.exerciseId(), !x.noSetDone(), Boolean::logicalOr));
            setDone.forEach((id, done) -> byExercise.computeIfAbsent(id, k -> new int[2])[done ? 0 : 1]++);
        }
        List<Summary.ExerciseCount> counts = byExercise.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                .map(x -> new Summary.ExerciseCount(x.getKey(), exerciseName(x.getKey()), x.getValue()[0], x.getValue()[1]))
                .toList();
        return new Summary.Adherence(sessions, days, counts);
    }

    /** Each session of the period where the person ticked stop signs, with the signs in the stop list's words. */
    private List<Summary.StopSignsNoted> stopSigns(List<JournalEntry> inPeriod) {
        List<Summary.StopSignsNoted> out = new ArrayList<>();
        for (JournalEntry e : inPeriod) {
            for (ExerciseDone x : e.exercises()) {
                if (x.stopSign()) {
                    out.add(new Summary.StopSignsNoted(e.at(), exerciseName(x.exerciseId()), org.popcheck.exercise.DoneWords.stopSigns(x)));
                }
            }
        }
        return out;
    }

    /**
     * The pain each exercise of a session ended with, and how it was the next morning, as the guided session
     * and the morning question saved them with the exercise: such an entry has no joint and no pain of its own,
     * so the trend charts, made from those, never show it.
     */
    private List<Summary.SessionPain> sessionPain(List<JournalEntry> inPeriod) {
        List<Summary.SessionPain> out = new ArrayList<>();
        for (JournalEntry e : inPeriod) {
            for (ExerciseDone x : e.exercises()) {
                if (x.painDuring() != null || x.nextMorning() != null) {
                    out.add(new Summary.SessionPain(e.at(), exerciseName(x.exerciseId()), x.painDuring(), x.nextMorning()));
                }
            }
        }
        return out;
    }

    private String exerciseName(String id) {
        return exercises.find(id).map(x -> x.name()).orElse(Labels.humanize(id));
    }
}
