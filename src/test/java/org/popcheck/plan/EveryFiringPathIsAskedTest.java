package org.popcheck.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.triage.Condition;
import org.popcheck.triage.Level;
import org.popcheck.triage.Rule;
import org.popcheck.triage.TriageEngine;

/**
 * Review 12 (sign lists by place): for every rule, every place it concerns (alone and with another
 * place picked beside it) and every way it can fire, a person who has exactly those signs, answering
 * the planner's screens as they come ("yes" to the rule's signs and to the broader signs they are
 * filed under, "no" to everything else), reaches the rule: it fires, or the answers already give its
 * level (and hold exercises back when it would). So a sign the lists leave out for a place, or file
 * under a broader one, never loses a way for a rule of that place to fire. Unlike
 * {@code RuleQuestionCoverageTest} (the questions' scope) this walks the planner itself.
 */
class EveryFiringPathIsAskedTest {

    private static final FactCatalog CATALOG = FactCatalog.standard();
    private static final TriageEngine ENGINE = TriageEngine.standard();
    private static final List<Integer> AGES = List.of(40, 0, 2, 10, 12, 16, 30, 65, 70, 85);

    private final CheckPlanner planner = CheckPlanner.standard();

    @Test
    void everyWayEveryRuleFiresIsAskedInEveryPlaceItConcerns() {
        List<String> lost = new ArrayList<>();
        int walks = 0;
        for (Rule rule : ENGINE.rules().rules()) {
            for (Set<Region> regions : placesConcerning(rule)) {
                for (List<Condition> alternative : rule.when().alternatives()) {
                    walks++;
                    String gap = walk(planner::screens, rule, regions, alternative);
                    if (gap != null) {
                        lost.add(gap);
                    }
                }
            }
        }
        assertTrue(walks > 1000, "too few walks to mean anything: " + walks);
        assertTrue(lost.isEmpty(), lost.size() + " ways to fire lost:\n" + String.join("\n", lost));
    }

    /** The check itself must be able to fail: a planner that drops the follow-ups of filed signs loses arm pain. */
    @Test
    void aPlannerThatNeverAsksAFiledSignIsCaught() {
        Rule radiating = ENGINE.rules().rules().stream().filter(r -> r.id().equals("radiating-pain")).findFirst().orElseThrow();
        List<Condition> armAlone = radiating.when().alternatives().stream()
                .filter(alt -> alt.contains(new Condition.Yes("radiating_arm_pain"))).findFirst().orElseThrow();
        Screens blind = (age, regions, answers) -> planner.screens(age, regions, answers).stream()
                .filter(s -> !s.facts().contains("radiating_arm_pain")).toList();
        assertTrue(walk(blind, radiating, EnumSet.of(Region.SPINE_NECK), armAlone) != null);
        assertTrue(walk(planner::screens, radiating, EnumSet.of(Region.SPINE_NECK), armAlone) == null);
    }

    /** The screens a check shows for an age, places and the answers so far. */
    interface Screens {
        List<PlanScreen> of(int age, Set<Region> regions, Map<String, Answer> answers);
    }

    /** Each place a rule concerns, alone and with a place far from it. */
    private static List<Set<Region>> placesConcerning(Rule rule) {
        Set<Region> own = rule.isPersonWide() ? EnumSet.allOf(Region.class) : rule.regions();
        List<Set<Region>> out = new ArrayList<>();
        for (Region r : own) {
            out.add(EnumSet.of(r));
            out.add(EnumSet.of(r, r.isSpine() ? Region.ANKLE : Region.SPINE_NECK));
        }
        return out;
    }

