package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.QuestionPlan;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/**
 * Every way a rule can fire is a way the wizard can ask: for each rule, each region it applies to
 * and each alternative of its condition, the facts of that alternative are asked for that region
 * (scope, and askIf reachable), and the answers the wizard would keep still make the rule fire.
 * A rule that uses a sign the wizard never asks in one of its regions is a silent gap (the
 * version-1 hole: calf swelling counted for the hip but asked for ankle and foot only).
 */
class RuleQuestionCoverageTest {

    private static final FactCatalog CATALOG = FactCatalog.standard();
    private static final QuestionPlan PLAN = new QuestionPlan(CATALOG);
    private final TriageEngine engine = TriageEngine.standard();

    @Test
    void everyFactOfEveryRuleIsAskedInEveryRegionTheRuleAppliesTo() {
        List<String> gaps = new ArrayList<>();
        for (Rule rule : engine.rules().rules()) {
            Set<Region> regions = rule.isPersonWide() ? EnumSet.allOf(Region.class) : rule.regions();
            for (Region region : regions) {
                for (List<Condition> alternative : rule.when().alternatives()) {
                    gaps.addAll(gapsOf(rule, region, alternative));
                }
            }
        }
        assertTrue(gaps.isEmpty(), "rules that can fire on answers the wizard never asks:\n" + String.join("\n", gaps));
    }

    /** The facts that say an injury happened: a question that waits for one is not asked otherwise. */
    private static final Set<String> INJURY_FACTS = Set.of("injury", "major_trauma", "fall_from_standing");

    /**
     * Review 10: a rule that can fire without an injury must be reachable without one. The Ottawa
     * questions wait for an injury, so a stress fracture (no fall) was never asked about them; a
     * diabetic's sore over a joint (no injury) was never asked about the wound. The check above adds
     * an injury to reach such a question and so cannot see this kind of gap. Review 11: no rule is
     * let off any more; a cast or splint is also worn after an operation, with no injury, and the
     * tight-cast question used to wait for one.
     */
    @Test
    void aRuleThatNeedsNoInjuryIsReachableWithoutOne() {
        List<String> gaps = new ArrayList<>();
        for (Rule rule : engine.rules().rules()) {
            Set<Region> regions = rule.isPersonWide() ? EnumSet.allOf(Region.class) : rule.regions();
            for (Region region : regions) {
                for (List<Condition> alternative : rule.when().alternatives()) {
                    gaps.addAll(injuryNeededToReach(rule, region, alternative));
                }
            }
        }
        assertTrue(gaps.isEmpty(), "rules that fire without an injury on questions asked only after one:\n"
                + String.join("\n", gaps));
    }

    @Test
    void aQuestionThatWaitsForAnInjuryIsFoundAsAGap() {
        // The check itself must be able to fail: the outer ankle bone is asked only after an injury.
        Rule probe = probe(Region.ANKLE, Suspicion.FRACTURE, "tender_outer_ankle_bone");
        assertTrue(!injuryNeededToReach(probe, Region.ANKLE, List.of(probe.when())).isEmpty());
    }

    private List<String> injuryNeededToReach(Rule rule, Region region, List<Condition> alternative) {
        Map<String, Answer> facts = new LinkedHashMap<>();
        for (Condition atom : alternative) {
            if (atom instanceof Condition.Injury) {
                return List.of();
            }
            if (atom instanceof Condition.Yes y) {
                if (INJURY_FACTS.contains(y.fact())) {
                    return List.of();
                }
                facts.put(y.fact(), Answer.YesNo.YES);
            }
        }
        for (String id : List.copyOf(facts.keySet())) {
            addPrerequisites(id, region, facts);
        }
        return facts.keySet().stream().filter(INJURY_FACTS::contains)
                .map(id -> rule.id() + " in " + region.id() + ": reached only after '" + id + "'").toList();
    }

    @Test
    void aFactOutsideItsScopeIsFoundAsAGap() {
        // The check itself must be able to fail: calf swelling is not asked for the neck.
        Rule probe = probe(Region.SPINE_NECK, Suspicion.CIRCULATION, "calf_swollen_one_side");
        assertTrue(!gapsOf(probe, Region.SPINE_NECK, List.of(probe.when())).isEmpty());
    }

    /** A made-up rule of one region that fires on one fact answered yes, for the checks' own tests. */
    private static Rule probe(Region region, Suspicion suspicion, String fact) {
        return new Rule("probe", Level.EMERGENCY, Set.of(region), suspicion, new Condition.Yes(fact), "t", "s");
    }

    private List<String> gapsOf(Rule rule, Region region, List<Condition> alternative) {
        int age = 40;
        Map<String, Answer> facts = new LinkedHashMap<>();
        for (Condition atom : alternative) {
            if (atom instanceof Condition.Yes y) {
                facts.put(y.fact(), Answer.YesNo.YES);
            } else if (atom instanceof Condition.NumberAtLeast n) {
                facts.put(n.fact(), new Answer.Number(n.strict() ? n.threshold() + 1 : n.threshold()));
            } else if (atom instanceof Condition.Is is) {
                boolean multi = CATALOG.find(is.fact()).orElseThrow().type() == org.popcheck.assessment.FactType.MULTI;
                facts.put(is.fact(), multi ? new Answer.Choices(List.of(is.option())) : new Answer.Choice(is.option()));
            } else if (atom instanceof Condition.Injury) {
                facts.put("injury", Answer.YesNo.YES);
            } else if (atom instanceof Condition.Age a) {
                age = a.min() != null ? a.min() : a.max();
            } else {
                throw new AssertionError("not an atom: " + atom);
            }
        }
        // A follow-up is reachable when one of the facts it depends on is answered yes.
        for (String id : List.copyOf(facts.keySet())) {
            addPrerequisites(id, region, facts);
        }
        Set<Region> regions = EnumSet.of(region);
        List<String> gaps = new ArrayList<>();
        Map<String, Answer> kept = new LinkedHashMap<>();
        facts.forEach((id, answer) -> {
            FactDefinition def = CATALOG.find(id).orElseThrow();
            if (PLAN.isAsked(def, regions, facts)) {
                kept.put(id, answer);
            } else {
                gaps.add(rule.id() + " in " + region.id() + ": '" + id + "' is not asked");
            }
        });
        Assessment asAsked = new Assessment(age, List.of(new BodySite(region, region.isSpine() ? Side.CENTER : Side.LEFT)), kept);
        if (gaps.isEmpty() && !engine.firedRules(asAsked).contains(rule) && engine.rules().rules().contains(rule)) {
            gaps.add(rule.id() + " in " + region.id() + ": does not fire on " + kept + " at age " + age);
        }
        return gaps;
    }

    private static void addPrerequisites(String id, Region region, Map<String, Answer> facts) {
        FactDefinition def = CATALOG.find(id).orElseThrow();
        def.askIfAtLeast().forEach((number, least) -> {
            if (!(facts.get(number) instanceof Answer.Number n) || n.value() < least) {
                facts.put(number, new Answer.Number(least));
            }
        });
        if (def.askedAfter().isEmpty() || def.askedAfter().stream().anyMatch(p -> facts.get(p) instanceof Answer.YesNo yn && yn.countsAsYes())) {
            return;
        }
        String prerequisite = def.askedAfter().stream()
                .filter(p -> CATALOG.find(p).orElseThrow().appliesTo(region))
                .findFirst().orElse(def.askedAfter().get(0));
        facts.put(prerequisite, Answer.YesNo.YES);
        addPrerequisites(prerequisite, region, facts);
    }
}
