package org.popcheck.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.body.Region;
import org.popcheck.causes.CauseBook;
import org.popcheck.check.PersonConditions;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.triage.Condition;
import org.popcheck.triage.Rule;
import org.popcheck.triage.TriageEngine;

/**
 * Review 12, found by a new-user trial: a check of the lower back alone listed pain down an arm and a
 * stiff neck, and an ankle's list named arm pain. A list names a sign only when a rule for one of
 * the picked places could fire on it (or a cause or an exercise caution of that place reads it), and
 * a sign the spec's "any region" rules keep everywhere is filed under a broader sign where it is not
 * about the place: pain down a leg or an arm under "pain shooting down an arm or a leg", a stiff
 * neck under the fever.
 */
class SignsFitThePlaceTest {

    private static final FactCatalog CATALOG = FactCatalog.standard();
    private static final List<Rule> RULES = TriageEngine.standard().rules().rules();
    private static final Map<Region, Set<String>> CAUSE_FACTS = CauseBook.standard().factsReadByRegion();
    private static final Map<Region, Set<String>> CAUTION_FACTS = PersonConditions.factsReadByCautions(ExerciseCatalog.standard());

    private final CheckPlanner planner = CheckPlanner.standard();

    private static final List<Set<Region>> PLACES = places();

    private static List<Set<Region>> places() {
        List<Set<Region>> out = new ArrayList<>();
        for (Region r : Region.values()) {
            out.add(EnumSet.of(r));
        }
        out.add(EnumSet.of(Region.ANKLE, Region.HIP));
        out.add(EnumSet.of(Region.SPINE_NECK, Region.SPINE_LOWER));
        out.add(EnumSet.of(Region.FOOT, Region.SPINE_UPPER));
        return out;
    }

    /**
     * Every sign a check asks after the popping (in a list or as a follow-up) is needed by the picked
     * places: a rule for one of them names it, or names a sign that waits for it; or a cause or an
     * exercise caution of one of them reads it. Read from the rule, cause and exercise files, not
     * from the planner's own judgement.
     */
    @Test
    void everySignAskedIsNeededByARuleCauseOrCautionOfAPickedPlace() {
        List<String> strays = new ArrayList<>();
        for (Set<Region> regions : PLACES) {
            Set<String> needed = neededBy(regions);
            for (int age : List.of(6, 40, 70)) {
                for (int pain : List.of(0, 5)) {
                    for (boolean injury : List.of(false, true)) {
                        Map<String, Answer> answers = popping(pain, injury);
                        for (String id : CheckPlanner.factsOf(planner.warnings(age, regions, answers))) {
                            if (!needed.contains(id) && !answers.containsKey(id)) {
                                strays.add(id + " for " + regions + " at " + age + ", pain " + pain + (injury ? ", injured" : ""));
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), strays);
    }

    /** The trial's check: a lower back alone. */
    @Test
    void aLowerBackCheckListsNeitherArmPainNorAStiffNeck() {
        Set<Region> back = EnumSet.of(Region.SPINE_LOWER);
        List<String> listed = listed(planner.warnings(50, back, popping(4, false)));
        assertFalse(listed.contains("radiating_arm_pain"), listed.toString());
        assertFalse(listed.contains("neck_stiff_with_fever"), listed.toString());
        assertTrue(listed.contains("radiating_pain"), "pain down a leg is about the back: " + listed);
        // What a back check still asks about another part is there because a rule for the back needs it.
        Map<String, Answer> opened = popping(4, false);
        opened.put("radiating_pain", Answer.YesNo.YES);
        opened.put("fever", Answer.YesNo.YES);
        List<String> asked = CheckPlanner.factsOf(planner.warnings(50, back, opened));
        for (String other : List.of("radiating_arm_pain", "neck_stiff_with_fever", "cast_too_tight", "joint_replacement", "limb_cold_pale")) {
            if (asked.contains(other)) {
                assertTrue(RULES.stream().anyMatch(r -> concerns(r, back) && names(r, other)), other + " asked with no rule for the back");
            }
        }
    }

    @Test
    void aLegOrHipCheckListsNoPainDownAnArm() {
        for (Region r : List.of(Region.ANKLE, Region.FOOT, Region.HIP)) {
            for (int pain : List.of(1, 6)) {
                List<String> listed = listed(planner.warnings(40, EnumSet.of(r), popping(pain, false)));
                assertFalse(listed.contains("radiating_arm_pain"), r + ": " + listed);
                assertTrue(listed.contains("radiating_pain"), r + ": " + listed);
            }
        }
    }

    /** Filing a sign under a broader one keeps it: a yes or a not sure to the broader sign asks it next. */
    @Test
    void aSignFiledUnderABroaderOneIsAskedRightAfterItsListWhenThatIsYesOrNotSure() {
        for (Answer.YesNo open : List.of(Answer.YesNo.YES, Answer.YesNo.UNSURE)) {
            for (Set<Region> regions : PLACES) {
                Map<String, Answer> answers = popping(4, false);
                answers.put("radiating_pain", open);
                answers.put("fever", open);
                List<PlanScreen> screens = planner.warnings(40, regions, answers);
                assertFollows(screens, "radiating_pain", "radiating_leg_pain", regions);
                assertFollows(screens, "radiating_pain", "radiating_arm_pain", regions);
                boolean spine = regions.stream().anyMatch(Region::isSpine);
                assertEquals(spine, CheckPlanner.factsOf(screens).contains("neck_stiff_with_fever"), regions + ": " + screens);
                if (spine) {
                    assertFollows(screens, "fever", "neck_stiff_with_fever", regions);
                }
            }
        }
        Map<String, Answer> no = popping(4, false);
        no.put("radiating_pain", Answer.YesNo.NO);
        no.put("fever", Answer.YesNo.NO);
        List<String> asked = CheckPlanner.factsOf(planner.warnings(40, EnumSet.of(Region.SPINE_NECK), no));
        assertFalse(asked.contains("radiating_arm_pain") || asked.contains("neck_stiff_with_fever"), asked.toString());
    }

    /** The follow-up comes after the list that holds its broader sign, before the next list. */
    private static void assertFollows(List<PlanScreen> screens, String broader, String filed, Set<Region> regions) {
        int list = -1;
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).kind() == PlanScreen.Kind.LIST && screens.get(i).facts().contains(broader)) {
                list = i;
            }
        }
        assertTrue(list >= 0, broader + " in no list for " + regions + ": " + screens);
        for (int i = list + 1; i < screens.size() && screens.get(i).kind() == PlanScreen.Kind.QUESTION; i++) {
            if (screens.get(i).facts().contains(filed)) {
                return;
            }
        }
        throw new AssertionError(filed + " not asked right after the list with " + broader + " for " + regions + ": " + screens);
    }

    private static Map<String, Answer> popping(int pain, boolean injury) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("sound", new Answer.Choice("crack"));
        answers.put("frequency", new Answer.Choice("daily"));
        answers.put("pain", new Answer.Number(pain));
        answers.put("duration_days", new Answer.Number(90));
        answers.put("injury", injury ? Answer.YesNo.YES : Answer.YesNo.NO);
        if (injury) {
            answers.put("injury_days_ago", new Answer.Number(2));
        }
        return answers;
    }

