package org.popcheck.causes;

import java.util.Collection;
import org.popcheck.assessment.Assessment;
import org.popcheck.triage.Condition;

/**
 * One clue of a cause: a condition over the answers and its weight (negative when it speaks against
 * the cause). The conditions are those of the triage rules, plus {@link AtMost}.
 */
public record Clue(When when, int weight) {

    /** A condition a clue can test. */
    public sealed interface When permits Rule, AtMost {
        boolean test(Assessment a);

        /** Adds the answers that make this condition hold (call only when it holds). */
        void collectFacts(Assessment a, Collection<String> out);
    }

    /** A condition in the language of assets/triage/rules.json. */
    public record Rule(Condition condition) implements When {
        public boolean test(Assessment a) {
            return condition.test(a);
        }

        public void collectFacts(Assessment a, Collection<String> out) {
            condition.collectFacts(a, out);
        }
    }

    /**
     * {@code {"atMost": {"pain": 2}}}: answered, and at most the number. Only the causes use it: "little
     * or no pain" points to a harmless cause, and the triage rules must never have a condition that a
     * higher answer can switch off. Not asked means not known, so it does not hold.
     */
    public record AtMost(String fact, double limit) implements When {
        public boolean test(Assessment a) {
            var n = a.number(fact);
            return n.isPresent() && n.getAsDouble() <= limit;
        }

        public void collectFacts(Assessment a, Collection<String> out) {
            out.add(fact);
        }
    }

    public boolean holds(Assessment a) {
        return when.test(a);
    }
}
