package org.popcheck.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.assessment.QuestionPlan;
import org.popcheck.body.Region;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageMonotonicityTestAccess;

/**
 * "Ask nothing whose answer cannot matter", proved over generated checks: a sign the planner leaves
 * out of the lists because no rule can use it with the answers of the earlier steps never changes
 * the level, nor whether exercises are withheld, whatever it is answered and whatever the other
 * signs are.
 */
class RuleRelevanceTest {

    private static final FactCatalog CATALOG = FactCatalog.standard();
    private static final QuestionPlan QUESTIONS = new QuestionPlan(CATALOG);
    private final CheckPlanner planner = CheckPlanner.standard();
    private final TriageEngine engine = TriageEngine.standard();

    @Property(tries = 1500)
    void aSignLeftOutCanNeverChangeTheLevelOrTheExercises(@ForAll("assessments") Assessment a) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        a.sites().forEach(s -> regions.add(s.region()));
        List<String> planned = CheckPlanner.factsOf(planner.warnings(a.age(), regions, a.facts()));
        for (FactDefinition f : CATALOG.all()) {
            boolean candidate = (planner.isListSign(f) || f.type() == FactType.NUMBER && !planner.isFollowUp(f))
                    && !f.group().equals("popping") && !f.id().equals("injury_days_ago");
            if (!candidate || planned.contains(f.id()) || !QUESTIONS.isAsked(f, regions, a.facts())) {
                continue;
            }
            Assessment without = withoutFact(a, f.id());
            Level level = engine.level(without);
            boolean withheld = withholds(without);
            for (Answer answer : answers(f)) {
                Assessment with = without.with(f.id(), answer);
                if (engine.level(with) != level || withholds(with) != withheld) {
                    throw new AssertionError(f.id() + " = " + answer + " was left out but changes " + level + " to "
                            + engine.level(with) + " for " + a);
                }
            }
        }
    }

    private boolean withholds(Assessment a) {
        return engine.firedRules(a).stream().anyMatch(r -> r.suspects().withholdsExercises());
    }

    private static List<Answer> answers(FactDefinition f) {
        if (f.type() == FactType.NUMBER) {
            return List.of(new Answer.Number(f.min()), new Answer.Number(f.max()), new Answer.Number(Math.min(f.max(), 31)));
        }
        return List.of(Answer.YesNo.YES, Answer.YesNo.UNSURE, Answer.YesNo.NO);
    }

    private static Assessment withoutFact(Assessment a, String fact) {
        var facts = new java.util.LinkedHashMap<>(a.facts());
        facts.remove(fact);
        return new Assessment(a.age(), a.sites(), facts);
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        return Arbitraries.randomValue(random -> asTheWizardWouldKeep(TriageMonotonicityTestAccess.randomAssessment(random)));
    }

    /** Only answers the wizard can hold: a follow-up without its "yes" (a fall after "no injury") is dropped. */
    static Assessment asTheWizardWouldKeep(Assessment a) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        a.sites().forEach(s -> regions.add(s.region()));
        var facts = new java.util.LinkedHashMap<>(a.facts());
        boolean changed = true;
        while (changed) {
            changed = facts.keySet().removeIf(id -> !QUESTIONS.isAsked(CATALOG.find(id).orElseThrow(), regions, facts));
        }
        return new Assessment(a.age(), a.sites(), facts);
    }
}
