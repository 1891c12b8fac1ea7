package org.popcheck.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.causes.Cause;
import org.popcheck.causes.CauseRanker;
import org.popcheck.causes.Likelihood;
import org.popcheck.causes.RankedCause;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.exercise.ExercisePlan;
import org.popcheck.exercise.Progression;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.MorningAfter;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageResult;

/**
 * Every session the planner can produce fits the "about 15 minutes" it promises, counted as the guided
 * timer runs it, at the catalog's doses and after any amount of progression (each exercise at the largest dose the
 * progression advice can ever give it), and still holds three exercises where the places checked offer three: for every region
 * and pair of regions, every cause that concerns them (and the ranker's own list), no injury, an injury of
 * unknown date and every day 0 to 60 after one, ages 30 and 70, and every set of the conditions read from
 * answers.
 */
class SessionLengthTest {

    private static final String[] CONDITION_FACTS = {"osteoporosis_or_steroids", "joint_replacement", "numbness_tingling", "pregnant", "swelling"};
    private static final int NO_INJURY = -2;
    private static final int UNKNOWN_DATE = -1;

    private final ExerciseCatalog catalog = ExerciseCatalog.standard();
    private final ExercisePlanner planner = new ExercisePlanner(catalog);
    private final CauseRanker ranker = CauseRanker.standard();
    private final TriageResult selfCare = new TriageResult(Level.SELF_CARE, List.of(), "", List.of());

