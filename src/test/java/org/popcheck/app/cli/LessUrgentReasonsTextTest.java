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
import org.popcheck.i18n.Messages;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;

/**
 * Review 13 (trial M2): a 10-year-old's painful limp gives "go today" and, among the reasons, three that say
 * "within 24 hours". Those are still listed, but under words that say the advice above comes first, never
 * as a second, later answer beside the same-day one.
 */
class LessUrgentReasonsTextTest {

    private static String text(Assessment a) {
        TriageResult r = TriageEngine.standard().evaluate(a, "112");
        return TriageText.write(CheckComposer.standard().compose(a, r), a);
    }

    @Test
    void reasonsLessUrgentThanTheResultComeAfterWordsThatSayTheAdviceAboveStands() {
        Assessment limp = new Assessment(10, List.of(new BodySite(Region.HIP, Side.LEFT)),
                Map.of("limp", Answer.YesNo.YES, "pain", new Answer.Number(3), "injury", Answer.YesNo.NO));
        TriageResult r = TriageEngine.standard().evaluate(limp, "112");
        assertEquals(Level.EMERGENCY, r.level());
        String out = text(limp);
        String heading = Messages.get("triage.text.reasonsLessUrgent", r.level().words());
        int at = out.indexOf(heading);
        assertTrue(at > 0, out);
        assertEquals(at, out.lastIndexOf(heading), "said once");
        for (Reason reason : r.reasons()) {
            int where = out.indexOf(reason.text());
            assertTrue(where > 0, reason.rule());
            assertEquals(reason.level() == Level.EMERGENCY, where < at, reason.rule() + " on the wrong side of the words:\n" + out);
        }
        assertTrue(r.reasons().stream().anyMatch(x -> x.level() == Level.CONSULTATION_24), "the case has a 24-hour reason");
    }

    @Test
    void withEveryReasonAtTheResultsLevelNothingIsAdded() {
        Assessment toddler = new Assessment(2, List.of(new BodySite(Region.ANKLE, Side.LEFT)),
                Map.of("sound", new Answer.Choice("click"), "pain", new Answer.Number(0)));
        TriageResult r = TriageEngine.standard().evaluate(toddler, "112");
        assertTrue(r.reasons().stream().allMatch(x -> x.level() == r.level()), r.reasons().toString());
        assertFalse(text(toddler).contains(Messages.get("triage.text.reasonsLessUrgent", r.level().words())));
    }
}
