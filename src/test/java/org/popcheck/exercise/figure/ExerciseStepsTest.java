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

    @Test
    void calfStretchKeepsTheBackHeelDownAndTheBackKneeStraightWhileTheHipsGoForward() {
        Movement m = movement("calf-stretch");
        assertOnFloorThroughout(m, "near.heel");
        assertOnFloorThroughout(m, "far.heel");
        for (double t : MOMENTS) {
            assertTrue(bend(Skeleton.place(m, m.at(t)), "near") < 5, "the back knee bends at " + t);
        }
        Body start = Skeleton.place(m, m.start());
        Body end = Skeleton.place(m, m.end());
        assertTrue(end.point("pelvis").x() > start.point("pelvis").x() + 3, "the hips move towards the wall");
        assertTrue(start.point("near.heel").x() < start.point("far.heel").x(), "the stretched leg is the back one");
        assertHandsOnTheWall(m);
    }

    @Test
    void everyExerciseDrawnAtAWallHasItsHandsOnTheWall() {
        int walls = 0;
        for (org.popcheck.exercise.Exercise e : org.popcheck.exercise.ExerciseCatalog.standard().all()) {
            Movement m = movement(e.id());
            if (m.props().stream().anyMatch(p -> p.type().equals("wall"))) {
                assertHandsOnTheWall(m);
                walls++;
            }
        }
        assertTrue(walls >= 4, "calf raise, heel raise, calf stretch and knee-to-wall use a wall; found " + walls);
    }

    @Test
    void theArrowFollowsAPartDrawnInTheAccentColourInEveryExercise() {
        List<String> problems = new java.util.ArrayList<>();
        for (org.popcheck.exercise.Exercise e : org.popcheck.exercise.ExerciseCatalog.standard().all()) {
            Movement m = movement(e.id());
            String arrow = FigureArt.arrowPoint(m);
            if (arrow.equals("none")) {
                continue;
            }
            Set<String> moving = FigureArt.movingParts(m);
            if (partsAt(arrow).stream().noneMatch(moving::contains)) {
                problems.add(e.id() + ": the arrow follows " + arrow + " but the highlighted parts are " + moving);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(Set.of("near.thigh", "near.shin"), Set.copyOf(partsAt("near.knee")));
    }

    /** The body parts that meet at a body point, so a point can be matched with the parts drawn in the accent colour. */
    private static List<String> partsAt(String point) {
        if (point.equals("pelvis")) {
            return List.of("torso", "near.thigh", "far.thigh");
        }
        if (point.equals("head") || point.equals("neck")) {
            return List.of("head", "torso");
        }
        if (point.equals("waist") || point.equals("shoulder")) {
            return List.of("torso");
        }
        String side = point.substring(0, point.indexOf('.') + 1);
        return switch (point.substring(side.length())) {
            case "hand" -> List.of(side + "forearm");
            case "elbow" -> List.of(side + "upperArm", side + "forearm");
            case "shoulder" -> List.of(side + "upperArm", "torso");
            case "knee" -> List.of(side + "thigh", side + "shin");
            case "ankle" -> List.of(side + "shin", side + "foot");
            case "heel", "toe" -> List.of(side + "foot");
            case "toeTip" -> List.of(side + "foot", side + "toes");
            default -> throw new IllegalArgumentException("no parts known at " + point);
        };
    }

    /** Both palms rest on the wall (its face at the prop's x) at every moment: not short of it, not through it. */
    private static void assertHandsOnTheWall(Movement m) {
        double wall = prop(m, "wall").x();
        for (double t : MOMENTS) {
            Body b = Skeleton.place(m, m.at(t));
            double gap = wall - (b.point("near.hand").x() + 4.6);
            assertTrue(Math.abs(gap) < 3, m.id() + ": the hand is " + Math.round(gap) + " units from the wall at " + t);
        }
    }

    @Test
    void kneeToWallKeepsTheFrontHeelDownAndEndsWithTheKneeAtTheWallOverTheFoot() {
        Movement m = movement("knee-to-wall");
        assertOnFloorThroughout(m, "near.heel");
        Body end = Skeleton.place(m, m.end());
        double wall = prop(m, "wall").x();
        double knee = end.point("near.knee").x();
        assertTrue(Math.abs(wall - (knee + 6)) < 3, "the knee touches the wall: knee front " + (knee + 6) + ", wall " + wall);
        assertTrue(knee > end.point("near.ankle").x() + 12, "the knee travels forwards over the foot");
        assertTrue(Skeleton.place(m, m.start()).point("near.knee").x() < knee - 8, "the knee moves forwards");
        assertHandsOnTheWall(m);
    }

    @Test
    void heelRaiseWithATowelKeepsTheToesBentUpOnTheRollAndLiftsTheHeel() {
        Movement m = movement("heel-raise-towel");
        Point roll = new Point(prop(m, "cushion").x(), Skeleton.FLOOR - 4);
        for (double t : MOMENTS) {
            Body b = Skeleton.place(m, m.at(t));
            assertTrue(m.at(t).get("near.toes") <= -30, "the toes are bent upwards at " + t);
            assertTrue(b.point("near.toeTip").distance(roll) < 9, "the toes rest on the rolled towel at " + t);
        }
        assertOnFloorThroughout(new Movement(m.id(), m.view(), m.facingLeft(), m.anchor(), m.anchorX(), m.anchorY(),
                List.of(m.start(), m.start()), m.props(), m.arrow(), m.moving()), "near.heel");
        assertTrue(Skeleton.place(m, m.end()).point("near.heel").y() < Skeleton.FLOOR - 10, "the heel rises");
    }

    /**
     * Every standing exercise that rises onto the balls of the feet, found by its steps or by its pose
     * data, so one whose heels do not rise still counts: both heels rise clearly, the balls of the feet
     * stay on the floor where they are (the feet neither leave the floor nor slide), the knees stay
     * straight, and the whole body goes up with the heels.
     */
    @Test
    void everyStandingHeelRaiseLiftsTheHeelsOffBallsOfTheFeetThatStayDownAndTheBodyGoesUp() {
        List<String> raises = heelRaises();
        assertTrue(raises.containsAll(List.of("calf-raise", "heel-raise-towel")), "heel raises found: " + raises);
        for (String id : raises) {
            assertEquals(List.of(), heelRaiseProblems(movement(id)), id);
        }
    }

    /** The check above fails for each way a heel raise was or could be drawn wrong. */
    @Test
    void theHeelRaiseCheckCatchesHeelsThatStayDownFeetOffTheFloorBentKneesAndABodyThatStaysPut() {
        Movement m = movement("calf-raise");
        Keyframe start = m.start();
        Keyframe end = m.end();
        assertFalse(heelRaiseProblems(withKeyframes(m, start, start)).isEmpty(), "heels that do not rise");
        assertFalse(heelRaiseProblems(withKeyframes(m, start, with(end, "far.ankle", 0))).isEmpty(), "one heel that does not rise");
        assertFalse(heelRaiseProblems(withKeyframes(m, start, with(with(end, "near.knee", 30), "far.knee", 30))).isEmpty(), "bent knees");
        Movement floating = new Movement(m.id(), m.view(), m.facingLeft(), m.anchor(), m.anchorX(), Skeleton.FLOOR - 12,
                m.keyframes(), m.props(), m.arrow(), m.moving());
        assertFalse(heelRaiseProblems(floating).isEmpty(), "feet off the floor");
        // the ankle turned the other way lifts the toes instead, and the body does not go up on them
        assertFalse(heelRaiseProblems(withKeyframes(m, start, with(with(end, "near.ankle", 20), "far.ankle", 20))).isEmpty(),
                "toes up instead of heels");
    }

    /** Standing exercises whose steps rise onto the toes or the balls of the feet, or whose pose points both feet down by 15 degrees or more. */
    private static List<String> heelRaises() {
        List<String> out = new java.util.ArrayList<>();
        for (org.popcheck.exercise.Exercise e : org.popcheck.exercise.ExerciseCatalog.standard().all()) {
            if (e.position() != org.popcheck.exercise.Position.STANDING) {
                continue;
            }
            boolean said = e.steps().stream().map(st -> st.toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(st -> st.contains("balls of your feet") || st.contains("onto your toes"));
            Movement m = movement(e.id());
            boolean drawn = List.of("near", "far").stream()
                    .allMatch(side -> m.end().get(side + ".ankle") <= m.start().get(side + ".ankle") - 15);
            if (said || drawn) {
                out.add(e.id());
            }
        }
        return out;
    }

    private static List<String> heelRaiseProblems(Movement m) {
        List<String> out = new java.util.ArrayList<>();
        Body start = Skeleton.place(m, m.start());
        Body end = Skeleton.place(m, m.end());
        double lowestRise = Double.MAX_VALUE;
        for (String side : List.of("near", "far")) {
            double rise = start.point(side + ".heel").y() - end.point(side + ".heel").y();
            lowestRise = Math.min(lowestRise, rise);
            if (rise < 6) {
                out.add(side + " heel rises " + Math.round(rise) + " units, not clearly");
            }
            for (double t : MOMENTS) {
                Body b = Skeleton.place(m, m.at(t));
                Point ball = b.point(side + ".toe");
                // the ball's centre sits its thickness (3 units) above the floor's surface
                double gap = Skeleton.FLOOR - ball.y() - 3.0;
                if (Math.abs(gap) > 1.5) {
                    out.add(side + " ball of the foot " + Math.round(gap) + " units off the floor at " + t);
                }
                if (Math.abs(ball.x() - start.point(side + ".toe").x()) > 1) {
                    out.add(side + " foot slides at " + t);
                }
                if (bend(b, side) > 5) {
                    out.add(side + " knee bends " + Math.round(bend(b, side)) + " degrees at " + t);
                }
            }
        }
        for (String part : List.of("pelvis", "head")) {
            double up = start.point(part).y() - end.point(part).y();
            if (up < 0.5 * Math.max(lowestRise, 6)) {
                out.add("the " + part + " goes up " + Math.round(up) + " units, less than half the heels' rise");
            }
        }
        return out;
    }

    private static Movement withKeyframes(Movement m, Keyframe start, Keyframe end) {
        return new Movement(m.id(), m.view(), m.facingLeft(), m.anchor(), m.anchorX(), m.anchorY(), List.of(start, end), m.props(), m.arrow(),
                m.moving());
    }

    private static Keyframe with(Keyframe k, String joint, double value) {
        java.util.Map<String, Double> values = new java.util.HashMap<>(k.values());
        values.put(joint, value);
        return new Keyframe(k.name(), values, k.floor());
    }

    /**
     * The direction arrow of a standing, sitting or lying figure stays above the floor at both ends of
     * the movement: pushed away from the body's centre, the arrow of a rising heel sat on the forefoot
     * with its head in the floor, and the arrows of a stepping or lifted foot ran under the floor line.
     */
    @Test
    void noDirectionArrowReachesIntoTheFloor() {
        List<String> problems = new java.util.ArrayList<>();
        for (org.popcheck.exercise.Exercise e : org.popcheck.exercise.ExerciseCatalog.standard().all()) {
            Movement m = movement(e.id());
            if (m.view() == Movement.View.TOP) {
                continue;
            }
            for (FigureArt.Arrow arrow : List.of(FigureArt.Arrow.TO_END, FigureArt.Arrow.TO_START)) {
                for (Mark mark : FigureArt.draw(m, arrow == FigureArt.Arrow.TO_END ? 0 : 1, arrow)) {
                    if (mark.role() != Role.ARROW) {
                        continue;
                    }
                    List<Point> points = mark instanceof Mark.Line l ? l.points() : mark instanceof Mark.Shape sh ? sh.outline() : List.of();
                    double lowest = points.stream().mapToDouble(Point::y).max().orElse(0);
                    if (lowest > Skeleton.FLOOR + 0.5) {
                        problems.add(e.id() + " " + arrow + ": " + Math.round(lowest - Skeleton.FLOOR) + " units into the floor");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void sitToStandStartsOnTheSeatAndEndsStandingWithTheFeetStill() {
        Movement m = movement("sit-to-stand");
        Movement.Prop chair = prop(m, "chair");
        Body start = Skeleton.place(m, m.start());
        Body end = Skeleton.place(m, m.end());
        assertTrue(Math.abs(start.point("pelvis").y() + 11 - chair.y()) < 4, "the start sits on the seat");
        assertTrue(start.point("pelvis").x() < chair.x() && start.point("pelvis").x() > chair.x() - 46, "over the seat, not in front of it");
        assertTrue(end.point("pelvis").y() < chair.y() - 25, "the end stands up");
        assertOnFloorThroughout(m, "near.heel");
        assertEquals(start.point("near.heel").x(), end.point("near.heel").x(), 1, "the feet stay where they are");
    }

    @Test
    void standingHipWorkKeepsTheStandingFootDownAndAHandOnTheCounterThroughout() {
        for (String id : List.of("standing-hip-abduction", "standing-hip-extension", "standing-hip-flexor-stretch")) {
            Movement m = movement(id);
            assertOnFloorThroughout(m, "far.heel");
            Movement.Prop counter = prop(m, "counter");
            for (double t : MOMENTS) {
                Body b = Skeleton.place(m, m.at(t));
                double hand = Math.min(b.point("near.hand").distance(counterTop(counter, b.point("near.hand"))),
                        b.point("far.hand").distance(counterTop(counter, b.point("far.hand"))));
                assertTrue(hand < 8, id + ": no hand on the counter at " + t + " (" + hand + ")");
            }
        }
    }

    @Test
    void theStandingLegRaisesLiftOneStraightLegSidewaysOrBackwards() {
        for (String id : List.of("standing-hip-abduction", "standing-hip-extension")) {
            Movement m = movement(id);
            for (double t : MOMENTS) {
                assertTrue(bend(Skeleton.place(m, m.at(t)), "near") < 5, id + ": the moving knee bends at " + t);
            }
            assertTrue(Skeleton.place(m, m.end()).point("near.heel").y() < Skeleton.place(m, m.start()).point("near.heel").y() - 3,
                    id + ": the foot leaves the floor");
        }
        Movement side = movement("standing-hip-abduction");
        assertEquals(Movement.View.FRONT, side.view(), "a sideways lift is seen from the front");
        assertTrue(Skeleton.place(side, side.end()).point("near.ankle").x() > Skeleton.place(side, side.start()).point("near.ankle").x() + 12,
                "the leg goes out to the side, away from the counter");
        Movement back = movement("standing-hip-extension");
        assertTrue(Skeleton.place(back, back.end()).point("near.ankle").x() < Skeleton.place(back, back.start()).point("near.ankle").x() - 12,
                "the leg goes backwards, away from the counter the person faces");
    }

    @Test
    void theStandingHipFlexorStretchKeepsBothFeetPutWhileTheHipsMoveForwardOverTheFrontFoot() {
        Movement m = movement("standing-hip-flexor-stretch");
        assertOnFloorThroughout(m, "near.toeTip");
        Body start = Skeleton.place(m, m.start());
        Body end = Skeleton.place(m, m.end());
        assertTrue(end.point("pelvis").x() > start.point("pelvis").x() + 5, "the hips move forwards");
        assertTrue(m.end().get("near.hip") < m.start().get("near.hip") - 10, "the back hip opens into extension");
        assertTrue(start.point("near.toeTip").x() < start.point("far.heel").x(), "the stretched leg is the back one");
        assertEquals(0, m.end().get("trunk"), 5, "the trunk stays upright");
    }

    @Test
    void kneeRollsAreSeenFromAboveAndBothKneesRollTogetherToOneSide() {
        Movement m = movement("knee-rolls");
        assertEquals(Movement.View.TOP, m.view());
        for (double t : MOMENTS) {
            Body b = Skeleton.place(m, m.at(t));
            assertTrue(b.point("near.knee").distance(b.point("far.knee")) < 3, "the knees stay together at " + t);
        }
        Body start = Skeleton.place(m, m.start());
        Body end = Skeleton.place(m, m.end());
        assertTrue(start.point("near.knee").distance(start.point("pelvis")) < 15, "the knees start pointing up, over the hips");
        assertTrue(end.point("near.knee").y() < end.point("pelvis").y() - 25, "the knees end rolled over to one side");
    }

    @Test
    void backBendsLeanTheTrunkBackWhileTheHipsStayOnTheSeatOrTheFeetOnTheFloor() {
        Movement standing = movement("back-extension");
        assertOnFloorThroughout(standing, "near.heel");
        assertTrue(standing.end().get("trunk") < -5 && standing.end().get("spine") < 0, "the back arches backwards");
        Movement seated = movement("thoracic-extension");
        Body start = Skeleton.place(seated, seated.start());
        Body end = Skeleton.place(seated, seated.end());
        assertTrue(end.point("head").x() < start.point("head").x() - 5, "the upper back bends back over the chair");
        assertEquals(start.point("pelvis").y(), end.point("pelvis").y(), 1, "the hips stay on the seat");
        assertOnFloorThroughout(seated, "near.heel");
    }

    @Test
    void shoulderBladeSqueezeDrawsTheElbowsBackAndNeckMovementsNodTheHeadDownAndUp() {
        Movement squeeze = movement("shoulder-blade-squeeze");
        assertTrue(Skeleton.place(squeeze, squeeze.end()).point("near.elbow").x()
                < Skeleton.place(squeeze, squeeze.start()).point("near.elbow").x() - 5, "the elbows go back");
        Movement neck = movement("neck-range");
        assertTrue(neck.start().get("neck") > 20 && neck.end().get("neck") < -20, "from chin down to looking up");
        assertEquals(Set.of("head"), FigureArt.movingParts(neck), "only the head moves");
    }

    @Test
    void theWalkingFigureAlwaysHasAFootOnTheFloorAndSwingsTheArmAgainstTheLeg() {
        Movement m = movement("walking-plan");
        for (Keyframe k : m.keyframes()) {
            assertEquals(List.of(), floorProblems(m, k));
            Body b = Skeleton.place(m, k);
            boolean nearLegForward = b.point("near.ankle").x() > b.point("far.ankle").x();
            boolean nearArmForward = b.point("near.hand").x() > b.point("far.hand").x();
            assertTrue(nearLegForward != nearArmForward, k.name() + ": the arm swings with the leg of the same side");
        }
    }

    @Test
    void theBandTurnsShowTheFootTurningOutAndInAgainstTheBand() {
        assertEquals("turnOut", prop(movement("band-eversion"), "inset").kind());
        assertEquals("turnIn", prop(movement("band-inversion"), "inset").kind());
        for (String id : List.of("band-eversion", "band-inversion")) {
            Movement m = movement(id);
            assertTrue(m.start().get("detail") == 0 && m.end().get("detail") == 1, id + ": the close-up moves from start to end");
            assertOnFloorThroughout(m, "near.heel");
        }
    }

    private static Movement.Prop prop(Movement m, String type) {
        return m.props().stream().filter(p -> p.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError(m.id() + " has no " + type));
    }

    /** The point of the counter's top nearest to p (the top is a bar from x to x + width at y). */
    private static Point counterTop(Movement.Prop counter, Point p) {
        return new Point(Math.max(counter.x(), Math.min(counter.x() + counter.width(), p.x())), counter.y() - 4);
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
