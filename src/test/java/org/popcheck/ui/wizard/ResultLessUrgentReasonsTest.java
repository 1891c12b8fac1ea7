package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Messages;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;
import org.popcheck.ui.Outcome;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Review 13 (trial M2): a 10-year-old's painful limp showed "go today" with three reasons that each said
 * "within 24 hours" and carried that level's words, read as a second, later answer. Reasons less urgent
 * than the result are still listed, after one line saying the advice above comes first, each with "on its
 * own" before its level's words; the most urgent reasons keep their level's words alone.
 */
@ExtendWith(ApplicationExtension.class)
class ResultLessUrgentReasonsTest {

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    @Test
    void lessUrgentReasonsComeAfterWordsThatSayTheAdviceAboveStands(FxRobot robot) {
        Assessment limp = new Assessment(10, List.of(new BodySite(Region.HIP, Side.LEFT)),
                Map.of("limp", Answer.YesNo.YES, "pain", new Answer.Number(3), "injury", Answer.YesNo.NO));
        TriageResult result = TriageEngine.standard().evaluate(limp, "112");
        assertEquals(Level.EMERGENCY, result.level());

        ResultPage page = ResultPageFrame.show(robot, own.stage(), new Outcome(limp, result), 1024, 600, 1.0);
        VBox reasons = (VBox) page.lookup("#result-reasons");
        int heading = -1;
        List<Integer> urgent = new ArrayList<>();
        List<Integer> lower = new ArrayList<>();
        List<Node> children = reasons.getChildren();
        for (int i = 0; i < children.size(); i++) {
            Node n = children.get(i);
            if ("result-reasons-less-urgent".equals(n.getId())) {
                assertEquals(-1, heading, "the words are said once");
                heading = i;
                assertEquals(Messages.get("wizard.result.why.lessUrgent", result.level().words()), ((Label) n).getText());
                continue;
            }
            String rule = (String) n.getUserData();
            Reason r = result.reasons().stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
            String last = ((Label) ((VBox) n).getChildren().get(((VBox) n).getChildren().size() - 1)).getText();
            if (r.level() == result.level()) {
                urgent.add(i);
                assertTrue(last.endsWith(r.level().words()), last);
            } else {
                lower.add(i);
                assertTrue(last.endsWith(Messages.get("wizard.result.reason.onItsOwn", r.level().words())), last);
            }
        }
        assertTrue(heading > 0 && !lower.isEmpty() && !urgent.isEmpty(), "heading " + heading + ", " + urgent + ", " + lower);
        int at = heading;
        assertTrue(urgent.stream().allMatch(i -> i < at) && lower.stream().allMatch(i -> i > at), urgent + " " + at + " " + lower);
    }
}
