package org.popcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.causes.CauseRanker;
import org.popcheck.exercise.Caution;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.exercise.ExercisePlan;
import org.popcheck.exercise.PersonCondition;
import org.popcheck.exercise.PlannedExercise;
import org.popcheck.exercise.Stage;
import org.popcheck.triage.Level;
import org.popcheck.triage.Suspicion;
import org.popcheck.triage.TriageResult;

/** The session for each condition of the cautions and each recovery stage: what is in it, what is not, and with which words. */
class PlanCautionsAndStagesTest {

    private final ExercisePlanner planner = new ExercisePlanner(ExerciseCatalog.standard());
    private final CauseRanker ranker = CauseRanker.standard();

    private ExercisePlan plan(Assessment a) {
        return planner.plan(new TriageResult(Level.SELF_CARE, List.of(), "", List.of()), ranker.rank(a), a);
    }

    private static Assessment person(int age, Region region, Object... factsAndAnswers) {
        Map<String, Answer> facts = new HashMap<>();
        facts.put("sound", new Answer.Choice("click"));
        for (int i = 0; i < factsAndAnswers.length; i += 2) {
            facts.put((String) factsAndAnswers[i], (Answer) factsAndAnswers[i + 1]);
        }
        BodySite site = region.isSpine() ? BodySite.spine(region) : new BodySite(region, Side.LEFT);
        return new Assessment(age, List.of(site), facts);
    }

    private static List<String> sayOf(ExercisePlan plan, String id, PersonCondition condition) {
        return plan.items().stream().filter(p -> p.exercise().id().equals(id)).flatMap(p -> p.cautions().stream())
                .filter(c -> c.condition() == condition).map(Caution::say).toList();
    }

    private static final Answer YES = Answer.YesNo.YES;
    private static final Answer UNSURE = Answer.YesNo.UNSURE;

    @Test
    void withoutConditionsNoCautionIsShownAndNothingIsLeftOut() {
        ExercisePlan plan = plan(person(30, Region.HIP));
        plan.items().forEach(p -> assertTrue(p.cautions().isEmpty(), p.exercise().id()));
        assertTrue(plan.leftOut().isEmpty());
        assertTrue(plan.conditions().isEmpty());
    }

    @Test
    void aHipReplacementLeavesOutKneelingAndAllFoursHipWorkAndSaysSo() {
        ExercisePlan plan = plan(person(60, Region.HIP, "joint_replacement", YES));
        assertFalse(plan.ids().contains("hip-flexor-stretch"), plan.ids().toString());
        assertFalse(plan.ids().contains("bird-dog"), plan.ids().toString());
        for (String id : List.of("hip-flexor-stretch", "bird-dog")) {
            assertTrue(plan.leftOut().stream().anyMatch(l -> l.exercise().id().equals(id) && !l.caution().say().isBlank()), id);
        }
    }

    @Test
    void aKneeOrOtherReplacementDoesNotTriggerHipPrecautionsForTheLowerBack() {
        ExercisePlan plan = plan(person(60, Region.SPINE_LOWER, "joint_replacement", YES, "long_sitting", YES));
        assertFalse(plan.conditions().contains(PersonCondition.HIP_REPLACEMENT));
        assertTrue(plan.ids().contains("hip-flexor-stretch"), plan.ids().toString());
    }

    @Test
    void aSnappingHipWithAReplacementGetsTheBridgeInPlaceOfTheStretch() {
        Assessment a = person(60, Region.HIP, "joint_replacement", YES, "sound", new Answer.Choice("snap"),
                "same_spot_every_step", YES, "trigger", new Answer.Choices(List.of("walking")), "pain", new Answer.Number(0));
        ExercisePlan plan = plan(a);
        PlannedExercise bridge = plan.items().stream().filter(p -> p.exercise().id().equals("glute-bridge")).findFirst().orElseThrow();
        assertEquals("hip-flexor-stretch", bridge.insteadOf());
        List<String> sideLying = plan.items().stream().map(p -> p.exercise().id()).filter(id -> id.startsWith("side-lying") || id.equals("clamshell")).toList();
        assertFalse(sideLying.isEmpty(), plan.ids().toString());
        sideLying.forEach(id -> assertTrue(sayOf(plan, id, PersonCondition.HIP_REPLACEMENT).get(0).contains("pillow"), id));
    }

