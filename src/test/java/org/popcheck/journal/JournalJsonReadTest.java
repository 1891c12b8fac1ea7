package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalJsonReadTest {

    private static final String ENTRY = "{\"id\": \"%s\", \"at\": \"2026-03-0%dT08:00:00+01:00\", \"region\": \"ankle\", \"side\": \"left\","
            + " \"triggers\": [%s]}";

    private static String file(String... entries) {
        return "{\"schemaVersion\": 1,\n \"entries\": [\n" + String.join(",\n", entries) + "\n]}";
    }

    @Test
    void anIdUsedTwiceIsRefusedWithTheIdAndTheLineOfTheSecond() {
        String text = file(ENTRY.formatted("a", 1, ""), ENTRY.formatted("b", 2, ""), ENTRY.formatted("a", 3, ""));
        JournalFormatException e = assertThrows(JournalFormatException.class,
                () -> JournalJson.standard().readIndexed(text));
        assertTrue(e.problem().contains("\"a\" appears twice"), e.problem());
        assertEquals(5, e.line());
    }

    @Test
    void theIndexBuiltWhileReadingHoldsEveryEntryByItsId() throws Exception {
        String text = file(ENTRY.formatted("a", 1, "\"walking\""), ENTRY.formatted("b", 2, "\"walking\", \"stretching\", \"twisting\""));
        JournalJson.Indexed read = JournalJson.standard().readIndexed(text);
        assertEquals(2, read.byId().size());
        assertEquals(read.file().entries().get(1), read.byId().get("b"));
        assertEquals(List.of("walking", "stretching", "twisting"), read.byId().get("b").triggers(), "three triggers, in order");
        assertEquals(List.of("walking"), read.byId().get("a").triggers());
    }

    @Test
    void anUnknownFieldThatLooksLikeAKnownOneIsStillRefused() {
        String text = file("{\"id\": \"a\", \"at\": \"2026-03-01T08:00:00+01:00\", \"ix\": 1}");
        JournalFormatException e = assertThrows(JournalFormatException.class, () -> JournalJson.standard().read(new StringReader(text)));
        assertTrue(e.problem().contains("unknown field \"ix\""), e.problem());
    }

    @Test
    void oneOrTwoTriggersReadAreInOrderAndEqualListsAreShared() throws Exception {
        String text = file(ENTRY.formatted("a", 1, "\"twisting\", \"walking\""), ENTRY.formatted("b", 2, "\"twisting\", \"walking\""),
                ENTRY.formatted("c", 3, "\"walking\", \"twisting\""), ENTRY.formatted("d", 4, "\"massage\""),
                ENTRY.formatted("e", 5, "\"massage\""), ENTRY.formatted("f", 6, ""));
        var byId = JournalJson.standard().readIndexed(text).byId();
        assertEquals(List.of("twisting", "walking"), byId.get("a").triggers());
        assertEquals(List.of("walking", "twisting"), byId.get("c").triggers(), "the order written is kept");
        assertEquals(List.of("massage"), byId.get("d").triggers());
        assertEquals(List.of(), byId.get("f").triggers());
        assertSame(byId.get("a").triggers(), byId.get("b").triggers(), "one list for equal pairs");
        assertSame(byId.get("d").triggers(), byId.get("e").triggers(), "one list for equal singles");
    }

    private static final String SESSION = "{\"id\": \"s\", \"at\": \"2026-03-01T08:00:00+01:00\", \"exercises\": [{\"exercise\": \"calf-raise\","
            + " \"sets\": 3, \"reps\": 12, \"pain_during\": 2%s}]}";

    @Test
    void theNextMorningAnswerOfASessionIsWrittenAndReadBack() throws Exception {
        for (MorningAfter m : MorningAfter.values()) {
            JournalEntry read = JournalJson.standard().read(new StringReader(file(SESSION.formatted(", \"next_morning\": \"" + m.id() + "\"")))).entries().get(0);
            assertEquals(m, read.exercises().get(0).nextMorning());
            java.io.StringWriter out = new java.io.StringWriter();
            JournalJson.standard().write(List.of(read), out);
            assertTrue(out.toString().contains("\"next_morning\": \"" + m.id() + "\""), out.toString());
            assertEquals(read.exercises(), JournalJson.standard().read(new StringReader(out.toString())).entries().get(0).exercises());
        }
        JournalEntry unanswered = JournalJson.standard().read(new StringReader(file(SESSION.formatted("")))).entries().get(0);
        assertEquals(null, unanswered.exercises().get(0).nextMorning());
    }

    @Test
    void anUnknownNextMorningAnswerIsRefusedNamingTheThreeAnswers() {
        String text = file(SESSION.formatted(", \"next_morning\": \"fine\""));
        JournalFormatException e = assertThrows(JournalFormatException.class, () -> JournalJson.standard().read(new StringReader(text)));
        assertTrue(e.problem().contains("unknown next_morning \"fine\"") && e.problem().contains("settled_soon"), e.problem());
    }

    @Test
    void aStopSignNoticedInASessionIsWrittenAndReadBackAndABadValueIsRefused() throws Exception {
        for (boolean noticed : List.of(true, false)) {
            JournalEntry read = JournalJson.standard().read(new StringReader(file(SESSION.formatted(", \"stop_sign\": " + noticed)))).entries().get(0);
            assertEquals(noticed, read.exercises().get(0).stopSign());
            java.io.StringWriter out = new java.io.StringWriter();
            JournalJson.standard().write(List.of(read), out);
            // version 2 writes which sign; a version 1 yes becomes "not said which", never dropped
            assertEquals(noticed, out.toString().contains("\"stop_signs\": [\n") || out.toString().contains("\"" + ExerciseDone.NOT_SAID_WHICH + "\""), out.toString());
            assertEquals(noticed, out.toString().contains(ExerciseDone.NOT_SAID_WHICH), out.toString());
            assertEquals(read.exercises(), JournalJson.standard().read(new StringReader(out.toString())).entries().get(0).exercises());
        }
        assertFalse(JournalJson.standard().read(new StringReader(file(SESSION.formatted("")))).entries().get(0).exercises().get(0).stopSign());
        String text = file(SESSION.formatted(", \"stop_sign\": \"yes\""));
        JournalFormatException e = assertThrows(JournalFormatException.class, () -> JournalJson.standard().read(new StringReader(text)));
        assertTrue(e.problem().contains("\"stop_sign\" must be true or false"), e.problem());
    }
}
