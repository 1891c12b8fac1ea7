package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
