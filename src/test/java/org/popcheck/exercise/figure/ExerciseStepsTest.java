package org.popcheck.exercise.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.popcheck.exercise.figure.PoseDataTest.floorProblems;
import static org.popcheck.exercise.figure.PoseDataTest.movement;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pictures show what the steps say: the movements a clinician found drawn wrong (issue 21)
 * checked on the pose data, so they cannot come back unnoticed.
 */
class ExerciseStepsTest {

    private static final double[] MOMENTS = {0, 0.25, 0.5, 0.75, 1};

    @Test
    void birdDogReachesWithTheArmAndTheLegOfOppositeSidesAndTheArmPassesClearOfTheHead() {
        Movement m = movement("bird-dog");
        Set<String> moving = FigureArt.movingParts(m);
        boolean nearArmFarLeg = moving.contains("near.upperArm") && moving.contains("far.thigh");
        boolean farArmNearLeg = moving.contains("far.upperArm") && moving.contains("near.thigh");
        assertTrue(nearArmFarLeg ^ farArmNearLeg, "one arm and the opposite leg move: " + moving);
        assertFalse(moving.contains("near.thigh") && moving.contains("near.upperArm"), "same-side arm and leg: " + moving);
        Body end = Skeleton.place(m, m.end());
        String arm = nearArmFarLeg ? "near" : "far";
        double clearance = distanceToSegment(end.point("head"), end.point(arm + ".shoulder"), end.point(arm + ".hand"));
        assertTrue(clearance > end.headRadius() * 0.5, "the reaching arm runs through the head (" + clearance + ")");
    }

    @Test
    void gluteBridgeStartsWithThePelvisOnTheMatAndLiftsItOnTheWayUp() {
        Movement m = movement("glute-bridge");
        assertTrue(m.start().floor().contains("pelvis"));
        assertEquals(List.of(), floorProblems(m, m.start()));
        double previous = Double.MAX_VALUE;
        for (double t : MOMENTS) {
            double y = Skeleton.place(m, m.at(t)).point("pelvis").y();
            assertTrue(y <= previous + 1e-9, "the hips go down on the way up at " + t);
            previous = y;
        }
        assertTrue(Skeleton.place(m, m.start()).point("pelvis").y() - previous > 15, "the hips lift clearly");
    }

    @Test
    void pelvicTiltKeepsThePelvisOnTheMatThroughoutTheMovement() {
        assertOnFloorThroughout(movement("pelvic-tilt"), "pelvis");
    }

    @Test
    void towelScrunchKeepsTheHeelDownThroughoutTheMovement() {
        assertOnFloorThroughout(movement("towel-scrunch"), "near.heel");
    }

    @Test
    void catCowDropsTheHeadWithTheRoundedBackAndLiftsItWithTheHollowedBack() {
        Movement m = movement("cat-cow");
        Keyframe round = m.keyframes().stream().filter(k -> k.get("spine") > 0).findFirst().orElseThrow();
        Keyframe arch = m.keyframes().stream().filter(k -> k.get("spine") < 0).findFirst().orElseThrow();
        assertTrue(round.get("neck") > 0, "the head drops (flexes) with the rounded back");
        assertTrue(arch.get("neck") < 0, "the head lifts (extends) with the hollowed back");
        assertTrue(Skeleton.place(m, round).point("head").y() > Skeleton.place(m, arch).point("head").y() + 5);
    }

    @Test
    void soleStretchRestsTheAnkleOnTheOtherKneeAndHoldsTheToes() {
        Movement m = movement("sole-stretch");
        for (Keyframe k : m.keyframes()) {
            Body b = Skeleton.place(m, k);
            assertTrue(b.point("near.ankle").distance(b.point("far.knee")) < 14, k.name() + ": ankle not on the other knee");
            assertTrue(b.point("near.hand").distance(b.point("near.toeTip")) < 10, k.name() + ": hand not on the toes");
        }
        assertTrue(m.end().get("near.toes") < m.start().get("near.toes") - 20, "the toes are drawn back towards the shin");
    }

    @Test
    void openBookIsSeenFromAboveAndTheTopArmEndsOnTheOtherSideOfTheBody() {
        Movement m = movement("open-book");
        assertEquals(Movement.View.TOP, m.view());
        Body start = Skeleton.place(m, m.start());
        Body end = Skeleton.place(m, m.end());
        double before = start.point("near.hand").y() - start.point("near.shoulder").y();
        double after = end.point("near.hand").y() - end.point("near.shoulder").y();
        assertTrue(before * after < 0 && Math.abs(after) > 30, "the arm sweeps over to the other side: " + before + " then " + after);
        assertTrue(start.point("near.knee").y() < start.point("pelvis").y() - 20, "knees bent in front of the body");
    }

    @Test
    void clamshellKeepsTheKneesBentAndTheFeetTogetherWhileTheLegLiftKeepsTheTopLegStraight() {
        Movement clam = movement("clamshell");
        Movement lift = movement("side-lying-leg-lift");
        for (double t : MOMENTS) {
            Body c = Skeleton.place(clam, clam.at(t));
            Body l = Skeleton.place(lift, lift.at(t));
            assertTrue(c.point("near.ankle").distance(c.point("far.ankle")) < 12, "clamshell feet apart at " + t);
            assertTrue(bend(l, "near") < 5, "leg lift's top knee bends at " + t);
        }
        assertTrue(bend(Skeleton.place(clam, clam.end()), "near") > 40, "clamshell's open knee is bent");
        assertTrue(Skeleton.place(clam, clam.end()).point("near.knee").y() < Skeleton.place(clam, clam.start()).point("near.knee").y() - 10,
                "the top knee opens upwards");
    }

    private static void assertOnFloorThroughout(Movement m, String part) {
        for (double t : MOMENTS) {
            Keyframe k = m.at(t);
            Keyframe checked = new Keyframe(k.name(), k.values(), List.of(part));
            assertEquals(List.of(), floorProblems(m, checked), m.id() + " at " + t);
        }
    }

    private static double bend(Body b, String side) {
        double a = b.segment(side + ".thigh").direction();
        double c = b.segment(side + ".shin").direction();
        return Math.abs(((a - c) % 360 + 540) % 360 - 180);
    }

    private static double distanceToSegment(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double t = Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / (dx * dx + dy * dy)));
        return p.distance(new Point(a.x() + t * dx, a.y() + t * dy));
    }
}
