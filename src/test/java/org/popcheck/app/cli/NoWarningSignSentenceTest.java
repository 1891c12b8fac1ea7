package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.popcheck.check.CheckComposer;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.AnsweredSigns;
import org.popcheck.triage.TriageEngine;

/**
 * "No warning sign in your answers" is written only when no warning sign was answered yes or not
 * sure, not merely when no rule fired (trial 13). Every sign, alone, in every place it is asked, with
 * a painless joint (and an injury for the signs asked after one).
 */
class NoWarningSignSentenceTest {

    @Test
    void aSignAnsweredYesOrUnsureIsNeverFollowedByNoWarningSign() {
        FactCatalog catalog = FactCatalog.standard();
        String none = Messages.get("triage.text.noReasons");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (FactDefinition f : catalog.all()) {
            if (!AnsweredSigns.isSign(f)) {
                continue;
            }
            for (Region region : Region.values()) {
                if (!f.appliesTo(region)) {
                    continue;
                }
                BodySite site = region.allowedSides().contains(Side.LEFT) ? new BodySite(region, Side.LEFT) : BodySite.spine(region);
                for (Answer.YesNo answer : new Answer.YesNo[] {Answer.YesNo.YES, Answer.YesNo.UNSURE}) {
                    Map<String, Answer> facts = new HashMap<>();
                    facts.put("pain", new Answer.Number(0));
                    if (!f.askIf().isEmpty() && !f.askIf().contains("pain")) {
                        facts.put(f.askIf().get(0), Answer.YesNo.YES);
                    }
                    if (f.listedUnder() != null) {
                        facts.put(f.listedUnder(), Answer.YesNo.YES);
                    }
                    facts.put(f.id(), answer);
                    Assessment a = new Assessment(40, List.of(site), facts);
                    String text = TriageText.write(CheckComposer.standard().compose(a, TriageEngine.standard().evaluate(a, "112")), a);
                    checked++;
                    if (text.contains(none)) {
                        wrong.add(f.id() + "=" + answer + ", " + region.id());
                    }
                }
            }
        }
        assertTrue(checked > 100, "signs checked: " + checked);
        assertTrue(wrong.isEmpty(), wrong.size() + " signs answered yes or not sure were followed by 'no warning sign':\n" + String.join("\n", wrong));
    }

    @Test
    void aPainlessClickWithEverySignAnsweredNoStillSaysNoWarningSign() {
        Map<String, Answer> facts = new HashMap<>();
        facts.put("pain", new Answer.Number(0));
        FactCatalog.standard().all().stream().filter(AnsweredSigns::isSign).forEach(f -> facts.put(f.id(), Answer.YesNo.NO));
        Assessment a = new Assessment(29, List.of(new BodySite(Region.ANKLE, Side.RIGHT)), facts);
        String text = TriageText.write(CheckComposer.standard().compose(a, TriageEngine.standard().evaluate(a, "112")), a);
        assertTrue(text.contains(Messages.get("triage.text.noReasons")), text);
    }
}
