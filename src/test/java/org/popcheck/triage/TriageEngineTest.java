package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

class TriageEngineTest {

    private final TriageEngine engine = TriageEngine.standard();

    private static final BodySite LEFT_ANKLE = new BodySite(Region.ANKLE, Side.LEFT);

    private static Assessment ankle(Map<String, Answer> facts) {
        return new Assessment(34, List.of(LEFT_ANKLE), facts);
    }

    private static Answer.Number n(int v) {
        return new Answer.Number(v);
    }

    @Test
    void painlessPoppingWithNoWarningSignIsSelfCareWithNoReasonAndNothingWithheld() {
        TriageResult r = engine.evaluate(ankle(Map.of("pain", n(0))), "112");
        assertEquals(Level.SELF_CARE, r.level());
        assertTrue(r.reasons().isEmpty());
        assertTrue(r.allowsExercises());
    }

    @Test
    void anUnsureOttawaAnswerAfterARecentInjuryMeansTheEmergencyDepartment() {
        TriageResult r = engine.evaluate(ankle(Map.of(
                "injury", Answer.YesNo.YES, "injury_days_ago", n(2), "tender_outer_ankle_bone", Answer.YesNo.UNSURE)), "911");
        assertEquals(Level.EMERGENCY, r.level());
        Reason first = r.reasons().get(0);
        assertEquals("ottawa-ankle-foot", first.rule());
        assertEquals(LEFT_ANKLE, first.site());
        assertEquals(List.of("injury", "injury_days_ago", "tender_outer_ankle_bone"), first.facts());
        assertTrue(r.advice().contains("911"));
        assertFalse(r.allowsExercises());
    }

    @Test
    void chestPainCallsTheAmbulanceAndIsAPersonWideReason() {
        TriageResult r = engine.evaluate(ankle(Map.of("chest_pain_or_breathless", Answer.YesNo.YES)), "999");
        assertEquals(Level.EMERGENCY_AMBULANCE, r.level());
        assertNull(r.reasons().get(0).site());
        assertTrue(r.advice().contains("999"));
        assertTrue(r.watchFor().isEmpty(), "nothing is more urgent than the ambulance");
    }

    @Test
    void reasonsListEveryRuleThatFiredMostUrgentFirst() {
        TriageResult r = engine.evaluate(ankle(Map.of(
                "pain", n(8), "locking", Answer.YesNo.YES, "hot_red_joint", Answer.YesNo.YES, "fever", Answer.YesNo.YES)), "112");
        List<String> rules = r.reasons().stream().map(Reason::rule).toList();
        assertEquals(List.of("fever-with-hot-or-swollen-joint", "fever-with-joint-pain", "hot-red-joint", "mechanical-symptoms", "severe-pain"), rules);
        for (int i = 1; i < r.reasons().size(); i++) {
            assertTrue(r.reasons().get(i - 1).level().compareTo(r.reasons().get(i).level()) <= 0);
        }
    }

    @Test
    void theFactsOfAReasonAreOnlyThoseThatMadeItFire() {
        TriageResult r = engine.evaluate(ankle(Map.of("locking", Answer.YesNo.NO, "giving_way", Answer.YesNo.UNSURE, "swelling", Answer.YesNo.YES)), "112");
        Reason mechanical = r.reasons().get(0);
        assertEquals("mechanical-symptoms", mechanical.rule());
        assertEquals(List.of("giving_way", "swelling"), mechanical.facts());
    }

    @Test
    void anAgeBoundThatMatteredIsNamedAmongTheFacts() {
        Assessment a = new Assessment(65, List.of(new BodySite(Region.HIP, Side.LEFT)),
                Map.of("fall_from_standing", Answer.YesNo.YES, "unable_to_bear_weight", Answer.YesNo.YES, "leg_short_turned_out", Answer.YesNo.NO));
        Reason first = engine.evaluate(a, "112").reasons().get(0);
        assertEquals("hip-fracture-older-or-shortened", first.rule());
        assertEquals(List.of("fall_from_standing", "unable_to_bear_weight", "age"), first.facts());
    }

    @Test
    void aRegionRuleGivesOneReasonPerSiteItConcerns() {
        Assessment a = new Assessment(50, List.of(LEFT_ANKLE, new BodySite(Region.FOOT, Side.RIGHT), BodySite.spine(Region.SPINE_NECK)),
                Map.of("calf_swollen_one_side", Answer.YesNo.YES));
        List<BodySite> sites = engine.evaluate(a, "112").reasons().stream()
                .filter(x -> x.rule().equals("calf-swelling")).map(Reason::site).toList();
        assertEquals(List.of(LEFT_ANKLE, new BodySite(Region.FOOT, Side.RIGHT)), sites);
    }

