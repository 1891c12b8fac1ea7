package org.popcheck.triage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.popcheck.assessment.Answer;
import org.popcheck.body.Region;

/**
 * Which unanswered facts could still change the triage, given the answers so far. A fact can
 * matter when some rule for the regions has a way to fire (an alternative of its condition) that
 * names the fact and that no answer given so far has ruled out, and that rule would either raise
 * the level above what the answers already give, or withhold exercises that would otherwise be
 * offered. Because rules only ever add urgency (no "not"), a fact that cannot matter now cannot
 * matter after any further answer either; {@code RuleRelevanceTest} checks this over generated
 * assessments.
 */
public final class RuleRelevance {

    private final RuleBook rules;

    public RuleRelevance(RuleBook rules) {
        this.rules = rules;
    }

    /**
     * @param fact      the fact id in question (not yet answered)
     * @param age       whole years, 0 to 120
     * @param regions   the regions assessed
     * @param known     the answers given so far; absent facts are still open
     * @param current   the level those answers already give
     * @param withheld  true when those answers already withhold exercises
     */
    public boolean canMatter(String fact, int age, Set<Region> regions, Map<String, Answer> known, Level current, boolean withheld) {
        for (Rule rule : rules.rules()) {
            if (!concerns(rule, regions) || !couldChangeOutcome(rule, current, withheld)) {
                continue;
            }
            for (List<Condition> alternative : rule.when().alternatives()) {
                if (names(alternative, fact) && alternative.stream().noneMatch(atom -> ruledOut(atom, age, known))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean couldChangeOutcome(Rule rule, Level current, boolean withheld) {
        if (rule.level().isMoreUrgentThan(current)) {
            return true;
        }
        // Same level, but it would hold exercises back that are offered now.
        return rule.suspects().withholdsExercises() && current.allowsExercises() && !withheld;
    }

    private static boolean names(List<Condition> alternative, String fact) {
        for (Condition atom : alternative) {
            if (atom instanceof Condition.Yes y && y.fact().equals(fact)
                    || atom instanceof Condition.NumberAtLeast n && n.fact().equals(fact)
                    || atom instanceof Condition.Is is && is.fact().equals(fact)
                    || atom instanceof Condition.Injury && (Condition.Injury.FACTS.contains(fact) || Condition.Injury.DAYS_AGO.equals(fact))) {
                return true;
            }
        }
        return false;
    }

    /** True when the answers given so far (or the age) already make this atom false for good. */
    static boolean ruledOut(Condition atom, int age, Map<String, Answer> known) {
        if (atom instanceof Condition.Yes y) {
            return known.get(y.fact()) == Answer.YesNo.NO;
        }
        if (atom instanceof Condition.NumberAtLeast n) {
            return known.get(n.fact()) instanceof Answer.Number v && (n.strict() ? v.value() <= n.threshold() : v.value() < n.threshold());
        }
        if (atom instanceof Condition.Is is) {
            Answer a = known.get(is.fact());
            return a instanceof Answer.Choice c && !c.option().equals(is.option())
                    || a instanceof Answer.Choices cs && !cs.options().contains(is.option());
        }
        if (atom instanceof Condition.Age a) {
            return !a.test(new org.popcheck.assessment.Assessment(age, List.of(), Map.of()));
        }
        if (atom instanceof Condition.Injury i) {
            // "Did it start with a twist, a fall, a knock or an accident?" No: the high-energy and
            // fall questions are its follow-ups, so no injury of any kind is left open.
            boolean allNo = known.get("injury") == Answer.YesNo.NO && Condition.Injury.FACTS.stream()
                    .noneMatch(f -> known.get(f) instanceof Answer.YesNo yn && yn.countsAsYes());
            boolean old = i.recentOnly() && known.get(Condition.Injury.DAYS_AGO) instanceof Answer.Number d
                    && d.value() > i.maxDays();
            return allNo || old;
        }
        throw new IllegalArgumentException("not an atom: " + atom);
    }

    private static boolean concerns(Rule rule, Set<Region> regions) {
        return rule.isPersonWide() || regions.stream().anyMatch(rule.regions()::contains);
    }
}