    @Test
    void everyPlannableSessionFitsFifteenMinutesAsTheTimerRunsItAndHoldsThreeWhereThePlacesOfferThree() {
        int sessions = 0;
        List<String> problems = new ArrayList<>();
        for (List<Region> regions : regionSets()) {
            for (int day = NO_INJURY; day <= 60; day++) {
                for (int age : new int[] {30, 70}) {
                    for (int conditions = 0; conditions < 1 << CONDITION_FACTS.length; conditions++) {
                        Assessment a = person(age, regions, day, conditions);
                        for (List<RankedCause> causes : causeLists(a, regions)) {
                            ExercisePlan plan = planner.plan(selfCare, causes, a);
                            sessions++;
                            String what = regions + " day " + day + " age " + age + " conditions " + Integer.toBinaryString(conditions)
                                    + " causes " + causes.stream().map(c -> c.cause().id()).toList() + ": " + plan.ids();
                            if (plan.seconds() > ExercisePlanner.SESSION_MINUTES * 60) {
                                problems.add(what + " runs " + plan.seconds() + " s");
                            }
                            if (plan.mostSeconds() > ExercisePlanner.SESSION_MINUTES * 60) {
                                problems.add(what + " runs " + plan.mostSeconds() + " s after progression");
                            }
                            if (plan.items().size() < ExercisePlanner.MIN_SESSION && plan.items().size() < plannable(plan, a).size()) {
                                problems.add(what + " holds fewer than " + ExercisePlanner.MIN_SESSION + " of " + plannable(plan, a).size());
                            }
                            if (problems.size() > 20) {
                                break;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " sessions do not fit, e.g.\n" + String.join("\n", problems));
        assertTrue(sessions > 100_000, "walked " + sessions);
    }

    /** Any three exercises of the catalog at their largest doses fit a session: the three longest do. */
    @Test
    void anyThreeExercisesAtTheirLargestDosesFitASession() {
        List<Integer> longest = catalog.all().stream().map(x -> Progression.largestDose(x).guidedSeconds())
                .sorted(java.util.Comparator.reverseOrder()).limit(ExercisePlanner.MIN_SESSION).toList();
        assertTrue(longest.stream().mapToInt(Integer::intValue).sum() <= ExercisePlanner.SESSION_MINUTES * 60, "the longest three: " + longest);
    }

    /**
     * Whatever the journal holds, no advice gives a dose longer than the exercise's largest: for every exercise of the
     * catalog, weeks of easy sessions done at the advised dose (the dose climbs as far as it can), 2,000 histories of
     * random pain, morning answers, stopped sessions and logged amounts (up to three times the catalog's), each advice
     * along the way.
     */
    @Test
    void noAdviceEverGivesADoseLongerThanTheLargestThePlannerCounts() {
        java.util.Random random = new java.util.Random(20261130);
        List<String> problems = new ArrayList<>();
        int advices = 0;
        for (Exercise x : catalog.all()) {
            int most = Progression.largestDose(x).guidedSeconds();
            if (most > Math.max(Progression.MOST_SECONDS, x.dosage().guidedSeconds())) {
                problems.add(x.id() + ": its largest dose runs " + most + " s");
            }
            List<JournalEntry> easy = new ArrayList<>();
            for (int day = 0; day < 60; day++) {
                Progression.Advice advice = Progression.advise(x, easy, Level.SELF_CARE, null);
                advices++;
                check(x, advice, most, "easy day " + day, problems);
                easy.add(session(x, day, advice.dose(), x.dosage().totalSets(), 0, MorningAfter.SETTLED_SOON));
            }
            for (int history = 0; history < 2000 / catalog.all().size() + 1; history++) {
                List<JournalEntry> entries = new ArrayList<>();
                for (int day = 0; day < 30; day++) {
                    int amount = 1 + random.nextInt(3 * amountOf(x.dosage()));
                    Exercise.Dosage logged = x.dosage().withAmount(x.dosage().isActivity() ? Math.max(60, amount / 60 * 60) : amount);
                    entries.add(session(x, day, logged, random.nextInt(x.dosage().totalSets() + 1), random.nextInt(11),
                            MorningAfter.values()[random.nextInt(MorningAfter.values().length)]));
                    Progression.Advice advice = Progression.advise(x, entries, random.nextBoolean() ? Level.SELF_CARE : null, null);
                    advices++;
                    check(x, advice, most, "history " + history + " day " + day + " logged " + logged, problems);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " advices run longer than the planner counts, e.g.\n"
                + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
        assertTrue(advices > 3000, "advised " + advices);
    }

    private static void check(Exercise x, Progression.Advice advice, int most, String when, List<String> problems) {
        if (advice.dose().guidedSeconds() > most) {
            problems.add(x.id() + " " + when + ": " + advice.kind() + " runs " + advice.dose().guidedSeconds() + " s, more than " + most);
        }
    }

    private static int amountOf(Exercise.Dosage d) {
        return d.isHold() ? d.holdSeconds() : d.reps();
    }

    private static JournalEntry session(Exercise x, int day, Exercise.Dosage dose, int sets, int pain, MorningAfter morning) {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-01-01T10:00:00Z").plusDays(day);
        ExerciseDone done = dose.isHold() ? new ExerciseDone(x.id(), sets, null, dose.holdSeconds(), pain, morning)
                : new ExerciseDone(x.id(), sets, dose.reps(), null, pain, morning);
        return new JournalEntry("d" + day, at, null, null, null, null, List.of(), List.of(), "", false, List.of(done), null);
    }

    /** No exercise of the catalog alone breaks the promise, so none can be planned and then never fit. */
    @Test
    void everyExerciseAtItsDoseLeavesRoomForTwoMore() {
        for (Exercise x : catalog.all()) {
            assertTrue(x.dosage().guidedSeconds() <= ExercisePlanner.SESSION_MINUTES * 60 / ExercisePlanner.MIN_SESSION + 60,
                    x.id() + " runs " + x.dosage().guidedSeconds() + " s");
        }
    }

    /** The doses stay ones a physiotherapist would sign: 2-3 sets, 8-15 reps (gentle movements from 5), 20-45 s holds, 15-60 s rest (15 s between stretches). */
    @Test
    void theDosesStayRealDoses() {
        for (Exercise x : catalog.all()) {
            Exercise.Dosage d = x.dosage();
            if (d.isActivity()) {
                continue; // a timed walk: its minutes are checked in ExerciseCatalogTest
            }
            assertTrue(d.sets() >= 2 && d.sets() <= 3, x.id() + " sets " + d.sets());
            if (d.isHold()) {
                assertTrue(d.holdSeconds() >= 20 && d.holdSeconds() <= 45, x.id() + " hold " + d.holdSeconds());
            } else {
                assertTrue(d.reps() >= 5 && d.reps() <= 15, x.id() + " reps " + d.reps());
            }
            assertTrue(d.restSeconds() >= 15 && d.restSeconds() <= 60, x.id() + " rest " + d.restSeconds());
        }
    }

    /** What the planner could pick for these places at this stage, once cautions are applied: the most the session could hold. */
    private List<Exercise> plannable(ExercisePlan plan, Assessment a) {
        List<Exercise> out = new ArrayList<>(catalog.forRegions(ExercisePlanner.regionsOf(a)));
        out.removeIf(x -> !RecoveryStage.allowed(a).contains(x.stage()) || plan.leftOut().stream().anyMatch(l -> l.exercise().id().equals(x.id())));
        return out;
    }

    private List<List<Region>> regionSets() {
        List<List<Region>> out = new ArrayList<>();
        Region[] all = Region.values();
        for (int i = 0; i < all.length; i++) {
            out.add(List.of(all[i]));
            for (int j = i + 1; j < all.length; j++) {
                out.add(List.of(all[i], all[j]));
            }
        }
        return out;
    }

    /** The ranker's list for these answers, none, and each cause of the places alone (as possible, since a likely one may hold exercises back). */
    private List<List<RankedCause>> causeLists(Assessment a, List<Region> regions) {
        List<List<RankedCause>> out = new ArrayList<>();
        out.add(ranker.rank(a));
        out.add(List.of());
        for (Cause c : ranker.book().causes()) {
            if (c.concernsAny(java.util.Set.copyOf(regions))) {
                out.add(List.of(new RankedCause(c, Likelihood.POSSIBLE, 3, List.of())));
            }
        }
        return out;
    }

    private static Assessment person(int age, List<Region> regions, int day, int conditions) {
        Map<String, Answer> facts = new HashMap<>();
        facts.put("sound", new Answer.Choice("click"));
        if (day != NO_INJURY) {
            facts.put("injury", Answer.YesNo.YES);
        }
        if (day >= 0) {
            facts.put("injury_days_ago", new Answer.Number(day));
        }
        for (int i = 0; i < CONDITION_FACTS.length; i++) {
            if ((conditions & 1 << i) != 0) {
                facts.put(CONDITION_FACTS[i], Answer.YesNo.YES);
            }
        }
        List<BodySite> sites = regions.stream().map(r -> r.isSpine() ? BodySite.spine(r) : new BodySite(r, Side.LEFT)).toList();
        return new Assessment(age, sites, facts);
    }
}
