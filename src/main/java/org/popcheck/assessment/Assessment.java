package org.popcheck.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.popcheck.body.BodySite;

/**
 * One run of the symptom wizard, as fixed by spec/assessment.md: the person's age, the places that
 * pop, and the answers by fact id. An absent fact was not asked and counts as no.
 */
public record Assessment(int age, List<BodySite> sites, Map<String, Answer> facts) {

    public Assessment {
        sites = List.copyOf(sites);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** True when the fact was answered yes or "unsure": the reading for any fact that raises a level. */
    public boolean yes(String factId) {
        return facts.get(factId) instanceof Answer.YesNo yn && yn.countsAsYes();
    }

    public OptionalDouble number(String factId) {
        return facts.get(factId) instanceof Answer.Number n ? OptionalDouble.of(n.value()) : OptionalDouble.empty();
    }

    public Optional<String> choice(String factId) {
        return facts.get(factId) instanceof Answer.Choice c ? Optional.of(c.option()) : Optional.empty();
    }

    public List<String> choices(String factId) {
        return facts.get(factId) instanceof Answer.Choices c ? c.options() : List.of();
    }

    public Optional<Answer> answer(String factId) {
        return Optional.ofNullable(facts.get(factId));
    }

    /** A copy with one more (or a changed) answer. */
    public Assessment with(String factId, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(facts);
        copy.put(factId, answer);
        return new Assessment(age, sites, copy);
    }
}
