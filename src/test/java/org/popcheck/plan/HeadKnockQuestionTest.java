package org.popcheck.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.AssessmentJson;

/**
 * Review 12 (hazard H17): the knock to the head is asked after an injury, never without one, and in the
 * same list as the blood thinners and the bleeding disorder it depends on (so a person ticks them
 * together; the lists are answered at once, so the planner cannot leave it out for someone who will
 * tick "no" to blood thinners in that same list). Under 65 after "no injury" it is not asked.
 */
class HeadKnockQuestionTest {

    private final CheckPlanner planner = CheckPlanner.standard();

    @ParameterizedTest(name = "{0}: asked {2}")
    @CsvSource(delimiter = '|', textBlock = """
            70, fell, ankle               | {"age": 70, "regions": [{"region": "ankle", "side": "left"}], "facts": {"pain": 3, "duration_days": 0, "injury": true}} | true
            40, knocked, foot             | {"age": 40, "regions": [{"region": "foot", "side": "left"}], "facts": {"pain": 3, "duration_days": 0, "injury": true}} | true
            30, twisted, hip              | {"age": 30, "regions": [{"region": "hip", "side": "left"}], "facts": {"pain": 3, "duration_days": 0, "injury": true}} | true
            55, fell, neck                | {"age": 55, "regions": [{"region": "spine_neck", "side": "center"}], "facts": {"pain": 3, "duration_days": 0, "injury": true}} | true
            70, no injury, lower back     | {"age": 70, "regions": [{"region": "spine_lower", "side": "center"}], "facts": {"pain": 3, "duration_days": 30, "injury": false}} | false
            34, no injury, ankle          | {"age": 34, "regions": [{"region": "ankle", "side": "left"}], "facts": {"pain": 3, "duration_days": 30, "injury": false}} | false
            """)
    void askedAfterAnInjuryBesideTheBloodThinners(String name, String json, boolean asked) throws Exception {
        Assessment a = AssessmentJson.standard().read(json);
        List<PlanScreen> screens = planner.screens(a);
        assertEquals(asked, CheckPlanner.factsOf(screens).contains("head_knock"), name + ": " + screens);
        if (asked) {
            PlanScreen list = screens.stream().filter(s -> s.facts().contains("head_knock")).findFirst().orElseThrow();
            assertTrue(list.facts().contains("anticoagulant") && list.facts().contains("bleeding_disorder"),
                    name + ": the knock is asked apart from what it depends on: " + list);
        }
    }
}
