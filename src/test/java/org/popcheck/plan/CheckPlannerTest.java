package org.popcheck.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.AssessmentJson;

/** The goal of issue 13, and the shape of a check's screens. */
class CheckPlannerTest {

    private final CheckPlanner planner = CheckPlanner.standard();

    /** The README's table: answers from Start to the result when every sign is "no". */
    @ParameterizedTest(name = "{0}: at most {2}")
    @CsvSource(delimiter = '|', textBlock = """
            painless ankle click            | {"age": 30, "regions": [{"region": "ankle", "side": "left"}], "facts": {"sound": "click", "frequency": "sometimes", "pain": 0, "duration_days": 60}} | 12
            painless foot pop               | {"age": 45, "regions": [{"region": "foot", "side": "right"}], "facts": {"sound": "pop", "frequency": "rarely", "pain": 0, "duration_days": 10}} | 12
            painless hip snap               | {"age": 22, "regions": [{"region": "hip", "side": "right"}], "facts": {"sound": "snap", "frequency": "daily", "pain": 0, "duration_days": 200}} | 12
            painless neck crack             | {"age": 41, "regions": [{"region": "spine_neck", "side": "center"}], "facts": {"sound": "crack", "frequency": "daily", "pain": 0, "duration_days": 400}} | 12
            painless upper back crack       | {"age": 38, "regions": [{"region": "spine_upper", "side": "center"}], "facts": {"sound": "crack", "frequency": "sometimes", "pain": 0, "duration_days": 30}} | 12
            painless lower back crack       | {"age": 50, "regions": [{"region": "spine_lower", "side": "center"}], "facts": {"sound": "crack", "frequency": "daily", "pain": 0, "duration_days": 90}} | 12
            recent ankle sprain             | {"age": 34, "regions": [{"region": "ankle", "side": "left"}], "facts": {"sound": "pop", "frequency": "rarely", "pain": 6, "duration_days": 2, "injury": true}} | 20
            three places at once            | {"age": 60, "regions": [{"region": "ankle", "side": "left"}, {"region": "hip", "side": "right"}, {"region": "spine_lower", "side": "center"}], "facts": {"sound": "grind", "frequency": "daily", "pain": 3, "duration_days": 300}} | 20
            """)
    void aCheckTakesFewAnswers(String name, String json, int atMost) throws Exception {
        Assessment a = AssessmentJson.standard().read(json);
        int needed = planner.answersNeeded(a);
        System.out.printf("answers needed: %-28s %d%n", name, needed);
        assertTrue(needed <= atMost, name + " takes " + needed + " answers: " + planner.screens(a));
    }

    @Test
    void everyCheckOpensWithTheEmergencySignsAsOneList() throws Exception {
        Assessment a = AssessmentJson.standard().read("{\"age\": 30, \"regions\": [{\"region\": \"hip\", \"side\": \"left\"}], \"facts\": {}}");
        PlanScreen first = planner.screens(a).get(0);
        assertEquals(PlanScreen.Kind.LIST, first.kind());
        assertEquals(SignTier.EMERGENCY, first.tier());
        assertEquals(8, first.facts().size());
    }

    @Test
    void afterNoInjuryNothingIsAskedAboutHowAnInjuryHappened() throws Exception {
        Assessment a = AssessmentJson.standard().read("{\"age\": 30, \"regions\": [{\"region\": \"ankle\", \"side\": \"left\"}],"
                + " \"facts\": {\"pain\": 3, \"duration_days\": 5, \"injury\": false}}");
        List<String> asked = CheckPlanner.factsOf(planner.screens(a));
        for (String f : List.of("major_trauma", "fall_from_standing", "crack_at_injury", "tender_outer_ankle_bone", "injury_days_ago")) {
            assertFalse(asked.contains(f), f + " asked after no injury");
        }
        Assessment injured = a.with("injury", Answer.YesNo.YES);
        List<String> then = CheckPlanner.factsOf(planner.screens(injured));
        assertTrue(then.containsAll(List.of("major_trauma", "fall_from_standing", "crack_at_injury", "tender_outer_ankle_bone")), then.toString());
        assertEquals(then.indexOf("injury") + 1, then.indexOf("injury_days_ago"), "the date is asked right after the injury: " + then);
    }

    @Test
    void withNoPainNothingIsAskedAboutPain() throws Exception {
        Assessment a = AssessmentJson.standard().read("{\"age\": 30, \"regions\": [{\"region\": \"spine_lower\", \"side\": \"center\"}],"
                + " \"facts\": {\"pain\": 0, \"duration_days\": 5}}");
        List<String> asked = CheckPlanner.factsOf(planner.screens(a));
        for (String f : List.of("night_pain", "radiating_pain", "radiating_leg_pain", "wakes_late_night", "cancer_history", "unexplained_weight_loss")) {
            assertFalse(asked.contains(f), f + " asked with no pain");
        }
        List<String> withPain = CheckPlanner.factsOf(planner.screens(a.with("pain", new Answer.Number(4))));
        assertTrue(withPain.containsAll(List.of("night_pain", "radiating_pain", "cancer_history")), withPain.toString());
    }

