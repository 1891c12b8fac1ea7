package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.assessment.FactCatalog;

class RuleBookTest {

    private final FactCatalog catalog = FactCatalog.standard();
    private final RuleBook book = RuleBook.standard();

    @Test
    void theShippedRulesLoadMostUrgentFirst() {
        List<Rule> rules = book.rules();
        assertTrue(rules.size() >= 55, "only " + rules.size() + " rules");
        for (int i = 1; i < rules.size(); i++) {
            assertTrue(rules.get(i - 1).level().compareTo(rules.get(i).level()) <= 0, "out of order at " + rules.get(i).id());
        }
    }

    @Test
    void ruleIdsAreUnique() {
        assertEquals(book.ids().size(), new HashSet<>(book.ids()).size());
    }

    @Test
    void everyFactNamedByARuleExistsInTheQuestionCatalog() {
        for (Rule rule : book.rules()) {
            for (String fact : factsOf(rule.when())) {
                assertTrue(catalog.contains(fact), rule.id() + " names " + fact);
            }
        }
    }

    @Test
    void everyWarningSignOfTheSpecIsUsedBySomeRule() {
        // The facts that appear in a "when" column of spec/triage-rules.md.
        Set<String> spec = Set.of("chest_pain_or_breathless", "limb_cold_pale", "deformity", "wound_over_joint", "crack_at_injury",
                "pain", "pain_out_of_proportion", "fever", "hot_red_joint", "swelling", "unable_to_bear_weight", "joint_replacement",
                "numbness_tingling", "leg_weakness", "weakness_worsening", "radiating_leg_pain", "radiating_arm_pain",
                "bruising_days", "bruise_spreading", "anticoagulant", "locking", "giving_way", "reduced_motion", "worsening",
                "not_better_with_rest", "daily_life_affected", "night_pain", "duration_days", "same_spot_every_step", "sound",
                "unable_4_steps_then", "unable_4_steps_now", "tender_outer_ankle_bone", "tender_inner_ankle_bone",
                "tender_foot_outer_edge", "tender_foot_inner_arch", "achilles_pop_weak_push", "calf_swollen_one_side",
                "big_toe_hot_swollen", "diabetes_or_neuropathy", "foot_ulcer_spreading", "snapping_behind_outer_ankle",
                "leg_short_turned_out", "limp", "groin_pain", "osteoporosis_or_steroids", "bladder_bowel_change",
                "saddle_numbness", "sexual_function_change", "immunosuppressed_or_iv_drugs", "cancer_history",
                "unexplained_weight_loss", "both_legs_symptoms", "major_trauma", "chest_symptoms", "improves_with_movement",
                "wakes_late_night", "morning_stiffness_minutes", "cannot_turn_head_45", "neck_midline_tender",
                "dizzy_vision_speech", "neck_stiff_with_fever", "hands_clumsy_or_unsteady", "injury", "fall_from_standing",
                "injury_days_ago");
        Set<String> used = new TreeSet<>();
        book.rules().forEach(r -> used.addAll(factsOf(r.when())));
        Set<String> missing = new TreeSet<>(spec);
        missing.removeAll(used);
        assertTrue(missing.isEmpty(), "spec facts no rule uses: " + missing);
    }

    @Test
    void briefPositionalNumbnessAloneIsNamedByNoRule() {
        Set<String> used = new TreeSet<>();
        book.rules().forEach(r -> used.addAll(factsOf(r.when())));
        assertTrue(!used.contains("numbness_brief_positional"));
    }

    @Test
    void everyRuleHasASentenceAndASource() {
        for (Rule rule : book.rules()) {
            assertTrue(rule.text().endsWith("."), rule.id() + ": the sentence should be a full sentence");
            assertTrue(!rule.source().isBlank(), rule.id());
        }
    }

    private static final String GOOD = """
            {"id": "r1", "level": "emergency", "regions": "any", "suspects": "infection", "when": {"yes": "fever"}, "text": "T.", "source": "S"}""";

    private String load(String... rules) {
        String json = "{\"rules\": [" + String.join(",", rules) + "]}";
        return assertThrows(RuleFileException.class, () -> RuleBook.load(new StringReader(json), catalog)).getMessage();
    }

    @Test
    void aGoodSmallFileLoads() {
        RuleBook small = RuleBook.load(new StringReader("{\"rules\": [" + GOOD + "]}"), catalog);
        assertEquals(List.of("r1"), small.ids());
    }

