package org.popcheck.triage;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The promises of contract version 2 (spec/assessment.md, spec/triage-rules.md), over many
 * generated assessments: every emergency sign calls for an ambulance whatever the regions, age and
 * other answers; and no version-1 assessment is less urgent under the version-2 rules.
 */
class TriageVersion2PropertiesTest {

    private static final FactCatalog CATALOG = FactCatalog.standard();
    private static final List<String> EMERGENCY_SIGNS = CATALOG.group("emergency").stream().map(f -> f.id()).toList();
    /** The 69 facts of contract version 1 (commit a0a9a88), the only ones a version-1 assessment may hold. */
    private static final Set<String> VERSION_1_FACTS = Set.of(
            "diabetes_or_neuropathy", "osteoporosis_or_steroids", "cancer_history", "immunosuppressed_or_iv_drugs",
            "joint_replacement", "anticoagulant", "sound", "frequency", "same_spot_every_step", "trigger", "pain",
            "duration_days", "injury", "injury_days_ago", "major_trauma", "fall_from_standing", "crack_at_injury",
            "fever", "unexplained_weight_loss", "night_pain", "worsening", "not_better_with_rest",
            "daily_life_affected", "swelling", "hot_red_joint", "bruising_days", "bruise_spreading", "locking",
            "giving_way", "deformity", "reduced_motion", "wound_over_joint", "limb_cold_pale", "numbness_tingling",
            "numbness_brief_positional", "pain_out_of_proportion", "unable_4_steps_then", "unable_4_steps_now",
            "tender_outer_ankle_bone", "tender_inner_ankle_bone", "tender_foot_outer_edge", "tender_foot_inner_arch",
            "achilles_pop_weak_push", "calf_swollen_one_side", "chest_pain_or_breathless", "big_toe_hot_swollen",
            "foot_ulcer_spreading", "snapping_behind_outer_ankle", "unable_to_bear_weight", "leg_short_turned_out",
            "limp", "groin_pain", "morning_stiffness_minutes", "bladder_bowel_change", "saddle_numbness",
            "sexual_function_change", "both_legs_symptoms", "leg_weakness", "weakness_worsening",
            "radiating_leg_pain", "radiating_arm_pain", "chest_symptoms", "hands_clumsy_or_unsteady",
            "dizzy_vision_speech", "neck_stiff_with_fever", "cannot_turn_head_45", "neck_midline_tender",
            "improves_with_movement", "wakes_late_night");

    private final TriageEngine engine = TriageEngine.standard();
    private static final TriageEngine VERSION_1 = version1Engine();

    @Test
    void theEmergencyGroupHoldsTheEightSignsOfTheContract() {
        assertEquals(List.of("chest_pain_or_breathless", "chest_symptoms", "dizzy_vision_speech", "stroke_signs",
                "sudden_severe_headache", "sepsis_signs", "non_blanching_rash", "abdominal_pain_or_collapse"), EMERGENCY_SIGNS);
    }

    @Property(tries = 400)
    void everyEmergencySignCallsForAnAmbulanceInEveryRegionSetAtEveryAge(@ForAll("assessments") Assessment a) {
        for (String sign : EMERGENCY_SIGNS) {
            for (Answer.YesNo answer : List.of(Answer.YesNo.YES, Answer.YesNo.UNSURE)) {
                Level level = engine.level(a.with(sign, answer));
                if (level != Level.EMERGENCY_AMBULANCE) {
                    throw new AssertionError(sign + " = " + answer + " gave " + level + " for " + a);
                }
            }
        }
    }

    @Property(tries = 2000)
    void noVersion1AssessmentIsLessUrgentUnderVersion2(@ForAll("version1Assessments") Assessment a) {
        Level before = VERSION_1.level(a);
        Level now = engine.level(a);
        if (now.compareTo(before) > 0) {
            throw new AssertionError("version 1 gave " + before + ", version 2 gives " + now + " for " + a);
        }
    }

    @Test
    void theVersion1RulesAreTheOldOnes() {
        // The comparison is only worth something if the old book really is the old one.
        assertEquals(55, VERSION_1.rules().rules().size());
        assertTrue(VERSION_1.rules().ids().contains("upper-back-chest-symptoms"));
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        return Arbitraries.randomValue(TriageMonotonicityTest::randomAssessment);
    }

    @Provide
    Arbitrary<Assessment> version1Assessments() {
        return Arbitraries.randomValue(random -> {
            Assessment any = TriageMonotonicityTest.randomAssessment(random);
            Map<String, Answer> facts = new LinkedHashMap<>(any.facts());
            facts.keySet().retainAll(VERSION_1_FACTS);
            return new Assessment(Math.max(1, any.age()), any.sites(), facts);
        });
    }

    private static TriageEngine version1Engine() {
        var in = TriageVersion2PropertiesTest.class.getResourceAsStream("/triage/rules-v1.json");
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new TriageEngine(RuleBook.load(reader, CATALOG), TriageTexts.standard(), CATALOG);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
