package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
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
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;
import org.popcheck.ui.Outcome;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Review 13: the result page's exercises for a 10-year-old say that an adult watches; a 30-year-old's do not. */
@ExtendWith(ApplicationExtension.class)
class ResultChildExercisesTest {

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    private static Outcome click(int age) {
        Assessment a = new Assessment(age, List.of(new BodySite(Region.ANKLE, Side.LEFT)),
                Map.of("sound", new Answer.Choice("click"), "pain", new Answer.Number(0)));
        TriageResult r = TriageEngine.standard().evaluate(a, "112");
        return new Outcome(a, r);
    }

    @Test
    void aChildsExercisesSayAnAdultWatches(FxRobot robot) {
        Outcome child = click(10);
        assertFalse(child.check().plan().items().isEmpty());
        ResultPage page = ResultPageFrame.show(robot, own.stage(), child, 1024, 600, 1.0);
        Label words = (Label) page.lookup("#result-exercises-child");
        assertNotNull(words);
        assertEquals(Messages.get("wizard.result.exercises.child"), words.getText());

        ResultPage adult = ResultPageFrame.show(robot, own.stage(), click(30), 1024, 600, 1.0);
        assertNull(adult.lookup("#result-exercises-child"));
    }
}