    @Test
    void aFollowUpComesRightAfterItsListOnlyOnceItsSignIsYesOrNotSure() throws Exception {
        Assessment a = AssessmentJson.standard().read("{\"age\": 30, \"regions\": [{\"region\": \"ankle\", \"side\": \"left\"}],"
                + " \"facts\": {\"pain\": 2, \"duration_days\": 5}}");
        assertFalse(CheckPlanner.factsOf(planner.screens(a)).contains("bruising_days"));
        List<PlanScreen> screens = planner.screens(a.with("bruise", Answer.YesNo.UNSURE));
        int list = indexOfListWith(screens, "bruise");
        assertEquals(List.of("bruising_days"), screens.get(list + 1).facts());
    }

    private static int indexOfListWith(List<PlanScreen> screens, String fact) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).kind() == PlanScreen.Kind.LIST && screens.get(i).facts().contains(fact)) {
                return i;
            }
        }
        throw new AssertionError(fact + " in no list: " + screens);
    }

    @Test
    void theListsComeMostUrgentFirst() throws Exception {
        Assessment a = AssessmentJson.standard().read("{\"age\": 50, \"regions\": [{\"region\": \"hip\", \"side\": \"left\"}],"
                + " \"facts\": {\"pain\": 5, \"duration_days\": 20, \"injury\": true}}");
        List<SignTier> tiers = planner.screens(a).stream().filter(s -> s.kind() == PlanScreen.Kind.LIST).map(PlanScreen::tier).toList();
        assertEquals(List.of(SignTier.EMERGENCY, SignTier.SAME_DAY, SignTier.WITHIN_A_DAY, SignTier.WITHIN_WEEKS), tiers);
        Map<String, SignTier> some = Map.of("leg_short_turned_out", SignTier.SAME_DAY, "unexplained_weight_loss", SignTier.WITHIN_A_DAY,
                "locking", SignTier.WITHIN_WEEKS);
        some.forEach((fact, tier) -> assertEquals(tier, planner.tierOf(fact), fact));
    }

    /** Review 11: a cast or splint is also worn after an operation, with no injury (compartment syndrome under a cast). */
    @Test
    void aTightCastIsAskedWithoutAnInjury() throws Exception {
        for (String region : List.of("foot", "ankle", "hip", "spine_lower")) {
            Assessment a = AssessmentJson.standard().read("{\"age\": 58, \"regions\": [{\"region\": \"" + region + "\", \"side\": \""
                    + (region.startsWith("spine") ? "center" : "left") + "\"}], \"facts\": {\"pain\": 6, \"duration_days\": 4, \"injury\": false}}");
            List<PlanScreen> screens = planner.screens(a);
            assertTrue(CheckPlanner.factsOf(screens).contains("cast_too_tight"), region + ": " + screens);
            assertEquals(SignTier.SAME_DAY, screens.get(indexOfListWith(screens, "cast_too_tight")).tier(), region);
        }
    }

    /**
     * Trial 13: with saddle numbness ticked (the emergency department now), the wizard still asked about
     * weight loss, bruises, pregnancy and desk sitting before the result. A list is chosen with the
     * answers of the more urgent lists before it; at an emergency level, what can neither raise the
     * level nor show on the result (the causes are not shown there) is not asked.
     */
    @Test
    void onceTheListsBeforeGiveAnEmergencyLevelTheLessUrgentListsAreNotAsked() throws Exception {
        Assessment a = AssessmentJson.standard().read("{\"age\": 40, \"regions\": [{\"region\": \"spine_lower\", \"side\": \"center\"}],"
                + " \"facts\": {\"sound\": \"crack\", \"frequency\": \"daily\", \"pain\": 2, \"duration_days\": 30, \"injury\": false}}");
        List<SignTier> before = tiersOf(planner.screens(a));
        assertTrue(before.containsAll(List.of(SignTier.WITHIN_A_DAY, SignTier.WITHIN_WEEKS)), "all no so far: " + before);
        for (Answer saddle : List.of(Answer.YesNo.YES, Answer.YesNo.UNSURE)) {
            List<PlanScreen> screens = planner.screens(a.with("saddle_numbness", saddle));
            assertEquals(List.of(SignTier.EMERGENCY, SignTier.SAME_DAY), tiersOf(screens), saddle + ": " + screens);
        }
        assertEquals(before, tiersOf(planner.screens(a.with("saddle_numbness", Answer.YesNo.NO))), "a no changes nothing");
    }

    private static List<SignTier> tiersOf(List<PlanScreen> screens) {
        return screens.stream().filter(s -> s.kind() == PlanScreen.Kind.LIST).map(PlanScreen::tier).toList();
    }
}
