package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

class TriageEngineTest {

    private final TriageEngine engine = TriageEngine.standard();

    private static Assessment ankle(Map<String, Answer> facts) {
        return new Assessment(34, List.of(new BodySite(Region.ANKLE, Side.LEFT)), facts);
    }

    @Test
    void painlessPoppingWithNoWarningSignIsSelfCareWithExercisesForTheRegion() {
        TriageResult r = engine.evaluate(ankle(Map.of("pain", new Answer.Number(0))), "112");
        assertEquals(Level.SELF_CARE, r.level());
        assertTrue(r.reasons().isEmpty());
        assertTrue(r.exercises().contains("calf-raise"));
        assertFalse(r.exercises().contains("chin-tuck"));
        assertFalse(r.watchFor().isEmpty());
    }

    @Test
    void anUnsureOttawaAnswerAfterARecentInjuryMeansTheEmergencyDepartment() {
        TriageResult r = engine.evaluate(ankle(Map.of(
                "injury", Answer.YesNo.YES, "injury_days_ago", new Answer.Number(2),
                "tender_outer_ankle_bone", Answer.YesNo.UNSURE)), "911");
        assertEquals(Level.EMERGENCY, r.level());
        Reason first = r.reasons().get(0);
        assertEquals("ottawa-ankle-foot", first.rule());
        assertEquals(new BodySite(Region.ANKLE, Side.LEFT), first.site());
        assertTrue(first.facts().contains("tender_outer_ankle_bone"));
        assertTrue(r.advice().contains("911"));
        assertTrue(r.exercises().isEmpty());
    }

    @Test
    void chestPainCallsTheAmbulanceAndIsAPersonWideReason() {
        TriageResult r = engine.evaluate(ankle(Map.of("chest_pain_or_breathless", Answer.YesNo.YES)), "999");
        assertEquals(Level.EMERGENCY_AMBULANCE, r.level());
        assertNull(r.reasons().get(0).site());
        assertTrue(r.advice().contains("999"));
    }
}
