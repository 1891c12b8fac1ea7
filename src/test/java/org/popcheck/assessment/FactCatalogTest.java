package org.popcheck.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.popcheck.body.Region;

class FactCatalogTest {

    private final FactCatalog catalog = FactCatalog.standard();

    @Test
    void holdsEveryFactOfTheAssessmentContract() {
        // The 83 fact ids of spec/assessment.md (contract version 2), grouped as there.
        List<String> contract = List.of(
                "chest_pain_or_breathless", "chest_symptoms", "dizzy_vision_speech", "stroke_signs",
                "sudden_severe_headache", "sepsis_signs", "non_blanching_rash", "abdominal_pain_or_collapse",
                "bleeding_disorder", "bisphosphonate_long_term", "long_sitting", "head_injury_signs", "cast_too_tight",
                "spreading_redness", "high_ankle_tender", "sole_bruising", "cannot_rise_on_tiptoe",
                "diabetes_or_neuropathy", "osteoporosis_or_steroids", "cancer_history", "immunosuppressed_or_iv_drugs",
                "joint_replacement", "anticoagulant", "sound", "frequency", "same_spot_every_step", "trigger", "pain",
                "duration_days", "injury", "injury_days_ago", "major_trauma", "fall_from_standing", "crack_at_injury",
                "fever", "unexplained_weight_loss", "night_pain", "worsening", "not_better_with_rest",
                "daily_life_affected", "swelling", "hot_red_joint", "bruising_days", "bruise_spreading", "locking",
                "giving_way", "deformity", "reduced_motion", "wound_over_joint", "limb_cold_pale", "numbness_tingling",
                "numbness_brief_positional", "pain_out_of_proportion", "unable_4_steps_then", "unable_4_steps_now",
                "tender_outer_ankle_bone", "tender_inner_ankle_bone", "tender_foot_outer_edge", "tender_foot_inner_arch",
                "achilles_pop_weak_push", "calf_swollen_one_side", "big_toe_hot_swollen",
                "foot_ulcer_spreading", "snapping_behind_outer_ankle", "unable_to_bear_weight", "leg_short_turned_out",
                "limp", "groin_pain", "morning_stiffness_minutes", "bladder_bowel_change", "saddle_numbness",
                "sexual_function_change", "both_legs_symptoms", "leg_weakness", "weakness_worsening",
                "radiating_leg_pain", "radiating_arm_pain", "hands_clumsy_or_unsteady",
                "neck_stiff_with_fever", "cannot_turn_head_45", "neck_midline_tender",
                "improves_with_movement", "wakes_late_night");
        for (String id : contract) {
            assertTrue(catalog.contains(id), "missing fact " + id);
        }
        // PopCheck's own facts: yes/no questions that only open a follow-up number (issue 13), and pregnant, read only by the exercise cautions (issue 21).
        // arm_weakness: beyond the spec, a weak arm from a pressed nerve in the neck (trial 2, hazard H14).
        // foot_sore: beyond the spec, a diabetic foot sore without spreading redness (review 10, hazard H09; NICE NG19).
        // head_knock: beyond the spec, a knock to the head with no symptoms, which matters on blood thinners, with a
        // bleeding disorder or at 65 and over (review 12, hazard H17; NICE NG232).
        // radiating_pain: the wizard files pain down a leg and pain down an arm under it (review 12), so a list names one sign for both.
        List<String> own = List.of("bruise", "morning_stiffness", "pregnant", "arm_weakness", "foot_sore", "head_knock", "radiating_pain");
        own.forEach(id -> assertTrue(catalog.contains(id), "missing fact " + id));
        assertEquals(contract.size() + own.size(), catalog.all().size());
    }

    @Test
    void numbersCarryTheirContractRanges() {
        FactDefinition pain = catalog.find("pain").orElseThrow();
        assertEquals(FactType.NUMBER, pain.type());
        assertEquals(0.0, pain.min());
        assertEquals(10.0, pain.max());
        assertEquals(36500.0, catalog.find("duration_days").orElseThrow().max());
        assertEquals(365.0, catalog.find("bruising_days").orElseThrow().max());
        assertEquals(600.0, catalog.find("morning_stiffness_minutes").orElseThrow().max());
    }

    @Test
    void everyAskIfNamesAnExistingYesNoFact() {
        for (FactDefinition f : catalog.all()) {
            for (String dependency : f.askIf()) {
                FactDefinition d = catalog.find(dependency).orElseThrow(() -> new AssertionError(f.id() + " -> " + dependency));
                assertEquals(FactType.YESNO, d.type(), f.id() + " depends on a non yes/no fact");
            }
        }
    }

    @Test
    void ottawaQuestionsAreNotAskedForTheNeck() {
        assertFalse(catalog.find("tender_outer_ankle_bone").orElseThrow().appliesTo(Region.SPINE_NECK));
        assertTrue(catalog.find("fever").orElseThrow().appliesTo(Region.SPINE_NECK));
    }

    @Test
    void unsureCountsAsYes() {
        Assessment a = new Assessment(30, List.of(), java.util.Map.of("fever", Answer.YesNo.UNSURE, "swelling", Answer.YesNo.NO));
        assertTrue(a.yes("fever"));
        assertFalse(a.yes("swelling"));
        assertFalse(a.yes("never_asked"));
    }
}
