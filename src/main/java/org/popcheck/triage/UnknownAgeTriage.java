package org.popcheck.triage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.popcheck.assessment.Assessment;

/**
 * Triage when the person's age is not known (a warning sign logged in the journal before any check
 * gave an age). Several rules depend on age (children and teenagers, 45+, 65+), and guessing one
 * age could miss a rule that applies, so the rules run at a spread of ages and the most urgent
 * result is kept: the level errs on the side of care. A rule that fires at some of those ages only
 * (a limp that is urgent in a child) is not this person's reason until the age is known, so it is
 * named apart.
 */
public final class UnknownAgeTriage {

    /** The ages tried, in years: a young child, a pre-teen, a teenager, then each adult age band of the rules. */
    public static final List<Integer> CAUTIOUS_AGES = List.of(6, 12, 15, 30, 45, 55, 65, 80);

    /**
     * The most urgent result over the ages tried.
     *
     * @param result          the most urgent result (the first age's, among ages with the same level)
     * @param asked           the answers that gave {@code result}, with the age assumed
     * @param forSomeAgesOnly the rule ids of {@code result} that did not fire at every age tried
     * @param agesTried       the ages the rules ran at; one age only when the person's age is known
     */
    public record Outcome(TriageResult result, Assessment asked, Set<String> forSomeAgesOnly, List<Integer> agesTried) {
        public Outcome {
            forSomeAgesOnly = Set.copyOf(forSomeAgesOnly);
            agesTried = List.copyOf(agesTried);
        }

        public Level level() {
            return result.level();
        }

        /**
         * True when the rules ran at one age, the one the person gave; false when the age was assumed
         * over {@link #agesTried}, so the words can say so.
         */
        public boolean ageKnown() {
            return agesTried.size() == 1;
        }

        /** The reasons that hold at every age tried. */
        public List<Reason> reasonsForAnyAge() {
            return result.reasons().stream().filter(r -> !forSomeAgesOnly.contains(r.rule())).toList();
        }

        /**
         * The reasons that hold only at some of the ages tried: they must not read as if they applied to
         * this person; the screens show them apart, saying why they count.
         */
        public List<Reason> reasonsForSomeAgesOnly() {
            return result.reasons().stream().filter(r -> forSomeAgesOnly.contains(r.rule())).toList();
        }
    }

    private UnknownAgeTriage() {}

    /**
     * Runs {@code triage} on {@code atAge} for each of {@code ages}.
     *
     * @param ages   at least one age in years; one age (a known one) gives no rule for some ages only
     * @param atAge  the answers with the given age
     * @param triage the rules; what they throw is passed on
     * @throws IllegalArgumentException when {@code ages} is empty
     */
    public static Outcome evaluate(List<Integer> ages, IntFunction<Assessment> atAge, Function<Assessment, TriageResult> triage) {
        if (ages.isEmpty()) {
            throw new IllegalArgumentException("no age to run the rules at");
        }
        TriageResult worst = null;
        Assessment worstAsked = null;
        Set<String> atEveryAge = null;
        for (int age : ages) {
            Assessment asked = atAge.apply(age);
            TriageResult r = triage.apply(asked);
            Set<String> fired = rulesOf(r);
            if (atEveryAge == null) {
                atEveryAge = new HashSet<>(fired);
            } else {
                atEveryAge.retainAll(fired);
            }
            if (worst == null || r.level().isMoreUrgentThan(worst.level())) {
                worst = r;
                worstAsked = asked;
            }
        }
        // The level stays the most cautious over the ages tried; only the words change.
        Set<String> forSomeAgesOnly = rulesOf(worst);
        forSomeAgesOnly.removeAll(atEveryAge);
        return new Outcome(worst, worstAsked, forSomeAgesOnly, ages);
    }

    /** {@link #evaluate(List, IntFunction, Function)} over {@link #CAUTIOUS_AGES}. */
    public static Outcome evaluate(IntFunction<Assessment> atAge, Function<Assessment, TriageResult> triage) {
        return evaluate(CAUTIOUS_AGES, atAge, triage);
    }

    private static Set<String> rulesOf(TriageResult result) {
        Set<String> rules = new HashSet<>();
        result.reasons().forEach(r -> rules.add(r.rule()));
        return rules;
    }
}