    /** Null when the rule is reached, else what was lost. */
    private static String walk(Screens planner, Rule rule, Set<Region> regions, List<Condition> alternative) {
        Integer age = AGES.stream().filter(a -> alternative.stream().noneMatch(atom -> atom instanceof Condition.Age c
                && !c.test(new Assessment(a, List.of(), Map.of())))).findFirst().orElse(null);
        if (age == null) {
            return null; // ages that contradict each other: the rule cannot fire this way at all
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("sound", new Answer.Choice("click"));
        answers.put("frequency", new Answer.Choice("sometimes"));
        answers.put("duration_days", new Answer.Number(5));
        Set<String> wanted = new HashSet<>();
        Map<String, Double> numbers = new LinkedHashMap<>(); // answered when their question comes
        int pain = 0;
        for (Condition atom : alternative) {
            if (atom instanceof Condition.Yes y) {
                wanted.add(y.fact());
            } else if (atom instanceof Condition.NumberAtLeast n) {
                double v = n.strict() ? n.threshold() + 1 : n.threshold();
                if (n.fact().equals("pain")) {
                    pain = Math.max(pain, (int) v);
                } else if (CATALOG.find(n.fact()).orElseThrow().group().equals("popping")) {
                    answers.put(n.fact(), new Answer.Number(v));
                } else {
                    numbers.put(n.fact(), v);
                    wanted.add(n.fact());
                }
            } else if (atom instanceof Condition.Is is) {
                boolean multi = CATALOG.find(is.fact()).orElseThrow().type() == FactType.MULTI;
                answers.put(is.fact(), multi ? new Answer.Choices(List.of(is.option())) : new Answer.Choice(is.option()));
            } else if (atom instanceof Condition.Injury) {
                wanted.add("injury");
                numbers.put("injury_days_ago", 0.0);
            }
        }
        for (String fact : wanted) {
            Double least = CATALOG.find(fact).orElseThrow().askIfAtLeast().get("pain");
            pain = Math.max(pain, least == null ? 0 : least.intValue()); // "no pain" asks no pain question (H25)
        }
        answers.put("pain", new Answer.Number(pain));
        Set<String> openers = openersOf(wanted);
        for (int before = -1; before != answers.size(); ) { // until an answer opens no new question
            before = answers.size();
            for (PlanScreen screen : planner.of(age, regions, answers)) {
                for (String id : screen.facts()) {
                    if (answers.containsKey(id)) {
                        continue;
                    }
                    FactDefinition f = CATALOG.find(id).orElseThrow();
                    if (f.type() == FactType.YESNO) {
                        answers.put(id, wanted.contains(id) || openers.contains(id) ? Answer.YesNo.YES : Answer.YesNo.NO);
                    } else if (f.type() == FactType.NUMBER) {
                        answers.put(id, new Answer.Number(numbers.getOrDefault(id, f.min() == null ? 0 : f.min())));
                    }
                }
            }
        }
        List<BodySite> sites = regions.stream().map(r -> r.isSpine() ? BodySite.spine(r) : new BodySite(r, Side.LEFT)).toList();
        Assessment asAnswered = new Assessment(age, sites, answers);
        if (ENGINE.firedRules(asAnswered).contains(rule)) {
            return null;
        }
        Level level = ENGINE.level(asAnswered);
        boolean withheld = ENGINE.firedRules(asAnswered).stream().anyMatch(r -> r.suspects().withholdsExercises());
        boolean covered = level.compareTo(rule.level()) <= 0 && (withheld || !rule.suspects().withholdsExercises());
        return covered ? null : rule.id() + " in " + regions + " at " + age + " via " + alternative + ": never reached, "
                + wanted.stream().filter(w -> !answers.containsKey(w)).toList() + " not asked (level " + level + ")";
    }

    /** The signs a wanted sign waits for in the wizard, and theirs in turn. */
    private static Set<String> openersOf(Set<String> wanted) {
        Set<String> out = new HashSet<>();
        List<String> todo = new ArrayList<>(wanted);
        while (!todo.isEmpty()) {
            FactDefinition f = CATALOG.find(todo.remove(0)).orElseThrow();
            for (String opener : f.askedAfter()) {
                if (out.add(opener)) {
                    todo.add(opener);
                }
            }
        }
        return out;
    }
}
