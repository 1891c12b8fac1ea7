package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.triage.Level;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.TriageEngine;

/** The wizard's state without any window: validity, adaptive questions, the emergency stop. */
class WizardViewModelTest {

    private final FactCatalog catalog = FactCatalog.standard();
    private final WizardViewModel model = new WizardViewModel(catalog, a -> TriageEngine.standard().evaluate(a, "112"));

    private void toStep(WizardStep step) {
        while (model.stepProperty().get() != step) {
            model.stepProperty().set(model.stepProperty().get().next());
        }
    }

    @Test
    void theWhereStepNeedsAPlace() {
        toStep(WizardStep.WHERE);
        assertFalse(model.blockerProperty().get().isEmpty());
        model.next();
        assertEquals(WizardStep.WHERE, model.stepProperty().get(), "Next does nothing while blocked");
        model.sites().add(new BodySite(Region.ANKLE, Side.LEFT));
        assertEquals("", model.blockerProperty().get());
        model.next();
        assertEquals(WizardStep.ABOUT, model.stepProperty().get());
    }

    @Test
    void ottawaQuestionsAreAskedOnlyAfterAnInjuryAndNeverForTheNeck() {
        model.sites().add(BodySite.spine(Region.SPINE_NECK));
        model.ageTextProperty().set("40");
        var ottawa = catalog.find("tender_outer_ankle_bone").orElseThrow();
        var headTurn = catalog.find("cannot_turn_head_45").orElseThrow();
        model.answer("injury", Answer.YesNo.YES);
        assertFalse(model.isAsked(ottawa), "no Ottawa question for a neck");
        assertTrue(model.isAsked(headTurn));
        model.sites().add(new BodySite(Region.ANKLE, Side.RIGHT));
        assertTrue(model.isAsked(ottawa));
        model.answer("injury", Answer.YesNo.NO);
        assertFalse(model.isAsked(ottawa), "no four-steps or tenderness questions without an injury");
        model.answer("injury", Answer.YesNo.UNSURE);
        assertTrue(model.isAsked(ottawa), "not sure counts as yes");
    }

    @Test
    void anAmbulanceAnswerStopsTheWizardAndBackReturnsToTheQuestions() {
        model.sites().add(new BodySite(Region.FOOT, Side.LEFT));
        model.ageTextProperty().set("50");
        toStep(WizardStep.WARNINGS);
        model.answer("chest_pain_or_breathless", Answer.YesNo.UNSURE);
        assertTrue(model.stoppedProperty().get());
        assertEquals(Level.EMERGENCY_AMBULANCE, model.outcomeProperty().get().result().level());
        model.back();
        assertFalse(model.stoppedProperty().get());
        assertEquals(WizardStep.WARNINGS, model.stepProperty().get());
        assertEquals(Answer.YesNo.UNSURE, model.answerOf("chest_pain_or_breathless").orElseThrow());
    }

    @Test
    void theAssessmentHoldsOnlyQuestionsThatWereAsked() {
        model.sites().add(BodySite.spine(Region.SPINE_LOWER));
        model.ageTextProperty().set("40");
        model.answer("crack_at_injury", Answer.YesNo.YES); // its askIf (an injury) is not answered yes
        model.answer("fever", Answer.YesNo.NO);
        var a = model.assessment().orElseThrow();
        assertFalse(a.facts().containsKey("crack_at_injury"));
        assertEquals(Answer.YesNo.NO, a.facts().get("fever"));
        assertEquals(40, a.age());
    }

    @Test
    void anAgeOutsideZeroToOneHundredAndTwentyBlocksWithTheRangeNamed() {
        model.sites().add(new BodySite(Region.HIP, Side.BOTH));
        toStep(WizardStep.ABOUT);
        model.ageTextProperty().set("-1");
        assertTrue(model.blockerProperty().get().contains("0 to 120"));
        model.ageTextProperty().set("121");
        assertTrue(model.blockerProperty().get().contains("0 to 120"));
        model.ageTextProperty().set("abc");
        // Not a number at all: the message says to type digits (NumberFieldProblemsTest), not the range.
        assertEquals(Messages.get("wizard.invalid.digits.age"), model.blockerProperty().get());
        model.ageTextProperty().set("0");
        assertFalse(model.blockerProperty().get().contains("0 to 120"), "0 is a baby under one year");
        model.ageTextProperty().set("77");
        assertEquals("", model.blockerProperty().get(), "the age is all this step asks");
        model.next();
        assertTrue(model.blockerProperty().get().contains("list"), "then the emergency list: " + model.blockerProperty().get());
    }

    @Test
    void startingAgainAfterListsWereAnsweredClearsEverythingWithoutAnError() {
        model.sites().add(new BodySite(Region.ANKLE, Side.LEFT));
        model.ageTextProperty().set("30");
        model.answerList(org.popcheck.plan.SignTier.EMERGENCY, WizardViewModel.ListMode.NONE);
        model.answer("injury", Answer.YesNo.NO);
        model.answerList(org.popcheck.plan.SignTier.SAME_DAY, WizardViewModel.ListMode.NONE);
        model.answerList(org.popcheck.plan.SignTier.WITHIN_WEEKS, WizardViewModel.ListMode.HAVE);
        model.restart();
        assertTrue(model.answers().isEmpty(), "answers left: " + model.answers());
        assertTrue(model.listModes().isEmpty());
        assertEquals(WizardStep.START, model.stepProperty().get());
    }
}
