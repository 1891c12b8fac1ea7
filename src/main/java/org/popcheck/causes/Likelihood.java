package org.popcheck.causes;

/** How well a cause fits the answers: the two words the result uses (spec/causes.md). */
public enum Likelihood {
    /** A score of {@link CauseRanker#LIKELY_FROM} or more. */
    LIKELY("likely"),
    /** A score from {@link CauseRanker#POSSIBLE_FROM} up to one below likely. */
    POSSIBLE("possible");

    private final String id;

    Likelihood(String id) {
        this.id = id;
    }

    /** The word used in triage output and the journal: "likely" or "possible". */
    public String id() {
        return id;
    }

    /** The likelihood for an id, or null for anything else. */
    public static Likelihood fromId(String id) {
        for (Likelihood l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        return null;
    }
}
