package org.popcheck.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.body.Region;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.exercise.PersonCondition;

/** Where the check asks "Are you pregnant?": only at ages 12 to 55, and only for places whose exercises have a pregnancy caution. */
class PregnancyQuestionTest {

    private final CheckPlanner planner = CheckPlanner.standard();

    private boolean asked(int age, Region region) {
        return CheckPlanner.factsOf(planner.warnings(age, Set.of(region), Map.of())).contains("pregnant");
    }

    @ParameterizedTest(name = "age {0}, {1}: asked {2}")
    @CsvSource({
        "30, SPINE_LOWER, true", "30, HIP, true", "30, ANKLE, true", "30, FOOT, true",
        "12, HIP, true", "55, HIP, true", "11, HIP, false", "56, HIP, false", "80, SPINE_LOWER, false",
        "30, SPINE_NECK, false", "30, SPINE_UPPER, false",
    })
    void theQuestionIsAskedOnlyWhereItCanChangeThePlan(int age, Region region, boolean expected) {
        assertEquals(expected, asked(age, region));
    }

    @Test
    void theQuestionsScopeIsExactlyThePlacesOfTheExercisesWithAPregnancyCaution() {
        Set<Region> withCaution = EnumSet.noneOf(Region.class);
        for (Exercise e : ExerciseCatalog.standard().all()) {
            if (!e.cautionsFor(PersonCondition.PREGNANT).isEmpty()) {
                withCaution.addAll(e.regions());
            }
        }
        FactDefinition pregnant = FactCatalog.standard().find("pregnant").orElseThrow();
        assertEquals(withCaution, pregnant.scope());
        assertFalse(pregnant.raises(), "a pregnancy answer must never raise the level");
        assertTrue(pregnant.appliesToAge(30) && !pregnant.appliesToAge(70));
    }
}
