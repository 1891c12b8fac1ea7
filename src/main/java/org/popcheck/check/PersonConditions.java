package org.popcheck.check;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.Region;
import org.popcheck.exercise.Caution;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.exercise.PersonCondition;
import org.popcheck.triage.RecentInjury;
import org.popcheck.triage.Suspicion;
import org.popcheck.triage.TriageResult;

/**
 * Which conditions of the exercise cautions hold for a person, read from their answers (a yes or an
 * "unsure" counts, as for every safety reading). The mapping is the one of the catalog's cautions
 * (notes of issue 21): osteoporosis from osteoporosis_or_steroids or bisphosphonate_long_term; a hip
 * replacement from joint_replacement when the hip is among the places checked; neuropathy from
 * diabetes_or_neuropathy or numbness_tingling; pregnant from PopCheck's own fact {@code pregnant};
 * possible fracture from a rule that suspects one; 65 and over from the age.
 *
 * <p>Swelling counts at any time. Giving way counts only within {@value #EARLY_DAYS} days of an injury
 * (or after an injury of unknown date): early on it says the joint needs protecting, while long after a
 * sprain it is the instability that balance and strength work treat (JOSPT ankle guideline, 2021).
 */
public final class PersonConditions {

    /** Days after an injury during which a joint that gives way is protected from loaded work. */
    public static final int EARLY_DAYS = 42;

    /** The age from which floor work and balance work get their older-person cautions. */
    public static final int OLDER_AGE = 65;

    /**
     * Below this age an exercise plan says that an adult should watch and that fewer repetitions are fine
     * (review 13): the catalogue's body-weight and light-band work suits school-age children with good
     * technique and supervision, not as an adult programme (AAP 2020; Lloyd et al. 2014). Under five no
     * plan is made at all (the rule young-child-any-complaint withholds it).
     */
    public static final int SUPERVISED_UNDER = 16;

    private PersonConditions() {}

    /** True when a plan for this person should say that an adult watches: a child under {@value #SUPERVISED_UNDER}. */
    public static boolean childToBeWatched(Assessment a) {
        return a.age() < SUPERVISED_UNDER;
    }

    /**
     * The answers {@link #of} reads to decide whether a condition holds for a check of this region:
     * fact ids of assets/assessment/facts.json, empty when the condition comes from the age or from the
     * triage rules (a possible fracture). A hip replacement counts only where the hip is checked, so
     * {@code joint_replacement} is read for the hip alone.
     */
    public static Set<String> factsRead(PersonCondition condition, Region region) {
        return switch (condition) {
            case OSTEOPOROSIS -> Set.of("osteoporosis_or_steroids", "bisphosphonate_long_term");
            case HIP_REPLACEMENT -> region == Region.HIP ? Set.of("joint_replacement") : Set.of();
            case NEUROPATHY -> Set.of("diabetes_or_neuropathy", "numbness_tingling");
            case PREGNANT -> Set.of("pregnant");
            case SWELLING_OR_GIVING_WAY -> Set.of("swelling", "giving_way");
            case POSSIBLE_FRACTURE, AGE_65_PLUS -> Set.of();
        };
    }

    /**
     * Per region: every fact that a caution of an exercise the plan can pick for that region reads
     * (the region's exercises, and the {@code instead} of an "avoid" caution that can hold there, followed
     * on). The check must ask these wherever exercises may be planned, or a caution silently does not
     * apply (a hip replacement given kneeling work). Derived from the catalog so a new caution is asked
     * without a hand-kept list. Regions without exercises map to an empty set.
     */
    public static Map<Region, Set<String>> factsReadByCautions(ExerciseCatalog catalog) {
        Map<Region, Set<String>> out = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            Set<String> facts = new LinkedHashSet<>();
            Set<String> seen = new LinkedHashSet<>();
            catalog.forRegions(Set.of(region)).forEach(x -> collect(x, region, catalog, facts, seen));
            out.put(region, Set.copyOf(facts));
        }
        return out;
    }

    private static void collect(Exercise x, Region region, ExerciseCatalog catalog, Set<String> facts, Set<String> seen) {
        if (!seen.add(x.id())) {
            return;
        }
        for (Caution c : x.cautions()) {
            Set<String> read = factsRead(c.condition(), region);
            facts.addAll(read);
            boolean canHoldHere = !read.isEmpty() || c.condition() == PersonCondition.POSSIBLE_FRACTURE
                    || c.condition() == PersonCondition.AGE_65_PLUS;
            if (c.action() == Caution.Action.AVOID && canHoldHere) {
                c.insteadId().flatMap(catalog::find).ifPresent(in -> collect(in, region, catalog, facts, seen));
            }
        }
    }

    /**
     * The conditions that hold for these answers. Those read from answers use {@link #factsRead} for the
     * places checked, so what the check asks and what the plan reads are one mapping.
     */
    public static Set<PersonCondition> of(Assessment a, TriageResult triage) {
        Set<PersonCondition> out = EnumSet.noneOf(PersonCondition.class);
        for (PersonCondition c : EnumSet.of(PersonCondition.OSTEOPOROSIS, PersonCondition.HIP_REPLACEMENT,
                PersonCondition.NEUROPATHY, PersonCondition.PREGNANT)) {
            if (a.sites().stream().anyMatch(site -> factsRead(c, site.region()).stream().anyMatch(a::yes))) {
                out.add(c);
            }
        }
        if (a.yes("swelling") || (a.yes("giving_way") && RecentInjury.within(a, EARLY_DAYS))) {
            out.add(PersonCondition.SWELLING_OR_GIVING_WAY);
        }
        if (triage.exercisesWithheld().contains(Suspicion.FRACTURE)) {
            out.add(PersonCondition.POSSIBLE_FRACTURE);
        }
        if (a.age() >= OLDER_AGE) {
            out.add(PersonCondition.AGE_65_PLUS);
        }
        return out;
    }
}
