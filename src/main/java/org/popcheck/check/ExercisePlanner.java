package org.popcheck.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.Region;
import org.popcheck.causes.CauseExercise;
import org.popcheck.causes.Likelihood;
import org.popcheck.causes.RankedCause;
import org.popcheck.exercise.Caution;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.exercise.ExercisePlan;
import org.popcheck.exercise.PersonCondition;
import org.popcheck.exercise.PlannedExercise;
import org.popcheck.exercise.Progression;
import org.popcheck.exercise.Stage;
import org.popcheck.triage.Level;
import org.popcheck.triage.Suspicion;
import org.popcheck.triage.TriageResult;

/**
 * Picks one session of three or four exercises (about {@value #SESSION_MINUTES} minutes) by cause, region,
 * recovery stage and the person's conditions.
 *
 * <ol>
 * <li>Gating first, never weakened: none when the triage result does not allow exercises
 * (consultation_24 and above, or a rule that suspects a fracture, infection, nerve problem...), and none
 * when a likely cause holds them back until examined (damage from an injury).</li>
 * <li>Candidates: the exercises of each cause, most likely cause first, that fit a region checked; then
 * the region's own exercises in catalog order.</li>
 * <li>Stage ({@link RecoveryStage}): after a recent injury only the kinds of exercise its stage allows,
 * each allowed kind given a place before any kind gets two, ordered gentle movement, then strength, then
 * balance.</li>
 * <li>Cautions ({@link PersonConditions}): an exercise with an "avoid" caution for the person is left out
 * and its {@code instead} takes its place when that one is allowed too; "adapt" cautions stay with the
 * exercise so the screens can say how to do it safely.</li>
 * <li>Size: candidates in that order while the session stays within {@value #SESSION_MINUTES} minutes as the
 * guided timer runs them ({@link Exercise.Dosage#guidedSeconds}: getting ready, every side, rests and side
 * changes) at the largest dose progression can give each ({@link Progression#largestDose}), one that would run over
 * giving way to a shorter one further down; at most {@value #SESSION_SIZE}.
 * The catalog's doses are set so that {@value #MIN_SESSION} always fit (a test walks every plannable session).</li>
 * </ol>
 */
public final class ExercisePlanner {

    /** The most exercises in one session (spec/result-design.md; issue 21). */
    public static final int SESSION_SIZE = 4;

    /** Exercises a session holds when the places checked offer that many (the catalog's doses are set for it). */
    public static final int MIN_SESSION = 3;

    /** The most a session may last, as the guided timer runs it: the "about 15 minutes" the screens promise. */
    public static final int SESSION_MINUTES = 15;

    private final ExerciseCatalog catalog;

    public ExercisePlanner(ExerciseCatalog catalog) {
        this.catalog = catalog;
    }

    /** The session for a check: the triage result (gating), the ranked causes and the answers (regions, stage, conditions). */
    public ExercisePlan plan(TriageResult triage, List<RankedCause> causes, Assessment assessment) {
        Level level = triage.level();
        if (!triage.allowsExercises()) {
            return ExercisePlan.none(level, triage.exercisesWithheld());
        }
        Set<Suspicion> held = new LinkedHashSet<>();
        causes.stream().filter(c -> c.likelihood() == Likelihood.LIKELY).forEach(c -> held.addAll(c.cause().holdsExercises()));
        if (!held.isEmpty()) {
            return ExercisePlan.none(level, List.copyOf(held));
        }
        Set<PersonCondition> conditions = PersonConditions.of(assessment, triage);
        Set<Stage> stages = RecoveryStage.allowed(assessment);
        List<PlannedExercise> candidates = new ArrayList<>();
        List<ExercisePlan.LeftOut> leftOut = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        Set<Region> regions = regionsOf(assessment);
        for (PlannedExercise wanted : wanted(causes, regions)) {
            Exercise x = wanted.exercise();
            if (!stages.contains(x.stage()) || taken.contains(x.id())) {
                continue;
            }
            Optional<Caution> avoid = avoidCaution(x, conditions);
            if (avoid.isEmpty()) {
                taken.add(x.id());
                candidates.add(new PlannedExercise(x, wanted.why(), wanted.causeId(), adaptCautions(x, conditions), null));
                continue;
            }
            leftOut.add(new ExercisePlan.LeftOut(x, avoid.get()));
            avoid.get().insteadId().flatMap(catalog::find)
                    .filter(in -> stages.contains(in.stage()) && avoidCaution(in, conditions).isEmpty() && taken.add(in.id()))
                    .ifPresent(in -> candidates.add(new PlannedExercise(in, in.purpose(regions), wanted.causeId(), adaptCautions(in, conditions), x.id())));
        }
        List<PlannedExercise> chosen;
        if (RecoveryStage.recentInjury(assessment)) {
            // Each stage the recovery allows gets its place before any stage gets a second one (a week-2
            // ankle gets strength work, not three stretches), then the session reads gentle movement first.
            chosen = new ArrayList<>(session(eachStageFirst(candidates)));
            chosen.sort(Comparator.comparing(p -> p.exercise().stage()));
        } else {
            chosen = session(candidates);
        }
        return new ExercisePlan(level, chosen, level == Level.CONSULTATION, List.of(), conditions, leftOut);
    }

