package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/**
 * Trial 13: an ankle sprain of 11 to 13 days that still hurt was sent home with "for the first few
 * days" and a band exercise; the Ottawa questions were not asked past their 10-day window. A bone
 * sign past the window, while the injury still hurts, is seen within a day without exercises (ankle
 * and foot, every Ottawa sign); and "the first few days" is said only in the first few days.
 */
class OlderInjuryTest {

    private final TriageEngine engine = TriageEngine.standard();

    private static Assessment injured(Region region, int daysAgo, int pain, int age, String... yes) {
        Map<String, Answer> facts = new HashMap<>();
        facts.put("injury", Answer.YesNo.YES);
        facts.put("injury_days_ago", new Answer.Number(daysAgo));
        facts.put("pain", new Answer.Number(pain));
        facts.put("sound", new Answer.Choice("click"));
        for (String f : yes) {
            facts.put(f, Answer.YesNo.YES);
        }
        return new Assessment(age, List.of(new BodySite(region, Side.LEFT)), facts);
    }

    @ParameterizedTest(name = "{0}, {1} days ago, pain {2}, {3}: at least 24 hours, no exercises")
    @CsvSource({
        "ankle, 11, 3, tender_outer_ankle_bone", "ankle, 12, 2, tender_inner_ankle_bone", "ankle, 13, 4, unable_4_steps_then",
        "foot, 12, 3, tender_foot_outer_edge", "foot, 13, 2, tender_foot_inner_arch", "ankle, 20, 3, high_ankle_tender",
        "foot, 21, 1, unable_4_steps_then", "ankle, 28, 2, tender_outer_ankle_bone"})
    void aBoneSignPastTheOttawaWindowWhileItStillHurtsIsSeenWithinADay(String region, int days, int pain, String sign) {
        TriageResult r = engine.evaluate(injured(Region.fromId(region).orElseThrow(), days, pain, 34, sign), "112");
        assertTrue(r.level().compareTo(Level.CONSULTATION_24) <= 0, r.level() + " " + r.reasons());
        assertFalse(r.allowsExercises(), "exercises withheld for a possible break");
    }

    @ParameterizedTest(name = "{0}, {1} days ago, pain 3: the Ottawa bone questions are asked")
    @CsvSource({"ankle, 11", "ankle, 13", "foot, 12", "ankle, 21", "foot, 28"})
    void theBoneQuestionsAreAskedPastTheWindowWhileItHurts(String region, int days) {
        Map<String, Answer> answers = Map.of("injury", Answer.YesNo.YES, "injury_days_ago", new Answer.Number(days), "pain", new Answer.Number(3));
        List<String> asked = org.popcheck.plan.CheckPlanner.factsOf(
                org.popcheck.plan.CheckPlanner.standard().screens(30, java.util.Set.of(Region.fromId(region).orElseThrow()), answers));
        for (String f : List.of("unable_4_steps_then", "tender_outer_ankle_bone", "tender_inner_ankle_bone", "tender_foot_outer_edge", "tender_foot_inner_arch")) {
            assertTrue(asked.contains(f), f + " not asked: " + asked);
        }
    }

    @ParameterizedTest(name = "a child, {0} days after a fall, pain {1}: at least a visit, no exercises")
    @CsvSource({"11, 4", "14, 6", "30, 5"})
    void aChildStillInPainAfterTenDaysIsExaminedWithoutExercises(int days, int pain) {
        TriageResult r = engine.evaluate(injured(Region.ANKLE, days, pain, 9), "112");
        assertTrue(r.level().compareTo(Level.CONSULTATION) <= 0, r.level() + " " + r.reasons());
        assertFalse(r.allowsExercises(), "exercises withheld for a possible growth-plate break");
    }

    @ParameterizedTest(name = "{0} days after a sprain with no bone sign: 'first few days' said {1}")
    @CsvSource({"0, true", "3, true", "4, false", "7, false", "12, false", "14, false"})
    void theFirstFewDaysAreNamedOnlyInTheFirstFewDays(int days, boolean firstDays) {
        Assessment a = injured(Region.ANKLE, days, 2, 34);
        TriageResult r = engine.evaluate(a, "112");
        assertTrue(r.level() == Level.SELF_CARE, r.level() + " " + r.reasons());
        assertTrue(r.advice().contains("sprain"), r.advice());
        assertTrue(firstDays == r.advice().contains("first few days"), r.advice());
    }
}
