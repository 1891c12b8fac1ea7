package org.popcheck.assessment;

import java.util.List;
import java.util.Set;
import org.popcheck.body.Region;

/**
 * One question of the catalog.
 *
 * @param scope   regions for which the wizard asks it; all regions when the data says "any"
 * @param askIf   asked only when one of these facts is yes or unsure; empty means always
 * @param raises  a yes can raise the triage level, so "unsure" counts as yes
 * @param picture id of an illustration that shows where to press, or null
 * @param sign    the fact as a statement for a list of signs ("The joint is hot and red"), or null
 *                when it is only ever asked as a question
 * @param askIfAtLeast asked only when each of these numbers is answered and at least this value
 *                (for example {@code pain >= 1}: no "pain at night" question after "no pain")
 * @param askAge  the ages (years, inclusive) at which it is asked, or null for every age
 * @param listedUnder in the wizard's lists, the broader sign this one is filed under: it is asked only
 *                after that sign is answered yes or not sure, so a list names one sign where it would
 *                name several. Unlike {@code askIf}, it says nothing about the sign itself: the sign is
 *                complete on its own (a journal entry can tick it, the watch list can name it). Null
 *                when it stands in its list by itself.
 */
public record FactDefinition(
        String id,
        FactType type,
        String group,
        Set<Region> scope,
        List<String> askIf,
        boolean raises,
        Double min,
        Double max,
        boolean integer,
        List<String> options,
        String question,
        String picture,
        String sign,
        java.util.Map<String, Double> askIfAtLeast,
        AgeRange askAge,
        String listedUnder) {

    /** Ages in years, both ends included. */
    public record AgeRange(int min, int max) {
        public AgeRange {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("an age range needs 0 <= min <= max, not " + min + ".." + max);
            }
        }
    }

    public FactDefinition {
        scope = Set.copyOf(scope);
        askIf = List.copyOf(askIf);
        options = List.copyOf(options);
        askIfAtLeast = java.util.Map.copyOf(askIfAtLeast);
    }

    /**
     * The signs the wizard waits for before asking it: its {@code askIf} and the sign it is listed
     * under. One of them answered yes or not sure opens it.
     */
    public List<String> askedAfter() {
        if (listedUnder == null) {
            return askIf;
        }
        List<String> out = new java.util.ArrayList<>(askIf);
        out.add(listedUnder);
        return List.copyOf(out);
    }

    /** The words shown for it in a list of signs: its statement, else its question. */
    public String signText() {
        return sign != null ? sign : question;
    }

    /** True when it is asked at this age (always when the fact has no age range). */
    public boolean appliesToAge(int age) {
        return askAge == null || (age >= askAge.min() && age <= askAge.max());
    }

    public boolean appliesTo(Region region) {
        return scope.contains(region);
    }
}
