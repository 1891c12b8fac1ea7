package org.popcheck.triage;

import java.util.Set;
import org.popcheck.body.Region;

/**
 * One entry of assets/triage/rules.json.
 *
 * @param regions the regions it concerns; empty for a rule about the whole person (any region)
 * @param suspects what the rule suspects behind the answers; decides whether exercises are withheld
 * @param text    a plain sentence for the person, saying why this matters
 */
public record Rule(String id, Level level, Set<Region> regions, Suspicion suspects, Condition when, String text, String source) {
    public Rule {
        regions = Set.copyOf(regions);
    }

    public boolean isPersonWide() {
        return regions.isEmpty();
    }
}
