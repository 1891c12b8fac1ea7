package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;

class ExercisePlanTest {

    private final ExerciseCatalog catalog = ExerciseCatalog.standard();

    private static JournalEntry session(int day, int pain) {
        return new JournalEntry("e" + day, OffsetDateTime.parse("2026-03-0" + day + "T10:00:00Z"), null, null, null, null,
                List.of(), List.of(), "", false, List.of(new ExerciseDone("calf-raise", 3, 12, null, pain)), null);
    }

    @Test
    void threeEasySessionsSuggestTheHarderVersionWithTheReason() {
        Exercise calf = catalog.find("calf-raise").orElseThrow();
        var s = Progression.suggest(calf, List.of(session(1, 1), session(2, 2), session(3, 0)));
        assertEquals(Progression.Kind.HARDER, s.kind());
        assertTrue(s.reason().contains(calf.harder().text()));
    }

    @Test
    void risingPainSuggestsTheEasierVersionAndSaysFromWhatToWhat() {
        Exercise calf = catalog.find("calf-raise").orElseThrow();
        var s = Progression.suggest(calf, List.of(session(1, 1), session(2, 1), session(3, 4)));
        assertEquals(Progression.Kind.EASIER, s.kind());
        assertTrue(s.reason().contains("from 1 to 4"), s.reason());
        assertEquals(Progression.Kind.STAY, Progression.suggest(calf, List.of(session(1, 3))).kind());
        assertFalse(Progression.suggest(calf, List.of()).reason().isBlank());
    }
}
