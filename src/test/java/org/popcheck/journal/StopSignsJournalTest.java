package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.exercise.Progression;
import org.popcheck.exercise.StopList;

/**
 * Which stop signs a person noticed is kept with the session: version 1 journals ({@code stop_sign: true/false})
 * still load, a sign is never dropped on the way through the file, and any sign still means stop and check again.
 */
class StopSignsJournalTest {

    private static String session(String stopField) {
        return "{\"id\": \"s\", \"at\": \"2026-03-01T08:00:00+01:00\", \"exercises\": [{\"exercise\": \"calf-raise\", \"sets\": 3, \"reps\": 12,"
                + " \"pain_during\": 2" + stopField + "}]}";
    }

    private static List<String> signsRead(int version, String stopField) throws Exception {
        String text = "{\"schemaVersion\": " + version + ", \"entries\": [" + session(stopField) + "]}";
        return JournalJson.standard().read(new StringReader(text)).entries().get(0).exercises().get(0).stopSigns();
    }

    @Test
    void aVersionOneJournalStillLoadsItsYesAndNo() throws Exception {
        assertEquals(List.of(ExerciseDone.NOT_SAID_WHICH), signsRead(1, ", \"stop_sign\": true"), "a yes is kept as a sign, which one not said");
        assertEquals(List.of(), signsRead(1, ", \"stop_sign\": false"));
        assertEquals(List.of(), signsRead(1, ""));
        JournalFormatException e = assertThrows(JournalFormatException.class, () -> signsRead(1, ", \"stop_sign\": \"yes\""));
        assertTrue(e.problem().contains("stop_sign"), e.problem());
    }

    @Test
    void theSignsNoticedSurviveWritingAndReadingInTheirOrder() throws Exception {
        List<List<String>> cases = List.of(List.of(), List.of("sharp_pain"), List.of("gives_way", "calf_pain", ExerciseDone.SOMETHING_ELSE),
                List.of(ExerciseDone.NOT_SAID_WHICH), List.of("a_sign_of_a_later_list"));
        for (List<String> signs : cases) {
            ExerciseDone done = new ExerciseDone("clamshell", 4, 12, null, 3, MorningAfter.SETTLED_SOON, signs);
            JournalEntry entry = new JournalEntry("e", OffsetDateTime.parse("2026-03-02T09:00:00Z"), null, null, null, null, List.of(), List.of(),
                    "", false, List.of(done), null);
            StringWriter out = new StringWriter();
            JournalJson.standard().write(List.of(entry), out);
            String text = out.toString();
            assertTrue(text.contains("\"schemaVersion\": " + JournalJson.SCHEMA_VERSION) || text.contains("\"schemaVersion\":" + JournalJson.SCHEMA_VERSION), text);
            assertFalse(text.contains("\"stop_sign\""), "the yes/no of version 1 is not written again: " + text);
            assertEquals(!signs.isEmpty(), text.contains("\"stop_signs\""), text);
            JournalFile back = JournalJson.standard().read(new StringReader(text));
            assertEquals(entry.exercises(), back.entries().get(0).exercises(), signs.toString());
        }
    }

    @Test
    void aMalformedListOfSignsIsRefusedInPlainWords() {
        for (String bad : List.of("[]", "[\"sharp_pain\", \"sharp_pain\"]", "[\"Sharp pain\"]", "\"sharp_pain\"", "[1]")) {
            JournalFormatException e = assertThrows(JournalFormatException.class, () -> signsRead(2, ", \"stop_signs\": " + bad), bad);
            assertTrue(e.problem().contains("stop_signs"), bad + ": " + e.problem());
        }
    }

    @Test
    void anySignOldOrNewMeansStopAndCheckAgain() throws Exception {
        var calf = ExerciseCatalog.standard().find("calf-raise").orElseThrow();
        for (String field : List.of(", \"stop_sign\": true", ", \"stop_signs\": [\"faint_dizzy\"]", ", \"stop_signs\": [\"something_else\"]")) {
            String text = "{\"schemaVersion\": 2, \"entries\": [" + session(field) + "]}";
            List<JournalEntry> entries = JournalJson.standard().read(new StringReader(text)).entries();
            assertEquals(Progression.Kind.STOP, Progression.advise(calf, entries, null, null).kind(), field);
        }
        String none = "{\"schemaVersion\": 2, \"entries\": [" + session("") + "]}";
        assertFalse(Progression.advise(calf, JournalJson.standard().read(new StringReader(none)).entries(), null, null).kind() == Progression.Kind.STOP);
    }

    @Test
    void everySignKeptHasWordsForAPerson() {
        StopList list = StopList.standard();
        list.signs().forEach(s -> assertEquals(s.text(), list.words(s.id())));
        assertFalse(list.words(ExerciseDone.SOMETHING_ELSE).equals(ExerciseDone.SOMETHING_ELSE));
        assertFalse(list.words(ExerciseDone.NOT_SAID_WHICH).equals(ExerciseDone.NOT_SAID_WHICH));
        assertEquals("a sign of a later list", list.words("a_sign_of_a_later_list"), "an id this version does not know is still shown");
    }
}
