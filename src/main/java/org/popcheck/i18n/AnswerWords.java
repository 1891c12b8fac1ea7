package org.popcheck.i18n;

import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;

/**
 * An answer in the person's words, for "because you answered ...": the statement of a sign answered yes
 * ("A bruise"; "Not sure: ..." when unsure), else the question and the answer given ("How bad is the pain? 6"), "age 67" for the age, or, for a number better said as a
 * sentence, a sentence of its own ("The injury was 2 days ago"). Shared by the result screen, the
 * command line's text output and the clinician summary, so they name answers the same way.
 */
public final class AnswerWords {

    /**
     * The message key prefix of the sentence for a number said better that way than as its
     * question and the number ({@code wizard.result.said.injury_days_ago}).
     */
    public static final String SAID = "wizard.result.said.";

    private AnswerWords() {}

    public static String describe(String factId, Assessment assessment, FactCatalog facts) {
        if (factId.equals("age")) {
            return Messages.get("wizard.result.fact.age", assessment.age());
        }
        // "The injury was 2 days ago" reads better in a reason than "How many days ago did that
        // happen? If more than once, count from the latest. 2".
        String own = SAID + factId;
        if (Messages.has(own) && assessment.answer(factId).orElse(null) instanceof Answer.Number n) {
            return Messages.get(own, Math.round(n.value()));
        }
        // A sign the person ticked in a list is said as the statement they saw ("A bruise"), not as a
        // question they were never asked on its own.
        var signed = facts.find(factId).filter(f -> f.sign() != null);
        if (signed.isPresent() && assessment.answer(factId).orElse(null) instanceof Answer.YesNo yn && yn != Answer.YesNo.NO) {
            String sign = signed.get().sign();
            return yn == Answer.YesNo.UNSURE ? Messages.get("wizard.result.fact.unsureSign", sign) : sign;
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
