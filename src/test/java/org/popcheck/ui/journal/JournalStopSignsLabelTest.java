package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.popcheck.exercise.StopList;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;

/** The journal's list names which stop signs were ticked after a session, in the stop list's words. */
class JournalStopSignsLabelTest {

    private static JournalEntry session(List<String> signs) {
        return new JournalEntry("e", OffsetDateTime.parse("2026-03-02T09:00:00Z"), null, null, null, null, List.of(), List.of(), "", false,
                List.of(new ExerciseDone("clamshell", 4, 12, null, 3, null, signs)), null);
    }

    @Test
    void everySignTickedIsNamedAndNoneIsNamedWhenNoneWasTicked() {
        StopList list = StopList.standard();
        for (StopList.Sign sign : list.signs()) {
            List<String> ticked = List.of(sign.id(), ExerciseDone.SOMETHING_ELSE);
            String line = JournalLabels.notesWithExercises(session(ticked));
            ticked.forEach(id -> assertTrue(line.contains(list.words(id)), line));
        }
        String old = JournalLabels.notesWithExercises(session(List.of(ExerciseDone.NOT_SAID_WHICH)));
        assertTrue(old.contains(list.words(ExerciseDone.NOT_SAID_WHICH)), old);
        String none = JournalLabels.notesWithExercises(session(List.of()));
        assertFalse(none.contains("stop"), none);
    }
}
