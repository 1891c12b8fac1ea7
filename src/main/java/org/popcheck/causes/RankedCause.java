package org.popcheck.causes;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.popcheck.body.Region;

/**
 * A cause that fits an assessment, with the words it is shown in.
 *
 * @param score   the sum of the weights of the clues that hold (see assets/causes/README.md)
 * @param facts   the answers that point to it: the facts of every clue with a positive weight that holds,
 *                in clue order, each once
 * @param regions the checked regions it speaks for ({@link Cause#shownFor}); its texts are that
 *                region's own when there is exactly one, else the general ones that name no region
 */
public record RankedCause(Cause cause, Likelihood likelihood, int score, List<String> facts, Set<Region> regions) {
    public RankedCause {
        facts = List.copyOf(facts);
        // Region order, so a check of several regions lists their sources the same way every time.
        regions = regions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(regions));
    }

    /** A cause shown in its general words (no region known). */
    public RankedCause(Cause cause, Likelihood likelihood, int score, List<String> facts) {
        this(cause, likelihood, score, facts, Set.of());
    }

    /** What it is, in the words for {@link #regions}. */
    public String explanation() {
        return cause.explanation(regions);
    }

    /** What helps, in the words for {@link #regions}. */
    public String helps() {
        return cause.helps(regions);
    }

    /** When to worry, in the words for {@link #regions}. */
    public String concern() {
        return cause.concern(regions);
    }

    /** The publications behind it for {@link #regions}. */
    public List<String> sources() {
        return cause.sources(regions);
    }

    /** The sources as one line, for output that has a single "source" text. */
    public String source() {
        return String.join("; ", sources());
    }

    /**
     * Why one of its exercises is there, given the regions the exercise fits (ids as in the exercise
     * catalog): the words for the one region of {@link #regions} it serves, or the general why.
     */
    public String why(CauseExercise exercise, Set<Region> exerciseRegions) {
        Set<Region> chosenFor = new LinkedHashSet<>(regions);
        chosenFor.retainAll(exerciseRegions);
        return cause.why(exercise, chosenFor);
    }
}
