package org.popcheck.causes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.Region;

/**
 * Ranks the causes for an assessment, by the method of assets/causes/README.md: a cause's score is
 * the sum of the weights of its clues that hold; {@value #LIKELY_FROM} or more is likely,
 * {@value #POSSIBLE_FROM} or more possible; at most {@value #MAX_SHOWN}, highest first, ties in file
 * order. An empty list means "we can't tell from these answers". It reads the answers only: it never
 * sees, and so can never change, the triage level.
 */
public final class CauseRanker {

    public static final int LIKELY_FROM = 5;
    public static final int POSSIBLE_FROM = 3;
    public static final int MAX_SHOWN = 3;

    /** One per language: the texts are read in the language in use. */
    private static final org.popcheck.i18n.PerLanguage<CauseRanker> STANDARD = new org.popcheck.i18n.PerLanguage<>(() -> new CauseRanker(CauseBook.standard()));

    private final CauseBook book;

    public CauseRanker(CauseBook book) {
        this.book = book;
    }

    public static CauseRanker standard() {
        return STANDARD.get();
    }

    public CauseBook book() {
        return book;
    }

    /** At most three causes, most likely first; empty when none reaches "possible". */
    public List<RankedCause> rank(Assessment a) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        a.sites().forEach(s -> regions.add(s.region()));
        List<RankedCause> fits = new ArrayList<>();
        for (Cause cause : book.causes()) {
            if (cause.concernsAny(regions)) {
                RankedCause r = score(cause, a, cause.shownFor(regions));
                if (r != null) {
                    fits.add(r);
                }
            }
        }
        // A stable sort keeps the file order among equal scores.
        fits.sort(Comparator.comparingInt(RankedCause::score).reversed());
        return fits.stream().limit(MAX_SHOWN).toList();
    }

    /**
     * The cause with its likelihood and pointing answers, or null when its score is below "possible" or
     * the answers rule it out ({@link Cause#fitsTheStory}); {@code shownFor} picks the words it is shown in.
     */
    static RankedCause score(Cause cause, Assessment a, Set<Region> shownFor) {
        if (!cause.fitsTheStory(a)) {
            return null;
        }
        int score = 0;
        Set<String> facts = new LinkedHashSet<>();
        for (Clue clue : cause.clues()) {
            if (clue.holds(a)) {
                score += clue.weight();
                if (clue.weight() > 0) {
                    clue.when().collectFacts(a, facts);
                }
            }
        }
        if (score < POSSIBLE_FROM) {
            return null;
        }
        Likelihood likelihood = score >= LIKELY_FROM ? Likelihood.LIKELY : Likelihood.POSSIBLE;
        return new RankedCause(cause, likelihood, score, List.copyOf(facts), shownFor);
    }
}
