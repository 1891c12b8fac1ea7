package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Level;

/**
 * Trial 14: "chest pain" ticked at the end of a session held back only that exercise. A stop sign that cannot
 * wait holds back every exercise until a check made after the session, as an emergency warning sign logged
 * with an entry does.
 */
class UrgentStopSignTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-02T10:00:00Z");
    private static final StopList LIST = StopList.standard();

    private final List<JournalEntry> journal = new ArrayList<>();

    private void session(String exercise, OffsetDateTime at, String... signs) {
        journal.add(new JournalEntry("s" + journal.size(), at, null, null, null, null, List.of(), List.of(), "", false,
                List.of(new ExerciseDone(exercise, 2, 10, null, 2, null, List.of(signs))), null));
    }

    private void check(OffsetDateTime at, SavedAssessment.Source source) {
        Assessment a = new Assessment(40, List.of(new BodySite(Region.ANKLE, Side.LEFT)), Map.of());
        SavedAssessment saved = source == SavedAssessment.Source.WIZARD ? new SavedAssessment(a, Level.SELF_CARE, List.of())
                : SavedAssessment.ofSafetyNet(a, Level.CONSULTATION, List.of(), false);
        journal.add(new JournalEntry("c" + journal.size(), at, null, null, null, null, List.of(), List.of(), "", false, List.of(), saved));
    }

    @Test
    void aCallNowOrEmergencyDepartmentSignHoldsEveryExerciseUntilANewerCheck() {
        check(MONDAY, SavedAssessment.Source.WIZARD);
        session("glute-bridge", MONDAY.plusHours(1), "sharp_pain", "chest_pain");
        UrgentStopSign u = UrgentStopSign.standing(journal, LIST, null).orElseThrow();
        assertEquals(Level.EMERGENCY_AMBULANCE, u.care());
        assertEquals("glute-bridge", u.exerciseId());
        assertEquals(List.of("chest_pain"), u.signs(), "only the signs that cannot wait");
        assertEquals(MONDAY.plusHours(1), u.at());

        journal.clear();
        session("calf-raise", MONDAY, "calf_pain");
        assertEquals(Level.EMERGENCY, UrgentStopSign.standing(journal, LIST, null).orElseThrow().care(), "one painful calf: the emergency department");

        check(MONDAY.plusMinutes(30), SavedAssessment.Source.WIZARD);
        assertTrue(UrgentStopSign.standing(journal, LIST, null).isEmpty(), "a check made after the session lifts it");
    }

    @Test
    void theMostUrgentSignStandsAndAnEarlierCheckLiftsNothing() {
        session("glute-bridge", MONDAY, "chest_pain");
        session("calf-raise", MONDAY.plusHours(1), "calf_pain");
        check(MONDAY.minusDays(1), SavedAssessment.Source.WIZARD);
        assertEquals(Level.EMERGENCY_AMBULANCE, UrgentStopSign.standing(journal, LIST, null).orElseThrow().care());
        assertEquals(Level.EMERGENCY_AMBULANCE, UrgentStopSign.standing(journal, LIST, MONDAY.minusMinutes(1)).orElseThrow().care(),
                "the check on screen was made before the sessions");
    }

    @Test
    void theCheckOnScreenLiftsItOnlyWhenMadeAfterTheSession() {
        session("glute-bridge", MONDAY, "saddle_numbness");
        assertTrue(UrgentStopSign.standing(journal, LIST, MONDAY.minusHours(1)).isPresent());
        assertTrue(UrgentStopSign.standing(journal, LIST, MONDAY.plusMinutes(5)).isEmpty());
    }

    @Test
    void theSafetyNetsCheckOfAnotherEntryDoesNotAnswerTheSign() {
        session("glute-bridge", MONDAY, "chest_pain");
        check(MONDAY.plusHours(1), SavedAssessment.Source.SAFETY_NET);
        assertTrue(UrgentStopSign.standing(journal, LIST, null).isPresent());
    }

    @Test
    void signsThatCanWaitKeepTheirHoldOnTheirOwnExerciseOnly() {
        session("glute-bridge", MONDAY, "sharp_pain", "gives_way", "numbness_weakness", "faint_dizzy", ExerciseDone.SOMETHING_ELSE);
        session("glute-bridge", MONDAY.plusHours(1), ExerciseDone.NOT_SAID_WHICH);
        assertTrue(UrgentStopSign.standing(journal, LIST, null).isEmpty());
    }

    @Test
    void everySignOfTheListThatCannotWaitIsAnEmergency() {
        for (StopList.Sign sign : LIST.signs()) {
            journal.clear();
            session("glute-bridge", MONDAY, sign.id());
            assertEquals(sign.care() != null, UrgentStopSign.standing(journal, LIST, null).isPresent(), sign.id());
        }
    }
}
