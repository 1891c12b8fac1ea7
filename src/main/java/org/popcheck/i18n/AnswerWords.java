package org.popcheck.i18n;

import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;

/**
 * An answer in the person's words, for "because you answered ...": the question and the answer given
 * ("Did it start with a twist...? yes"), or "age 67" for the age. Shared by the result screen, the
 * command line's text output and the clinician summary, so they name answers the same way.
 */
public final class AnswerWords {

    private AnswerWords() {}

    public static String describe(String factId, Assessment assessment, FactCatalog facts) {
        if (factId.equals("age")) {
            return Messages.get("wizard.result.fact.age", assessment.age());
        }
        String question = facts.find(factId).map(f -> f.question()).orElse(factId);
        String value = assessment.answer(factId).map(AnswerWords::valueOf).orElse("");
        return value.isEmpty() ? question : question + " " + value;
    }

    private static String valueOf(Answer a) {
        if (a instanceof Answer.YesNo yn) {
            return yn == Answer.YesNo.UNSURE ? Messages.get("wizard.result.fact.unsure") : Messages.get("wizard.result.fact.yes");
        }
        if (a instanceof Answer.Number n) {
            return Long.toString(Math.round(n.value()));
        }
        if (a instanceof Answer.Choice c) {
            return Messages.get("wizard.option." + c.option());
        }
        if (a instanceof Answer.Choices cs) {
            return String.join(", ", cs.options().stream().map(o -> Messages.get("wizard.option." + o)).toList());
        }
        return "";
    }
}
