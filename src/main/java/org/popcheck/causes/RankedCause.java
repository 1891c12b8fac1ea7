package org.popcheck.causes;

import java.util.List;

/**
 * A cause that fits an assessment.
 *
 * @param score the sum of the weights of the clues that hold (see assets/causes/README.md)
 * @param facts the answers that point to it: the facts of every clue with a positive weight that holds,
 *              in clue order, each once
 */
public record RankedCause(Cause cause, Likelihood likelihood, int score, List<String> facts) {
    public RankedCause {
        facts = List.copyOf(facts);
    }

    /** The sources as one line, for output that has a single "source" text. */
    public String source() {
        return String.join("; ", cause.sources());
    }
}
