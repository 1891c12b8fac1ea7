package org.popcheck.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.Region;
import org.popcheck.causes.CauseExercise;
import org.popcheck.causes.Likelihood;
import org.popcheck.causes.RankedCause;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.exercise.ExercisePlan;
import org.popcheck.exercise.PlannedExercise;
import org.popcheck.triage.Level;
import org.popcheck.triage.Suspicion;
import org.popcheck.triage.TriageResult;

/**
 * Picks the session's exercises by cause as well as by region. Gating first: none when the triage
 * result does not allow exercises (consultation_24 and above, or a rule that suspects a fracture,
 * infection, nerve problem...), and none when a likely cause holds them back until examined (damage
 * from an injury). Then the exercises of each cause, most likely cause first, that fit a region
 * checked; then the region's own exercises, up to {@value #SESSION_SIZE} in all.
 */
public final class ExercisePlanner {

    /** A session of three or four exercises (spec/result-design.md); a full plan is a later issue. */
    public static final int SESSION_SIZE = 4;

    private final ExerciseCatalog catalog;

    public ExercisePlanner(ExerciseCatalog catalog) {
        this.catalog = catalog;
    }

    public ExercisePlan plan(TriageResult triage, List<RankedCause> causes, Set<Region> regions) {
        Level level = triage.level();
        if (!triage.allowsExercises()) {
            return ExercisePlan.none(level, triage.exercisesWithheld());
        }
        Set<Suspicion> held = new LinkedHashSet<>();
        causes.stream().filter(c -> c.likelihood() == Likelihood.LIKELY).forEach(c -> held.addAll(c.cause().holdsExercises()));
        if (!held.isEmpty()) {
            return ExercisePlan.none(level, List.copyOf(held));
        }
        List<PlannedExercise> items = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (RankedCause c : causes) {
            for (CauseExercise ce : c.cause().exercises()) {
                catalog.find(ce.exerciseId())
                        .filter(x -> fits(x, regions))
                        .filter(x -> items.size() < SESSION_SIZE && taken.add(x.id()))
                        .ifPresent(x -> items.add(new PlannedExercise(x, ce.why(), c.cause().id())));
            }
        }
        for (Exercise x : catalog.forRegions(regions)) {
            if (items.size() < SESSION_SIZE && taken.add(x.id())) {
                items.add(new PlannedExercise(x, x.purpose(), null));
            }
        }
        return new ExercisePlan(level, items, level == Level.CONSULTATION, List.of());
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
