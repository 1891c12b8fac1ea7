package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.popcheck.body.Region;
import org.popcheck.journal.ExerciseDone;

/** The guided session driven by a hand-held clock: counts, cues, holds, rests, pause, the result. */
class GuidedSessionTest {

    private static Exercise counted(int sets, int reps, int rest, boolean eachSide) {
        return new Exercise("calf-raise", "Calf raises", Set.of(Region.ANKLE), "", "",
                Exercise.Dosage.reps(sets, reps, rest, new Exercise.Tempo(2, 1, 2), eachSide),
                List.of(), List.of(), "", List.of(), null, null,
                Stage.STRENGTH, 3, Position.STANDING, List.of());
    }

    private static Exercise hold(int sets, int seconds, int rest) {
        return new Exercise("single-leg-balance", "Single-leg balance", Set.of(Region.ANKLE), "", "",
                Exercise.Dosage.hold(sets, seconds, rest, true), List.of(), List.of(), "", List.of(), null, null,
                Stage.STRENGTH, 3, Position.STANDING, List.of());
    }

    private static void tick(GuidedSession s, double seconds) {
        s.tick(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    @Test
    void aCountedSessionCountsRepsAtTheTempoAndRestsBetweenSets() {
        GuidedSession s = new GuidedSession(counted(2, 3, 10, false));
        assertEquals(GuidedSession.Phase.GET_READY, s.phase());
        assertEquals(5, s.secondsLeft());
        tick(s, 5);
        assertEquals(GuidedSession.Phase.WORK, s.phase());
        assertEquals(GuidedSession.Cue.UP, s.cue());
        tick(s, 2.5);
        assertEquals(GuidedSession.Cue.HOLD, s.cue());
        tick(s, 1);
        assertEquals(GuidedSession.Cue.DOWN, s.cue());
        assertEquals(0, s.repsDone());
        tick(s, 1.5);
        assertEquals(1, s.repsDone(), "one rep every five seconds at tempo 2-1-2");
        tick(s, 10);
        assertEquals(GuidedSession.Phase.REST, s.phase(), "after three reps: the rest");
        assertEquals(2, s.set());
        assertEquals(10, s.secondsLeft());
        tick(s, 10);
        assertEquals(GuidedSession.Phase.WORK, s.phase());
        assertEquals(0, s.repsDone());
        tick(s, 15);
        assertEquals(GuidedSession.Phase.FINISHED, s.phase());
        assertEquals(new ExerciseDone("calf-raise", 2, 3, null, 1), s.result(1));
    }

    @Test
    void anExerciseOnEachSideCountsItsSetsAsTheDoseNamesThem() {
        // "2 sets of 3, each side" is shown as set 1 of 2 (left, right), then set 2 of 2, never "set 3 of 4"
        GuidedSession s = new GuidedSession(counted(2, 3, 10, true));
        assertEquals(2, s.setsAsCounted());
        java.util.List<String> seen = new java.util.ArrayList<>();
        tick(s, 5);
        while (s.phase() != GuidedSession.Phase.FINISHED) {
            if (s.phase() == GuidedSession.Phase.WORK) {
                String now = s.setAsCounted() + "/" + s.side();
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(now)) {
                    seen.add(now);
                }
            }
            tick(s, 0.5);
        }
        assertEquals(List.of("1/left", "1/right", "2/left", "2/right"), seen);
        GuidedSession oneSide = new GuidedSession(counted(3, 2, 5, false));
        assertEquals(3, oneSide.setsAsCounted());
        assertEquals(1, oneSide.setAsCounted());
    }

    @Test
    void pausingStopsTheClockAndResumingGoesOn() {
        GuidedSession s = new GuidedSession(counted(1, 2, 0, false));
        tick(s, 6);
        s.togglePause();
        tick(s, 100);
        assertTrue(s.isPaused());
        assertEquals(GuidedSession.Phase.WORK, s.phase());
        assertEquals(0.1, s.progress(), 1e-9);
        s.togglePause();
        tick(s, 9);
        assertEquals(GuidedSession.Phase.FINISHED, s.phase());
    }

    @Test
    void aHoldOnEachSideAlternatesLeftAndRightWithTheRestAfterEachRound() {
        GuidedSession s = new GuidedSession(hold(2, 30, 40));
        tick(s, 5);
        assertEquals("left", s.side());
        assertNull(s.cue(), "a hold has no rep cues");
        assertEquals(30, s.secondsLeft());
        tick(s, 30);
        assertEquals(GuidedSession.Phase.REST, s.phase());
        assertEquals(Exercise.Dosage.SWITCH_SIDES_SECONDS, s.secondsLeft(), "between the sides of a round only the change of side");
        assertEquals("right", s.side(), "the pause names the side to come");
        tick(s, Exercise.Dosage.SWITCH_SIDES_SECONDS + 30);
        assertEquals(GuidedSession.Phase.REST, s.phase());
        assertEquals(40, s.secondsLeft(), "after a round the catalog's rest");
        tick(s, 40);
        assertEquals(3, s.set());
        assertEquals("left", s.side());
        tick(s, 30 + Exercise.Dosage.SWITCH_SIDES_SECONDS);
        assertEquals("right", s.side());
        tick(s, 30);
        assertEquals(GuidedSession.Phase.FINISHED, s.phase());
        assertEquals(new ExerciseDone("single-leg-balance", 4, null, 30, 0), s.result(0));
    }

    /** The planner's estimate is what the timer runs, for every exercise of the catalog at its dose. */
    @Test
    void everyCatalogExerciseRunsExactlyItsGuidedSeconds() {
        for (Exercise x : ExerciseCatalog.standard().all()) {
            GuidedSession s = new GuidedSession(x);
            int seconds = 0;
            java.util.Map<Integer, String> sideOfSet = new java.util.TreeMap<>();
            while (s.phase() != GuidedSession.Phase.FINISHED && seconds < 10_000) {
                if (s.phase() == GuidedSession.Phase.WORK) {
                    sideOfSet.put(s.set(), String.valueOf(s.side()));
                }
                tick(s, 1);
                seconds++;
            }
            long left = sideOfSet.values().stream().filter("left"::equals).count();
            long right = sideOfSet.values().stream().filter("right"::equals).count();
            assertEquals(x.dosage().guidedSeconds(), seconds, x.id());
            assertEquals(x.dosage().eachSide() ? x.dosage().sets() : 0, left, x.id() + " left sets");
            assertEquals(left, right, x.id() + " as many sets on each side");
        }
    }

    @Test
    void stoppingEarlyKeepsWhatWasDone() {
        GuidedSession s = new GuidedSession(counted(3, 2, 5, false));
        tick(s, 5 + 10 + 5 + 3);
        s.stop();
        assertTrue(s.stoppedEarly());
        assertEquals(1, s.result(null).sets(), "one whole set was done");
        assertThrows(IllegalArgumentException.class, () -> s.result(11));
    }
}
