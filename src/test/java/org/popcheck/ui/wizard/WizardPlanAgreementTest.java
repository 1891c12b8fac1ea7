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
            model.assessment().ifPresent(kept -> assertTrue(planned.containsAll(kept.facts().keySet()),
                    name + ": kept but never asked: " + kept.facts().keySet().stream().filter(id -> !planned.contains(id)).toList()));
        });
    }

    @Test
    void afterAnInjuryItsDateIsAskedRightAfterItAndKeptAsGivenNotTakenFromHowLongItHasPopped() {
        for (org.popcheck.body.Region region : org.popcheck.body.Region.values()) {
            for (String how : List.of("injury", "major_trauma", "fall_from_standing")) {
                WizardViewModel model = new WizardViewModel(catalog, x -> TriageEngine.standard().evaluate(x, "112"));
                model.sites().add(new org.popcheck.body.BodySite(region, region.isPaired() ? org.popcheck.body.Side.LEFT : org.popcheck.body.Side.CENTER));
                model.ageTextProperty().set("40");
                model.setNumberText("pain", "3");
                model.setNumberText("duration_days", "730");
                model.answer("injury", Answer.YesNo.YES);
                model.answer(how, Answer.YesNo.YES);
                String name = region + ", " + how;
                List<String> warnings = CheckPlanner.factsOf(model.screensOf(WizardStep.WARNINGS));
                assertEquals(warnings.indexOf("injury") + 1, warnings.indexOf("injury_days_ago"), name + ": " + warnings);
                assertEquals(null, model.assessment().orElseThrow().facts().get("injury_days_ago"), name + ": not answered yet");
                model.setNumberText("injury_days_ago", "2");
                assertEquals(new Answer.Number(2), model.assessment().orElseThrow().facts().get("injury_days_ago"), name);
            }
        }
    }

    @Test
    void noInjuryDateIsKeptThatThePersonDidNotGive() {
        WizardViewModel model = new WizardViewModel(catalog, x -> TriageEngine.standard().evaluate(x, "112"));
        model.sites().add(new org.popcheck.body.BodySite(org.popcheck.body.Region.ANKLE, org.popcheck.body.Side.LEFT));
        model.ageTextProperty().set("30");
        model.setNumberText("duration_days", "4");
        model.answer("injury", Answer.YesNo.YES);
        Assessment a = model.assessment().orElseThrow();
        assertEquals(null, a.facts().get("injury_days_ago"), "an unanswered date counts as recent in the rules, never as the duration");
        assertTrue(catalog.find("injury_days_ago").map(f -> f.type() == FactType.NUMBER).orElse(false));
    }
}
