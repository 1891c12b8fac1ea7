package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;

/** The journal list's words for a session, and the charts' spoken summary, without the toolkit. */
class JournalWordsTest {

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aSessionStoppedBeforeItsFirstSetSaysSoInTheList(Language language) {
        Messages.setLanguage(language);
        String stopped = Messages.get("exercises.done.sets", 0);
        String row = JournalLabels.notesWithExercises(entry(new ExerciseDone("calf-raise", 0, 12, null, 3)));
        assertTrue(row.endsWith(": " + stopped), row);
        assertFalse(row.matches(".*\\d.*"), "no count of zero, and not \"1 set\": " + row);
        String held = JournalLabels.notesWithExercises(entry(new ExerciseDone("sole-stretch", 0, null, 30, 3)));
        assertTrue(held.endsWith(": " + stopped), held);
    }

    @Test
    void sessionsWithSetsDoneCountThem() {
        assertEquals("Calf raises: 1 set", JournalLabels.notesWithExercises(entry(new ExerciseDone("calf-raise", 1, 12, null, 3))));
        assertEquals("Calf raises: 3 sets", JournalLabels.notesWithExercises(entry(new ExerciseDone("calf-raise", 3, 12, null, 3))));
    }

    @Test
    void theChartSummaryGivesAnAverageOnlyOfSeveralScoresAndSaysHowMany() {
        assertEquals("Left ankle: 1 entry, pain 3 (one score)", JournalLabels.chartSummary("Left ankle", 1, 1, 3));
        assertEquals("Left ankle: 4 entries, average pain 3.5 from 4 scores", JournalLabels.chartSummary("Left ankle", 4, 4, 14));
        assertEquals("Left ankle: 3 entries, pain 7 (one score)", JournalLabels.chartSummary("Left ankle", 3, 1, 7));
        assertEquals("Hip: 2 entries, pain not given", JournalLabels.chartSummary("Hip", 2, 0, 0));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageSaysOneScoreApartFromAnAverage(Language language) {
        Messages.setLanguage(language);
        String one = JournalLabels.chartSummary("X", 1, 1, 3);
        String many = JournalLabels.chartSummary("X", 4, 4, 14);
        assertFalse(one.contains("3.0") || one.contains("3,0"), one);
        assertTrue(many.contains("3.5") || many.contains("3,5"), many);
        assertTrue(many.contains("4"), many);
    }

    private static JournalEntry entry(ExerciseDone x) {
        return new JournalEntry("e", OffsetDateTime.parse("2026-03-01T10:00:00Z"), null, null, null, null, List.of(), List.of(), "", false,
                List.of(x), null);
    }
}
