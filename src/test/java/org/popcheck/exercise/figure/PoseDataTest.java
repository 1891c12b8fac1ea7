package org.popcheck.exercise.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;

/** The pose data of every exercise: human joint ranges, and the body resting on the floor where the data says. */
class PoseDataTest {

    /** How far above the floor a resting part's centre may be: its thickness and a little air. */
    private static final Map<String, Double> THICKNESS = Map.of("pelvis", 11.0, "head", 11.0, "waist", 10.5,
            "shoulder", 12.0, "near.knee", 6.0, "far.knee", 6.0, "near.hand", 4.6, "far.hand", 4.6, "near.toeTip", 2.6, "far.toeTip", 2.6);

    @Test
    void everyKeyframeOfEveryExerciseStaysWithinHumanJointRanges() {
        List<String> problems = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.standard().all()) {
            for (Keyframe k : movement(e.id()).keyframes()) {
                JointLimits.problems(k).forEach(p -> problems.add(e.id() + " " + p));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theRangeCheckCatchesImpossibleJointsAndUnknownKeys() {
        for (Map<String, Double> bad : List.of(Map.of("near.knee", -20.0), Map.of("far.elbow", 170.0), Map.of("near.ankle", 60.0),
                Map.of("neck", -80.0), Map.of("near.hip", 140.0), Map.of("near.kne", 10.0), Map.of("near.thighLength", 1.5))) {
            assertFalse(JointLimits.problems(new Keyframe("k", bad, null)).isEmpty(), bad.toString());
        }
        for (Map<String, Double> fine : List.of(Map.of("near.knee", 150.0), Map.of("far.elbow", 0.0), Map.of("near.ankle", -50.0),
                Map.of("trunk", -112.0), Map.of("near.thighLength", 0.5))) {
            assertEquals(List.of(), JointLimits.problems(new Keyframe("k", fine, null)), fine.toString());
        }
    }

    @Test
    void everyPartTheDataSaysRestsOnTheFloorDoesSoInItsKeyframe() {
        List<String> problems = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.standard().all()) {
            Movement m = movement(e.id());
            for (Keyframe k : m.keyframes()) {
                problems.addAll(floorProblems(m, k));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theFloorCheckCatchesAFloatingPelvisAndALiftedHeel() {
        Movement bridge = movement("glute-bridge");
        Keyframe lifted = new Keyframe("lifted", bridge.end().values(), List.of("pelvis"));
        assertFalse(floorProblems(bridge, lifted).isEmpty(), "a lifted pelvis is not on the floor");
        Movement calf = movement("calf-raise");
        Keyframe onToes = new Keyframe("toes", calf.end().values(), List.of("near.heel"));
        assertFalse(floorProblems(calf, onToes).isEmpty(), "a raised heel is not on the floor");
    }

    static List<String> floorProblems(Movement m, Keyframe k) {
        List<String> out = new ArrayList<>();
        Body body = Skeleton.place(m, k);
        for (String part : k.floor()) {
            double thickness = THICKNESS.getOrDefault(part, 4.2);
            double gap = Skeleton.FLOOR - body.point(part).y() - thickness;
            if (gap > 2.5) {
                out.add(m.id() + " " + k.name() + ": " + part + " floats " + Math.round(gap) + " units above the floor");
            }
        }
        return out;
    }

    @Test
    void aBrokenPoseFileIsNamedWithItsProblem() {
        com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(
                "{\"view\":\"side\",\"anchor\":{\"point\":\"pelvis\",\"x\":1},\"keyframes\":[{\"name\":\"start\"}]}").getAsJsonObject();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Movements.parse("only-one", o));
        assertTrue(e.getMessage().contains("only-one") && e.getMessage().contains("start and an end"), e.getMessage());
    }

    @Test
    void aPoseFileCanNameOnlyBodyPointsThatExist() {
        for (Exercise e : ExerciseCatalog.standard().all()) {
            Movement m = movement(e.id());
            Body body = Skeleton.place(m, m.start());
            body.point(m.anchor());
            String arrow = FigureArt.arrowPoint(m);
            if (!arrow.equals("none")) {
                body.point(arrow);
            }
            for (Movement.Prop p : m.props()) {
                if (p.from() != null && !p.type().equals("inset")) {
                    body.point(p.from());
                }
                if (p.to() != null) {
                    body.point(p.to());
                }
            }
        }
        assertThrowsUnknown();
    }

    private static void assertThrowsUnknown() {
        Movement m = movement("calf-raise");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Skeleton.place(m, m.start()).point("near.wing"));
        assertTrue(e.getMessage().contains("near.wing"));
    }

    static Movement movement(String id) {
        return Movements.of(id).orElseThrow(() -> new AssertionError(id + " has no pose file"));
    }
}
