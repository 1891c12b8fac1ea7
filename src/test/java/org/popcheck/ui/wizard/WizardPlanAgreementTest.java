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
            model.assessment().ifPresent(kept -> wordsOfWorkedOutFacts(name, kept, planned));
        });
    }

    /**
     * Every fact the wizard keeps without a screen that asks it (worked out, or filled in) is shown
     * in words of its own, never as a question the person was not asked.
     */
    private void wordsOfWorkedOutFacts(String name, Assessment kept, List<String> planned) {
        for (String id : kept.facts().keySet()) {
            if (planned.contains(id)) {
                continue;
            }
            String question = catalog.find(id).orElseThrow().question();
            String shown = org.popcheck.i18n.AnswerWords.describe(id, kept, catalog);
            assertTrue(CheckPlanner.isWorkedOut(id), name + ": " + id + " is kept but neither asked nor worked out");
            assertTrue(!shown.contains(question), name + ": " + id + " is shown as the question '" + question + "'");
            workedOutSeen.add(id);
        }
    }

    private final java.util.Set<String> workedOutSeen = new TreeSet<>();

    @Test
    void afterAnInjuryTheWorkedOutDateIsShownInOwnWordsInEveryRegion() {
        for (org.popcheck.body.Region region : org.popcheck.body.Region.values()) {
            for (String how : List.of("injury", "major_trauma", "fall_from_standing")) {
                for (int days : new int[] {0, 2, 30}) {
                    WizardViewModel model = new WizardViewModel(catalog, x -> TriageEngine.standard().evaluate(x, "112"));
                    model.sites().add(new org.popcheck.body.BodySite(region, region.isPaired() ? org.popcheck.body.Side.LEFT : org.popcheck.body.Side.CENTER));
                    model.ageTextProperty().set("40");
                    model.setNumberText("pain", "3");
                    model.setNumberText("duration_days", Integer.toString(days));
                    model.answer("injury", Answer.YesNo.YES);
                    model.answer(how, Answer.YesNo.YES);
                    Assessment kept = model.assessment().orElseThrow();
                    String name = region + ", " + how + ", " + days + " days";
                    wordsOfWorkedOutFacts(name, kept, CheckPlanner.factsOf(CheckPlanner.standard().screens(kept)));
                    assertEquals(new Answer.Number(days), kept.facts().get("injury_days_ago"), name);
                }
            }
        }
        assertEquals(java.util.Set.of("injury_days_ago"), workedOutSeen);
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
