package org.popcheck.journal;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an exercised joint felt the morning after a session, the second reading of the pain-monitoring
 * model physiotherapists use (pain during, and the next morning).
 */
public enum MorningAfter {
    /** Back to usual soon after the session: the dose suits. */
    SETTLED_SOON("settled_soon"),
    /** Sore in the evening, settled only by the morning: the dose is at the limit. */
    SETTLED_BY_MORNING("settled_by_morning"),
    /** Still sore, or worse, the next morning: the dose was too much. */
    WORSE("worse");

    private final String id;

    MorningAfter(String id) {
        this.id = id;
    }

    /** The id as written in the journal's JSON ({@code next_morning}) and CSV. */
    public String id() {
        return id;
    }

    public static Optional<MorningAfter> fromId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