    @Test
    void aRepeatedIdIsRefused() {
        assertEquals("rules.json: rule id 'r1' is used twice", load(GOOD, GOOD));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"yes": "feverish"}                       | rules.json: rule 'r': names unknown fact 'feverish'
            {"yes": "pain"}                           | rules.json: rule 'r': fact 'pain' is number, but the condition needs yesno
            {"atLeast": {"fever": 1}}                 | rules.json: rule 'r': fact 'fever' is yesno, but the condition needs number
            {"atLeast": {"pain": "one"}}              | rules.json: rule 'r': "atLeast" for 'pain' needs a number
            {"is": {"sound": "bang"}}                 | rules.json: rule 'r': 'bang' is not an option of 'sound' (expected one of [click, pop, crack, snap, grind])
            {"is": {"fever": "yes"}}                  | rules.json: rule 'r': "is" needs a choice fact, but 'fever' is yesno
            {"not": {"yes": "fever"}}                 | rules.json: rule 'r': unknown operator 'not' (expected yes, atLeast, moreThan, is, age, injury, all or any)
            {"all": []}                               | rules.json: rule 'r': "all" needs a non-empty list of conditions
            {"age": {"min": 20, "max": 10}}           | rules.json: rule 'r': "age" min 20 is above max 10
            {"age": {"over": 20}}                     | rules.json: rule 'r': "age" knows only min and max, not 'over'
            {"injury": "old"}                         | rules.json: rule 'r': "injury" must be "any" or "recent", not 'old'
            {"injury": {"withinDays": 2.5}}           | rules.json: rule 'r': "injury" withinDays must be a whole number of days from 0 to 36500, not 2.5
            {"injury": {"within": 28}}                | rules.json: rule 'r': "injury" as an object takes only "withinDays": a whole number of days
            {"yes": "fever", "no": "swelling"}        | rules.json: rule 'r': each condition must be an object with exactly one operator, got {"yes":"fever","no":"swelling"}
            """)
    void aBadConditionIsRefusedNamingTheRuleAndTheProblem(String when, String message) {
        assertEquals(message, load("{\"id\": \"r\", \"level\": \"emergency\", \"regions\": \"any\", \"suspects\": \"infection\", \"when\": " + when
                + ", \"text\": \"T.\", \"source\": \"S\"}"));
    }

    @Test
    void anUnknownLevelIsRefused() {
        assertEquals("rules.json: rule 'r': unknown level 'urgent'", load(GOOD.replace("\"r1\"", "\"r\"").replace("emergency", "urgent")));
    }

    @Test
    void anUnknownRegionIsRefused() {
        assertEquals("rules.json: rule 'r1': unknown region 'knee'", load(GOOD.replace("\"any\"", "[\"knee\"]")));
    }

    @Test
    void aMissingSentenceIsRefused() {
        assertEquals("rules.json: rule 'r1': missing or empty \"text\"", load(GOOD.replace("\"T.\"", "\"\"")));
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertEquals("rules.json: rule 'r1': unknown field 'comment'", load(GOOD.replace("\"source\"", "\"comment\": \"x\", \"source\"")));
    }

    @Test
    void aReviewersNoteIsAcceptedOnlyAsASentence() {
        assertEquals("rules.json: rule 'r1': missing or empty \"note\"", load(GOOD.replace("\"source\"", "\"note\": 1, \"source\"")));
        assertEquals("rules.json: rule 'r1': missing or empty \"note\"", load(GOOD.replace("\"source\"", "\"note\": \"\", \"source\"")));
    }

    @Test
    void anEmptyRuleListIsRefused() {
        assertEquals("rules.json: the rule list is empty", load());
    }

    @Test
    void malformedJsonIsRefused() {
        var e = assertThrows(RuleFileException.class, () -> RuleBook.load(new StringReader("{\"rules\": [ {"), catalog));
        assertTrue(e.getMessage().startsWith("rules.json is not valid JSON"), e.getMessage());
    }

    static Set<String> factsOf(Condition c) {
        Set<String> out = new TreeSet<>();
        List<Condition> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Condition x = todo.remove(todo.size() - 1);
            if (x instanceof Condition.Yes y) {
                out.add(y.fact());
            } else if (x instanceof Condition.NumberAtLeast n) {
                out.add(n.fact());
            } else if (x instanceof Condition.Is i) {
                out.add(i.fact());
            } else if (x instanceof Condition.Injury inj) {
                out.addAll(Condition.Injury.FACTS);
                if (inj.recentOnly()) {
                    out.add(Condition.Injury.DAYS_AGO);
                }
            } else if (x instanceof Condition.All a) {
                todo.addAll(a.parts());
            } else if (x instanceof Condition.Any a) {
                todo.addAll(a.parts());
            }
        }
        return out;
    }
}
