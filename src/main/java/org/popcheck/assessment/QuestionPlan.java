package org.popcheck.assessment;

import java.util.Map;
import java.util.Set;
import org.popcheck.body.Region;

/**
 * Decides which questions can be asked: a fact is when its scope includes a chosen region, the
 * numbers it needs are high enough (askIfAtLeast) and, if it has an askIf list or is listed under a
 * broader sign (listedUnder), one of those facts is itself asked and answered yes or not sure. {@code org.popcheck.plan.CheckPlanner} then decides
 * which of them still matter and on which screen. Domain
 * code, so that the wizard, the command line and the tests agree on what a person is asked.
 */
public final class QuestionPlan {

    private final FactCatalog catalog;

    public QuestionPlan(FactCatalog catalog) {
        this.catalog = catalog;
    }

    public boolean isAsked(FactDefinition fact, Set<Region> regions, Map<String, Answer> answers) {
        if (regions.stream().noneMatch(fact::appliesTo)) {
            return false;
        }
        for (Map.Entry<String, Double> least : fact.askIfAtLeast().entrySet()) {
            if (!(answers.get(least.getKey()) instanceof Answer.Number n) || n.value() < least.getValue()) {
                return false;
            }
        }
        if (fact.askedAfter().isEmpty()) {
            return true;
        }
        return fact.askedAfter().stream().anyMatch(id -> answers.get(id) instanceof Answer.YesNo yn && yn.countsAsYes()
                && catalog.find(id).map(f -> isAsked(f, regions, answers)).orElse(false));
    }

    public FactCatalog catalog() {
        return catalog;
    }
}
