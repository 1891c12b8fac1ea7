package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.popcheck.body.Side;
import org.popcheck.i18n.Messages;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;
import org.popcheck.ui.Outcome;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The take-home safety net ("Come back or get help sooner") as a few short lists, one per level the
 * signs would lead to, gravest first, instead of one long list that repeats the level after each sign
 * (trial 12: about 40 lines for a painless back crack, the cauda-equina signs in the middle).
 */
@ExtendWith(ApplicationExtension.class)
class ResultWatchGroupsTest {

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    @Test
    void theSafetyNetIsGroupedUnderEachLevelOnceMostUrgentFirst(FxRobot robot) {
        Assessment painlessBack = new Assessment(30, List.of(new BodySite(org.popcheck.body.Region.SPINE_LOWER, Side.CENTER)), Map.of(
                "sound", new Answer.Choice("crack"), "pain", new Answer.Number(0)));
        TriageResult result = TriageEngine.standard().evaluate(painlessBack, "112");
        assertTrue(result.watchFor().stream().map(w -> w.wouldBecome()).distinct().count() >= 3, "several levels to group");

        ResultPage page = ResultPageFrame.show(robot, own.stage(), new Outcome(painlessBack, result), 1024, 600, 1.0);
        VBox watch = (VBox) page.lookup("#result-watch");
        robot.interact(() -> org.popcheck.ui.common.Snapshots.write(watch, java.nio.file.Path.of("target/screenshots/result-watch-groups.png")));
        List<String> headings = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (Node n : watch.getChildren()) {
            Label l = (Label) n;
            (l.getStyleClass().contains("watch-group") ? headings : items).add(l.getText());
        }
        List<String> expected = result.watchFor().stream().map(w -> w.wouldBecome()).distinct().sorted()
                .map(level -> Messages.get("wizard.result.watch.group", level.words())).toList();
        assertEquals(expected, headings, "one heading per level, the most urgent first");
        assertEquals(result.watchFor().size(), items.size(), "every sign is still listed");
        for (String item : items) {
            for (Level level : Level.values()) {
                assertFalse(item.contains(level.words()), "the level is said once in its heading, not after each sign: " + item);
            }
        }
        // the emergency signs come before everything else
        String firstItem = items.get(0);
        assertTrue(result.watchFor().stream().filter(w -> w.wouldBecome() == Level.EMERGENCY_AMBULANCE)
                .anyMatch(w -> firstItem.contains(w.text())), firstItem);
    }
}