    private static List<String> listed(List<PlanScreen> screens) {
        return screens.stream().filter(s -> s.kind() == PlanScreen.Kind.LIST).flatMap(s -> s.facts().stream()).toList();
    }

    /** The facts the picked places' rules, causes and cautions read, and the signs those wait for in the wizard. */
    private static Set<String> neededBy(Set<Region> regions) {
        Set<String> out = new HashSet<>();
        for (Rule rule : RULES) {
            if (concerns(rule, regions)) {
                rule.when().alternatives().forEach(alt -> alt.forEach(atom -> out.addAll(factsOf(atom))));
            }
        }
        regions.forEach(r -> out.addAll(CAUSE_FACTS.getOrDefault(r, Set.of())));
        regions.forEach(r -> out.addAll(CAUTION_FACTS.getOrDefault(r, Set.of())));
        List<String> todo = new ArrayList<>(out);
        while (!todo.isEmpty()) {
            FactDefinition f = CATALOG.find(todo.remove(0)).orElseThrow();
            f.askedAfter().stream().filter(out::add).forEach(todo::add);
        }
        return out;
    }

    private static boolean concerns(Rule rule, Set<Region> regions) {
        return rule.isPersonWide() || regions.stream().anyMatch(rule.regions()::contains);
    }

    private static boolean names(Rule rule, String fact) {
        return rule.when().alternatives().stream().anyMatch(alt -> alt.stream().anyMatch(atom -> factsOf(atom).contains(fact)));
    }

    private static List<String> factsOf(Condition atom) {
        if (atom instanceof Condition.Yes y) {
            return List.of(y.fact());
        }
        if (atom instanceof Condition.NumberAtLeast n) {
            return List.of(n.fact());
        }
        if (atom instanceof Condition.Is is) {
            return List.of(is.fact());
        }
        if (atom instanceof Condition.Injury) {
            return List.of("injury", "major_trauma", "fall_from_standing", "injury_days_ago");
        }
        return List.of();
    }
}
