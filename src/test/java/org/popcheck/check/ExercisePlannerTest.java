package org.popcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.causes.CauseRanker;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.exercise.ExercisePlan;
import org.popcheck.exercise.PlannedExercise;
import org.popcheck.triage.Level;
import org.popcheck.triage.Suspicion;
import org.popcheck.triage.TriageResult;

class ExercisePlannerTest {

    private final ExercisePlanner planner = new ExercisePlanner(ExerciseCatalog.standard());
    private final CauseRanker ranker = CauseRanker.standard();

    private static final Assessment SNAPPING_HIP = new Assessment(28, List.of(new BodySite(Region.HIP, Side.RIGHT)), Map.of(
            "sound", new Answer.Choice("snap"), "same_spot_every_step", Answer.YesNo.YES,
            "trigger", new Answer.Choices(List.of("walking")), "pain", new Answer.Number(0)));

    private ExercisePlan plan(Level level, Assessment a) {
        TriageResult t = new TriageResult(level, List.of(), "", List.of());
        return planner.plan(t, ranker.rank(a), a);
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void exercisesAreOfferedOnlyAtHomeCareAndRoutineVisits(Level level) {
        ExercisePlan plan = plan(level, SNAPPING_HIP);
        boolean allowed = level == Level.SELF_CARE || level == Level.CONSULTATION;
        assertEquals(allowed, !plan.items().isEmpty(), level.id());
        assertEquals(!allowed, plan.careFirst());
        assertEquals(level == Level.CONSULTATION, plan.checkWithClinicianFirst(), "clinician first only at consultation");
    }

    @Test
    void aRuleThatSuspectsAFractureWithholdsExercisesEvenAtHomeCare() {
        TriageResult t = new TriageResult(Level.CONSULTATION, List.of(), "", List.of(), List.of(Suspicion.FRACTURE));
        ExercisePlan plan = planner.plan(t, ranker.rank(SNAPPING_HIP), SNAPPING_HIP);
        assertTrue(plan.items().isEmpty());
        assertEquals(List.of(Suspicion.FRACTURE), plan.withheldFor());
    }

    @Test
    void aSnappingHipGetsTheTendonExercisesFirstEachWithWhy() {
        ExercisePlan plan = plan(Level.SELF_CARE, SNAPPING_HIP);
        PlannedExercise first = plan.items().get(0);
        assertEquals("hip-flexor-stretch", first.exercise().id());
        assertEquals("tendon_snap", first.causeId());
        assertTrue(first.why().toLowerCase().contains("tendon"), first.why());
        assertTrue(plan.items().size() <= ExercisePlanner.SESSION_SIZE);
        plan.items().forEach(p -> assertFalse(p.why().isBlank(), p.exercise().id()));
        // Only exercises for the hip: the ankle exercises of the same cause stay out.
        plan.items().forEach(p -> assertTrue(p.exercise().regions().contains(Region.HIP), p.exercise().id()));
    }

    @Test
    void tightHipFlexorsFromSittingGetTheHipFlexorStretchAndBridge() {
        Assessment sitter = new Assessment(40, List.of(BodySite.spine(Region.SPINE_LOWER)), Map.of(
                "long_sitting", Answer.YesNo.YES, "trigger", new Answer.Choices(List.of("walking")), "pain", new Answer.Number(1),
                "sound", new Answer.Choice("click")));
        List<String> ids = plan(Level.SELF_CARE, sitter).ids();
        assertEquals(List.of("hip-flexor-stretch", "glute-bridge", "pelvic-tilt"), ids.subList(0, 3));
    }

    @Test
    void balanceWorkComesFirstAfterAnOldSprainThatGivesWay() {
        Assessment sprain = new Assessment(30, List.of(new BodySite(Region.ANKLE, Side.LEFT)), Map.of(
                "injury", Answer.YesNo.YES, "injury_days_ago", new Answer.Number(120), "giving_way", Answer.YesNo.YES,
                "sound", new Answer.Choice("click")));
        assertEquals("single-leg-balance", plan(Level.CONSULTATION, sprain).ids().get(0));
    }

    @Test
    void withNoCauseTheRegionsOwnExercisesAreOfferedForTheirPurpose() {
        Assessment vague = new Assessment(30, List.of(new BodySite(Region.FOOT, Side.LEFT)), Map.of());
        ExercisePlan plan = plan(Level.SELF_CARE, vague);
        assertFalse(plan.items().isEmpty());
        plan.items().forEach(p -> {
            assertEquals(null, p.causeId());
            assertEquals(p.exercise().purpose(Set.of(Region.FOOT)), p.why(), "the purpose in the foot's words");
        });
    }

    @Test
    void aLikelyInjuryDamageHoldsExercisesBackUntilExamined() {
        Assessment crack = new Assessment(30, List.of(new BodySite(Region.ANKLE, Side.LEFT)), Map.of(
                "injury", Answer.YesNo.YES, "crack_at_injury", Answer.YesNo.YES, "injury_days_ago", new Answer.Number(40)));
        ExercisePlan plan = plan(Level.CONSULTATION, crack);
        assertTrue(plan.items().isEmpty());
        assertTrue(plan.withheldFor().contains(Suspicion.FRACTURE));
    }
}
