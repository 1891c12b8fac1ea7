package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/**
 * A sign about the whole body (the emergency list, and a fever, chills or feeling very unwell) answered
 * yes or not sure is never left at home care or a routine visit, and never followed by exercises, even
 * when the joint does not hurt at all (trial 13: "feeling very unwell" with a painless joint gave
 * "no warning sign" and exercises). Every place, an adult, a child and an older person.
 */
class SystemicSignNeverHomeCareTest {

    private static List<String> systemicSigns() {
        List<String> out = new ArrayList<>(FactCatalog.standard().group("emergency").stream().map(FactDefinition::id).toList());
        out.add("fever");
        return out;
    }

    @Test
    void aSystemicSignAloneWithAPainlessJointIsSeenWithin24HoursWithoutExercises() {
        TriageEngine engine = TriageEngine.standard();
        List<String> wrong = new ArrayList<>();
        for (String sign : systemicSigns()) {
            for (Region region : Region.values()) {
                BodySite site = region.allowedSides().contains(Side.LEFT) ? new BodySite(region, Side.LEFT) : BodySite.spine(region);
                for (int age : new int[] {10, 40, 80}) {
                    for (Answer.YesNo answer : new Answer.YesNo[] {Answer.YesNo.YES, Answer.YesNo.UNSURE}) {
                        Assessment a = new Assessment(age, List.of(site), Map.of("pain", new Answer.Number(0), sign, answer));
                        TriageResult r = engine.evaluate(a, "112");
                        if (!r.level().isMoreUrgentThan(Level.CONSULTATION) || r.allowsExercises()) {
                            wrong.add(sign + "=" + answer + ", " + region.id() + ", age " + age + ": " + r.level().id()
                                    + (r.allowsExercises() ? " with exercises" : ""));
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " systemic signs left at home care, a routine visit or with exercises:\n" + String.join("\n", wrong));
    }
}
