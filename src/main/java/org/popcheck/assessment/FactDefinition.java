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
        String picture) {

    public FactDefinition {
        scope = Set.copyOf(scope);
        askIf = List.copyOf(askIf);
        options = List.copyOf(options);
    }

    public boolean appliesTo(Region region) {
        return scope.contains(region);
    }
}
