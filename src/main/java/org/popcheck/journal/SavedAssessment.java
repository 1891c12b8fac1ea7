package org.popcheck.journal;

import java.util.List;
import org.popcheck.assessment.Assessment;
import org.popcheck.triage.Level;

/**
 * A wizard run kept in the journal: the answers, and the level, rule ids and likely causes it gave at
 * the time.
 *
 * @param causes what was shown as probably making the noise, most likely first; empty for a run saved
 *               before causes existed, or when none fitted
 * @param ageAssumed true for a check of a logged warning sign made before any age was known: the age in
 *               {@code assessment} was assumed for caution (SafetyNet), not given, so it is never read
 *               back as the person's age (journal field {@code "age_assumed"}, written only when true)
 */
public record SavedAssessment(Assessment assessment, Level level, List<String> ruleIds, List<SavedCause> causes, boolean ageAssumed) {
    public SavedAssessment {
        ruleIds = List.copyOf(ruleIds);
        causes = List.copyOf(causes);
    }

    /** A run with the age the person gave. */
    public SavedAssessment(Assessment assessment, Level level, List<String> ruleIds, List<SavedCause> causes) {
        this(assessment, level, ruleIds, causes, false);
    }

    /** A run with no causes kept (saved before version 2, or none fitted). */
    public SavedAssessment(Assessment assessment, Level level, List<String> ruleIds) {
        this(assessment, level, ruleIds, List.of());
    }

    /**
     * One cause as shown at the time.
     *
     * @param cause      a cause id of assets/causes/causes.json, e.g. "tendon_snap"
     * @param likelihood "likely" or "possible"
     */
    public record SavedCause(String cause, String likelihood) {
        /** The likelihood words the journal accepts. */
        public static final List<String> LIKELIHOODS = List.of("likely", "possible");
    }
}