    @Test
    void pregnancyKeepsBackLyingWorkWithWordsAboutLyingFlat() {
        ExercisePlan plan = plan(person(30, Region.SPINE_LOWER, "pregnant", YES, "long_sitting", YES));
        assertTrue(plan.ids().contains("glute-bridge") && plan.ids().contains("pelvic-tilt"), plan.ids().toString());
        assertTrue(sayOf(plan, "glute-bridge", PersonCondition.PREGNANT).get(0).contains("16 weeks"));
        assertFalse(sayOf(plan, "pelvic-tilt", PersonCondition.PREGNANT).isEmpty());
        assertTrue(sayOf(plan(person(30, Region.SPINE_LOWER, "pregnant", Answer.YesNo.NO, "long_sitting", YES)),
                "glute-bridge", PersonCondition.PREGNANT).isEmpty(), "not pregnant: no pregnancy words");
    }

    @Test
    void anUnsurePregnancyAnswerIsReadTheCarefulWay() {
        assertTrue(plan(person(30, Region.SPINE_LOWER, "pregnant", UNSURE)).conditions().contains(PersonCondition.PREGNANT));
    }

    @Test
    void osteoporosisBringsTheBendingAndTwistingWordsToTheUpperBack() {
        for (String fact : List.of("osteoporosis_or_steroids", "bisphosphonate_long_term")) {
            ExercisePlan plan = plan(person(55, Region.SPINE_UPPER, fact, YES));
            assertFalse(sayOf(plan, "cat-cow", PersonCondition.OSTEOPOROSIS).isEmpty(), fact + " " + plan.ids());
            assertFalse(sayOf(plan, "open-book", PersonCondition.OSTEOPOROSIS).isEmpty(), fact + " " + plan.ids());
        }
    }

    @Test
    void numbFeetKeepBalanceWorkButWithEyesOpenAndShoesOn() {
        for (String fact : List.of("diabetes_or_neuropathy", "numbness_tingling")) {
            ExercisePlan plan = plan(person(50, Region.ANKLE, fact, YES));
            List<String> say = sayOf(plan, "single-leg-balance", PersonCondition.NEUROPATHY);
            assertEquals(1, say.size(), fact + " " + plan.ids());
            assertTrue(say.get(0).contains("eyes open"), say.get(0));
        }
    }

    @Test
    void aSwollenAnkleGetsNoLoadedOrBalanceWorkOnlyGentleMovement() {
        ExercisePlan plan = plan(person(30, Region.ANKLE, "swelling", YES));
        for (String out : List.of("calf-raise", "banded-side-step", "single-leg-balance")) {
            assertFalse(plan.ids().contains(out), out + " in " + plan.ids());
        }
        assertTrue(plan.ids().contains("ankle-circles"), plan.ids().toString());
    }

    @Test
    void givingWayEarlyAfterAnInjuryIsProtectedButLongAfterItIsTrained() {
        Assessment early = person(30, Region.ANKLE, "injury", YES, "injury_days_ago", new Answer.Number(20), "giving_way", YES);
        assertFalse(plan(early).ids().contains("single-leg-balance"), plan(early).ids().toString());
        Assessment late = person(30, Region.ANKLE, "injury", YES, "injury_days_ago", new Answer.Number(120), "giving_way", YES);
        assertTrue(plan(late).ids().contains("single-leg-balance"), plan(late).ids().toString());
        assertFalse(plan(late).conditions().contains(PersonCondition.SWELLING_OR_GIVING_WAY));
    }

    @Test
    void olderPeopleGetAWayAroundFloorWorkOnEveryFloorExerciseOfTheirPlan() {
        for (Region r : Region.values()) {
            ExercisePlan plan = plan(person(72, r));
            for (PlannedExercise p : plan.items()) {
                if (p.exercise().position().onTheFloor()) {
                    assertTrue(p.cautions().stream().anyMatch(c -> c.condition() == PersonCondition.AGE_65_PLUS), r + " " + p.exercise().id());
                }
            }
        }
        assertFalse(plan(person(64, Region.HIP)).conditions().contains(PersonCondition.AGE_65_PLUS));
    }

    @Test
    void aSuspectedFractureWithholdsTheWholePlan() {
        Assessment a = person(30, Region.ANKLE);
        TriageResult t = new TriageResult(Level.SELF_CARE, List.of(), "", List.of(), List.of(Suspicion.FRACTURE));
        ExercisePlan plan = planner.plan(t, ranker.rank(a), a);
        assertTrue(plan.items().isEmpty());
        assertTrue(plan.careFirst());
        assertTrue(PersonConditions.of(a, t).contains(PersonCondition.POSSIBLE_FRACTURE));
    }