    @Test
    void theMostUrgentRegionDecidesTheLevel() {
        Map<String, Answer> facts = Map.of("both_legs_symptoms", Answer.YesNo.YES, "pain", n(3));
        assertEquals(Level.SELF_CARE, engine.level(ankle(facts)));
        Assessment withBack = new Assessment(34, List.of(LEFT_ANKLE, BodySite.spine(Region.SPINE_LOWER)), facts);
        assertEquals(Level.EMERGENCY, engine.level(withBack));
    }

    @Test
    void atConsultationExercisesAreStillAllowed() {
        TriageResult r = engine.evaluate(ankle(Map.of("pain", n(7))), "112");
        assertEquals(Level.CONSULTATION, r.level());
        assertTrue(r.allowsExercises());
        assertTrue(r.advice().contains("check with your clinician"));
    }

    @Test
    void atConsultationWithin24HoursNoExercisesAreOffered() {
        TriageResult r = engine.evaluate(ankle(Map.of("numbness_tingling", Answer.YesNo.YES)), "112");
        assertEquals(Level.CONSULTATION_24, r.level());
        assertFalse(r.allowsExercises());
    }

    @Test
    void watchForListsAbsentSignsThatWouldRaiseTheLevelWithTheLevelTheyWouldGive() {
        TriageResult r = engine.evaluate(ankle(Map.of("pain", n(7), "swelling", Answer.YesNo.NO)), "112");
        Map<String, Level> watch = r.watchFor().stream().collect(java.util.stream.Collectors.toMap(WatchSign::fact, WatchSign::wouldBecome));
        assertEquals(Level.EMERGENCY_AMBULANCE, watch.get("chest_pain_or_breathless"));
        assertEquals(Level.EMERGENCY, watch.get("calf_swollen_one_side"));
        assertEquals(Level.CONSULTATION_24, watch.get("numbness_tingling"));
        assertFalse(watch.containsKey("swelling"), "swelling would only repeat today's level");
        assertFalse(watch.containsKey("hands_clumsy_or_unsteady"), "a neck sign is not asked for an ankle");
        assertEquals(Level.EMERGENCY_AMBULANCE, watch.get("dizzy_vision_speech"), "an emergency sign is watched for in every region");
        assertFalse(watch.containsKey("numbness_brief_positional"), "brief numbness after sitting changes nothing");
        r.watchFor().forEach(w -> assertFalse(w.text().isBlank()));
    }

    @Test
    void watchForLeavesOutSignsAlreadyPresentEvenWhenUnsure() {
        TriageResult r = engine.evaluate(ankle(Map.of("hot_red_joint", Answer.YesNo.UNSURE)), "112");
        assertTrue(r.watchFor().stream().noneMatch(w -> w.fact().equals("hot_red_joint")));
        assertTrue(r.watchFor().stream().anyMatch(w -> w.fact().equals("fever") && w.wouldBecome() == Level.EMERGENCY),
                "fever on top of a hot joint would mean the emergency department");
    }

    @Test
    void watchForLeavesOutFollowUpQuestionsThatWouldNotBeAsked() {
        List<String> without = engine.evaluate(ankle(Map.of()), "112").watchFor().stream().map(WatchSign::fact).toList();
        assertFalse(without.contains("crack_at_injury"), "asked only after an injury");
        assertFalse(without.contains("weakness_worsening"), "asked only when there is weakness");
        List<String> injured = engine.evaluate(ankle(Map.of("injury", Answer.YesNo.YES, "injury_days_ago", n(20))), "112")
                .watchFor().stream().map(WatchSign::fact).toList();
        assertTrue(injured.contains("pain_out_of_proportion"));
        assertTrue(injured.contains("wound_over_joint"));
    }

    @Test
    void watchForIsMostUrgentFirst() {
        List<WatchSign> watch = engine.evaluate(ankle(Map.of()), "112").watchFor();
        for (int i = 1; i < watch.size(); i++) {
            assertTrue(watch.get(i - 1).wouldBecome().compareTo(watch.get(i).wouldBecome()) <= 0);
        }
    }

    @Test
    void theOneArgumentFormUsesTheEmergencyNumberOfTheSystemLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertTrue(engine.evaluate(ankle(Map.of("chest_pain_or_breathless", Answer.YesNo.YES))).advice().contains("911"));
            Locale.setDefault(Locale.GERMANY);
            assertTrue(engine.evaluate(ankle(Map.of("chest_pain_or_breathless", Answer.YesNo.YES))).advice().contains("112"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
