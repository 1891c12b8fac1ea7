package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.plan.CheckPlanner;
import org.popcheck.triage.TriageEngine;

/**
 * The start page is the first screen: the view model must not make the check's planner (rules and
 * causes read and checked) before a question step needs it, or the window opens later (issue 19).
 */
class WizardPlannerOnDemandTest {

    private final FactCatalog catalog = FactCatalog.standard();
    private final AtomicInteger asked = new AtomicInteger();
    private final Supplier<CheckPlanner> counting = () -> {
        asked.incrementAndGet();
        return CheckPlanner.standard();
    };
    private final WizardViewModel model = new WizardViewModel(catalog, counting, a -> TriageEngine.standard().evaluate(a, "112"));

    @Test
    void theStartPageNeedsNoPlanner() {
        assertEquals(WizardStep.START, model.stepProperty().get());
        assertFalse(model.emergencySigns().isEmpty(), "the start page lists the emergency signs");
        assertEquals("", model.blockerProperty().get());
        assertEquals(0, asked.get(), "the planner was made before a question step needed it");
    }

    @Test
    void theQuestionStepsAskForItAndGetTheSameScreensAsAModelGivenThePlanner() {
        List<List<BodySite>> picks = List.of(
                List.of(new BodySite(Region.ANKLE, Side.LEFT)),
                List.of(new BodySite(Region.HIP, Side.RIGHT), new BodySite(Region.SPINE_LOWER, Side.CENTER)),
                List.of(new BodySite(Region.SPINE_NECK, Side.CENTER), new BodySite(Region.FOOT, Side.LEFT)));
        for (List<BodySite> sites : picks) {
            WizardViewModel lazy = new WizardViewModel(catalog, counting, a -> TriageEngine.standard().evaluate(a, "112"));
            WizardViewModel given = new WizardViewModel(catalog, CheckPlanner.standard(), a -> TriageEngine.standard().evaluate(a, "112"));
            lazy.sites().addAll(sites);
            given.sites().addAll(sites);
            for (WizardStep step : new WizardStep[] {WizardStep.EMERGENCY, WizardStep.POPPING, WizardStep.WARNINGS}) {
                assertEquals(given.screensOf(step), lazy.screensOf(step), sites + " " + step);
                assertEquals(given.questionsOf(step), lazy.questionsOf(step), sites + " " + step);
            }
            assertFalse(lazy.screensOf(WizardStep.EMERGENCY).isEmpty(), "every check asks the emergency signs");
        }
        assertTrue(asked.get() > 0, "the question steps come from the planner");
        assertSame(CheckPlanner.standard(), model.planner());
    }
}