    @Test
    void inTheFirstWeekAfterAnInjuryOnlyGentleMovement() {
        for (int day : new int[] {0, 2, 7}) {
            ExercisePlan plan = plan(person(30, Region.ANKLE, "injury", YES, "injury_days_ago", new Answer.Number(day)));
            assertFalse(plan.items().isEmpty(), "day " + day);
            plan.items().forEach(p -> assertEquals(Stage.MOBILITY, p.exercise().stage(), "day " + day + " " + p.exercise().id()));
        }
    }

    @Test
    void anInjuryOfUnknownDateCountsAsRecent() {
        ExercisePlan plan = plan(person(30, Region.ANKLE, "injury", YES));
        plan.items().forEach(p -> assertEquals(Stage.MOBILITY, p.exercise().stage(), p.exercise().id()));
    }

    @Test
    void inTheSecondWeekStrengthJoinsAfterTheMovementAndBalanceWaits() {
        ExercisePlan plan = plan(person(30, Region.ANKLE, "injury", YES, "injury_days_ago", new Answer.Number(10)));
        List<Stage> stages = plan.items().stream().map(p -> p.exercise().stage()).toList();
        assertTrue(stages.contains(Stage.STRENGTH), stages.toString());
        assertFalse(stages.contains(Stage.BALANCE), stages.toString());
        assertEquals(Stage.MOBILITY, stages.get(0), "movement first");
        for (int i = 1; i < stages.size(); i++) {
            assertTrue(stages.get(i - 1).compareTo(stages.get(i)) <= 0, "ordered by stage: " + stages);
        }
    }

    @Test
    void fromTheThirdWeekBalanceMayJoin() {
        ExercisePlan plan = plan(person(30, Region.ANKLE, "injury", YES, "injury_days_ago", new Answer.Number(21)));
        assertTrue(plan.items().stream().anyMatch(p -> p.exercise().stage() == Stage.BALANCE), plan.ids().toString());
    }

    @Test
    void noSessionHoldsMoreThanFourExercisesAndAFourthOnlyWithinFifteenMinutes() {
        String[][] conditionFacts = {{}, {"pregnant"}, {"joint_replacement"}, {"osteoporosis_or_steroids"}, {"numbness_tingling"},
            {"swelling"}, {"long_sitting"}, {"giving_way"}};
        for (Region r : Region.values()) {
            for (int age : new int[] {20, 70}) {
                for (String[] facts : conditionFacts) {
                    Object[] answers = facts.length == 0 ? new Object[0] : new Object[] {facts[0], YES};
                    ExercisePlan plan = plan(person(age, r, answers));
                    String what = r + " " + age + " " + List.of(facts) + " " + plan.ids();
                    assertTrue(plan.items().size() <= ExercisePlanner.SESSION_SIZE, what);
                    assertFalse(plan.items().isEmpty(), what);
                    if (plan.items().size() == ExercisePlanner.SESSION_SIZE) {
                        assertTrue(plan.minutes() <= ExercisePlanner.SESSION_MINUTES, what + " takes " + plan.minutes());
                    }
                    plan.items().forEach(p -> assertTrue(p.exercise().daysPerWeek() >= 1, what));
                }
            }
        }
    }

    /** Every region, at every day of the second week after an injury: each stage the day allows and the region has is in the session. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Region.class)
    void eachStageTheRecoveryAllowsHasAPlaceInTheSession(Region region) {
        for (int day = 8; day <= 14; day++) {
            Assessment a = person(30, region, "injury", YES, "injury_days_ago", new Answer.Number(day));
            java.util.Set<Stage> allowed = RecoveryStage.allowed(a);
            java.util.Set<Stage> offered = java.util.EnumSet.noneOf(Stage.class);
            ExerciseCatalog.standard().forRegions(java.util.Set.of(region)).forEach(x -> offered.add(x.stage()));
            ExercisePlan plan = plan(a);
            List<Stage> stages = plan.items().stream().map(p -> p.exercise().stage()).toList();
            for (Stage stage : allowed) {
                if (offered.contains(stage)) {
                    assertTrue(stages.contains(stage), region + " day " + day + ": no " + stage + " in " + plan.ids());
                }
            }
            for (int i = 1; i < stages.size(); i++) {
                assertTrue(stages.get(i - 1).compareTo(stages.get(i)) <= 0, "gentle movement first: " + stages);
            }
        }
    }
}