    /** Cause exercises that fit a region, most likely cause first, then the regions' own exercises. */
    private List<PlannedExercise> wanted(List<RankedCause> causes, Set<Region> regions) {
        List<PlannedExercise> out = new ArrayList<>();
        for (RankedCause c : causes) {
            for (CauseExercise ce : c.cause().exercises()) {
                catalog.find(ce.exerciseId()).filter(x -> fits(x, regions)).ifPresent(x -> out.add(new PlannedExercise(x, c.why(ce, x.regions()), c.cause().id())));
            }
        }
        catalog.forRegions(regions).forEach(x -> out.add(new PlannedExercise(x, x.purpose(regions), null)));
        return out;
    }

    /** The candidates with the first of each stage (in stage order) moved to the front, the rest in their order. */
    static List<PlannedExercise> eachStageFirst(List<PlannedExercise> candidates) {
        List<PlannedExercise> firsts = new ArrayList<>();
        List<PlannedExercise> rest = new ArrayList<>();
        Set<Stage> seen = java.util.EnumSet.noneOf(Stage.class);
        for (PlannedExercise p : candidates) {
            (seen.add(p.exercise().stage()) ? firsts : rest).add(p);
        }
        firsts.sort(Comparator.comparing(p -> p.exercise().stage()));
        firsts.addAll(rest);
        return firsts;
    }

    /**
     * Candidates in order while the session stays within {@value #SESSION_MINUTES} minutes by the timer's own
     * count, up to {@value #SESSION_SIZE}; one that would run over is passed by for a shorter one further down.
     */
    private static List<PlannedExercise> session(List<PlannedExercise> candidates) {
        List<PlannedExercise> out = new ArrayList<>();
        int seconds = 0;
        for (PlannedExercise p : candidates) {
            if (out.size() >= SESSION_SIZE) {
                break;
            }
            // counted at the largest dose progression can give it, so the session still fits after any progression
            int more = Progression.largestDose(p.exercise()).guidedSeconds();
            if (seconds + more <= SESSION_MINUTES * 60) {
                out.add(p);
                seconds += more;
            }
        }
        return out;
    }

    private static Optional<Caution> avoidCaution(Exercise x, Set<PersonCondition> conditions) {
        return x.cautions().stream().filter(c -> c.action() == Caution.Action.AVOID && conditions.contains(c.condition())).findFirst();
    }

    private static List<Caution> adaptCautions(Exercise x, Set<PersonCondition> conditions) {
        return x.cautions().stream().filter(c -> c.action() == Caution.Action.ADAPT && conditions.contains(c.condition())).toList();
    }

    private static boolean fits(Exercise x, Set<Region> regions) {
        return x.regions().stream().anyMatch(regions::contains);
    }

    /** The regions of the sites assessed. */
    static Set<Region> regionsOf(Assessment a) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        a.sites().forEach(s -> regions.add(s.region()));
        return regions;
    }
}
