package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.plan.CheckPlanner;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageMonotonicityTestAccess;

/**
 * `triage --plan` and the wizard ask the same facts: for every case of the triage case table, the
 * wizard holding that case's places, age and answers asks exactly the facts of the plan.
 */
class WizardPlanAgreementTest {

    private final FactCatalog catalog = FactCatalog.standard();

    @Test
    void theWizardAsksExactlyThePlansFactsForEveryCaseOfTheTable() {
        Map<String, Assessment> cases = TriageMonotonicityTestAccess.caseTable();
        assertTrue(cases.size() > 100);
        cases.forEach((name, a) -> {
            WizardViewModel model = new WizardViewModel(catalog, x -> TriageEngine.standard().evaluate(x, "112"));
            model.sites().addAll(a.sites());
            model.ageTextProperty().set(Integer.toString(a.age()));
            a.facts().forEach((id, answer) -> {
                if (answer instanceof Answer.Number n) {
                    model.setNumberText(id, Long.toString(Math.round(n.value())));
                } else {
                    model.answer(id, answer);
                }
            });
            if (!a.facts().containsKey("pain")) {
                model.setNumberText("pain", "");
            }
            List<String> planned = CheckPlanner.factsOf(CheckPlanner.standard().screens(a));
            TreeSet<String> asked = new TreeSet<>();
            for (FactDefinition f : catalog.all()) {
                if (model.isAsked(f)) {
                    asked.add(f.id());
                }
            }
            assertEquals(new TreeSet<>(planned), asked, name);
        });
    }

    @Test
    void everyNumberTheWizardKeepsIsOneThePlanAsks() {
        // The date of an injury is the one number the wizard fills in itself (from the duration).
        WizardViewModel model = new WizardViewModel(catalog, x -> TriageEngine.standard().evaluate(x, "112"));
        model.sites().add(new org.popcheck.body.BodySite(org.popcheck.body.Region.ANKLE, org.popcheck.body.Side.LEFT));
        model.ageTextProperty().set("30");
        model.setNumberText("duration_days", "4");
        model.answer("injury", Answer.YesNo.YES);
        Assessment a = model.assessment().orElseThrow();
        assertEquals(new Answer.Number(4), a.facts().get("injury_days_ago"), "it began with the injury");
        assertTrue(catalog.find("injury_days_ago").map(f -> f.type() == FactType.NUMBER).orElse(false));
    }
}
