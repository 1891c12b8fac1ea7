package org.popcheck.journal;

import java.util.List;
import java.util.Objects;
import org.popcheck.assessment.Assessment;
import org.popcheck.triage.Level;

/**
 * A check kept in the journal: the answers, and the level, rule ids and likely causes it gave at
 * the time, and who made it.
 *
 * @param causes what was shown as probably making the noise, most likely first; empty for a run saved
 *               before causes existed, or when none fitted
 * @param ageAssumed true for a check of a logged warning sign made before any age was known: the age in
 *               {@code assessment} was assumed for caution (SafetyNet), not given, so it is never read
 *               back as the person's age (journal field {@code "age_assumed"}, written only when true)
 * @param source who made the check: the person in the wizard, or the safety net for a quick entry's
 *               ticked signs (journal field {@code "source"}, since version 3)
 */
public record SavedAssessment(Assessment assessment, Level level, List<String> ruleIds, List<SavedCause> causes, boolean ageAssumed,
        Source source) {
    public SavedAssessment {
        ruleIds = List.copyOf(ruleIds);
        causes = List.copyOf(causes);
        Objects.requireNonNull(source, "source");
    }

    /** A run of the wizard, with the age the person gave. */
    public SavedAssessment(Assessment assessment, Level level, List<String> ruleIds, List<SavedCause> causes) {
        this(assessment, level, ruleIds, causes, false, Source.WIZARD);
    }

    /** A run of the wizard with no causes kept (saved before version 2, or none fitted). */
    public SavedAssessment(Assessment assessment, Level level, List<String> ruleIds) {
        this(assessment, level, ruleIds, List.of());
    }

    /** The safety net's check of an entry's ticked signs; {@code ageAssumed} when no age was known. */
    public static SavedAssessment ofSafetyNet(Assessment assessment, Level level, List<String> ruleIds, boolean ageAssumed) {
        return new SavedAssessment(assessment, level, ruleIds, List.of(), ageAssumed, Source.SAFETY_NET);
    }

    /** True for a check the person ran in the wizard (Check my joint). */
    public boolean fromWizard() {
        return source == Source.WIZARD;
    }

    /**
     * Who made a check. Said in the file rather than guessed from the entry: before version 3 a check
     * beside an empty list of ticked signs was taken for the wizard's, which held only while nothing
     * else saved a check there (a quick entry whose ticked signs were all cleared kept the safety
     * net's check and then passed for a wizard run).
     */
    public enum Source {
        /** Saved from Check my joint. */
        WIZARD("wizard"),
        /** Made by the journal's safety net for the warning signs ticked with a quick entry. */
        SAFETY_NET("safety_net");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        /** The word in the journal file. */
        public String id() {
            return id;
        }

        public static java.util.Optional<Source> fromId(String id) {
            for (Source s : values()) {
                if (s.id.equals(id)) {
                    return java.util.Optional.of(s);
                }
            }
            return java.util.Optional.empty();
        }
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
