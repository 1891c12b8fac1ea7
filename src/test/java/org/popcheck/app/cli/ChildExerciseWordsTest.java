package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.check.CheckComposer;
import org.popcheck.check.CheckResult;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.TriageEngine;

/**
 * Review 13: exercises for a school-age child (5 to 15) come with words that an adult watches and fewer
 * repetitions are fine (AAP 2020: not an adult programme); none for an adult; no plan at all under five.
 */
class ChildExerciseWordsTest {

    private static Assessment painlessClick(int age, Region region) {
        return new Assessment(age, List.of(new BodySite(region, region.name().startsWith("SPINE") ? Side.CENTER : Side.LEFT)),
                Map.of("sound", new Answer.Choice("click"), "pain", new Answer.Number(0)));
    }

    private static CheckResult check(Assessment a) {
        return CheckComposer.standard().compose(a, TriageEngine.standard().evaluate(a, "112"));
    }

    @Test
    void aSchoolAgeChildsPlanSaysAnAdultWatchesInEveryPlace() {
        String words = Messages.get("triage.text.exercisesChild");
        for (int age : new int[] {5, 10, 15}) {
            for (Region region : Region.values()) {
                Assessment a = painlessClick(age, region);
                CheckResult c = check(a);
                assertFalse(c.plan().items().isEmpty(), age + " " + region + " gets exercises");
                assertTrue(TriageText.write(c, a).contains(words), age + " " + region);
            }
        }
    }

    @Test
    void fromSixteenNoChildWordsAndUnderFiveNoPlan() {
        String words = Messages.get("triage.text.exercisesChild");
        for (Region region : Region.values()) {
            Assessment adult = painlessClick(16, region);
            assertFalse(TriageText.write(check(adult), adult).contains(words), region.toString());
            assertEquals(List.of(), check(painlessClick(4, region)).plan().items(), region.toString());
        }
    }
}
