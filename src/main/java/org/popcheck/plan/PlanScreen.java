package org.popcheck.plan;

import java.util.List;
import java.util.Locale;

/**
 * One screen of a check as the person meets it: a list of signs answered together ("I have one of
 * these" / "Not sure about one" / "None of these"), or one question.
 *
 * @param kind  list or question
 * @param tier  for a list, how urgent its signs are; null for a question
 * @param facts the fact ids it asks, in order (one for a question)
 */
public record PlanScreen(Kind kind, SignTier tier, List<String> facts) {

    public enum Kind {
        LIST, QUESTION;

        /** "list" or "question", as in the {@code triage --plan} output. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PlanScreen {
        facts = List.copyOf(facts);
    }

    static PlanScreen list(SignTier tier, List<String> facts) {
        return new PlanScreen(Kind.LIST, tier, facts);
    }

    static PlanScreen question(String fact) {
        return new PlanScreen(Kind.QUESTION, null, List.of(fact));
    }
}
