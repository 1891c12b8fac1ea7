package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path dir;

    /** {@code count} copies of one character given as a code point. */
    private static String times(int codePoint, int count) {
        return new String(Character.toChars(codePoint)).repeat(count);
    }

    @ParameterizedTest
    @CsvSource({
        "0x1F9B6, 1500, 1500", // foot emoji: two UTF-16 units each
        "0x1F9B6, 2000, 2000",
        "0x1D11E, 2000, 2000", // musical symbol G clef, outside the BMP
        "0x0061, 2000, 2000",
        "0x20BB7, 1999, 1999" // a CJK extension B ideograph
    })
    void notesAreCountedInCharactersAsAPersonSeesThem(String hex, int count, int expected) {
        String notes = times(Integer.decode(hex), count);
        assertEquals(expected, EntryRules.length(notes));
        assertTrue(EntryRules.notesProblem(notes).isEmpty(), notes.length() + " UTF-16 units");
    }

    @ParameterizedTest
    @CsvSource({"0x1F9B6, 2001", "0x0061, 2001", "0x20BB7, 3000", "0x00E9, 2500"})
    void notesOverTheLimitAreRefusedWithTheirLengthInCharacters(String hex, int count) {
        String problem = EntryRules.notesProblem(times(Integer.decode(hex), count)).orElseThrow();
        assertTrue(problem.contains("2,000") && problem.contains(String.format("%,d", count)), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01T00:00:00Z", "1900-01-01T00:00:00+14:00", "2026-11-30T12:00:00Z",
        "2026-12-01T11:59:59Z", "2026-12-01T23:00:00+12:00", "1969-12-31T23:59:59-05:00"})
    void timesFrom1900UpToADayAheadAreAccepted(String at) {
        assertEquals(List.of(), EntryRules.timeProblem(OffsetDateTime.parse(at), NOW).stream().toList());
    }

    @ParameterizedTest
    @CsvSource({
        "0000-01-01T00:00:00Z, 0000-01-01",
        "1899-12-31T23:59:59Z, 1899-12-31",
        "1900-01-01T00:30:00+01:00, 1900-01-01", // 1899-12-31 23:30 UTC, but its own clock says 1900: accepted below
        "+10000-01-01T00:00:00Z, +10000",
        "2062-05-01T10:00:00+02:00, 2062-05-01",
        "2026-12-01T12:00:01Z, 2026-12-01"
    })
    void timesBefore1900OrMoreThanADayAheadAreRefusedNamingTheTime(String at, String shown) {
        OffsetDateTime t = OffsetDateTime.parse(at);
        if (t.toLocalDate().getYear() == 1900) {
            assertTrue(EntryRules.timeProblem(t, NOW).isEmpty(), "the limit is on the entry's own date");
            return;
        }
        String problem = EntryRules.timeProblem(t, NOW).orElseThrow();
        assertTrue(problem.contains(shown), problem);
        assertTrue(!problem.contains("0001-01-01"), "year 0 is not shown as year 1: " + problem);
    }

    @Test
    void theStoreRefusesAnEntryOutsideTheLimitsAndLeavesTheFileAsItWas() throws IOException {
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(Entries.quick(2, "2026-03-01T08:00:00Z"));
        }
        byte[] before = Files.readAllBytes(dir.resolve(JournalStore.FILE));
        List<JournalEntry> bad = List.of(
                Entries.full("early", "", Entries.at("1899-06-01T08:00:00Z")),
                Entries.full("late", "", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2)),
                Entries.full("long", times(0x1F9B6, 2001), Entries.at("2026-03-02T08:00:00Z")));
        try (JournalStore store = JournalStore.open(dir)) {
            for (JournalEntry e : bad) {
                JournalException refused = assertThrows(JournalException.class, () -> store.add(e), e.id());
                assertTrue(refused.getMessage().matches(".*(1900|future|2,001).*"), refused.getMessage());
            }
            assertArrayEquals(before, Files.readAllBytes(dir.resolve(JournalStore.FILE)), "nothing written for a refused entry");
            store.add(Entries.full("emoji", times(0x1F9B6, 1500), Entries.at("2026-03-03T08:00:00Z")));
            assertEquals(1500, EntryRules.length(store.entries().get(1).notes()));
        }
        try (JournalStore store = JournalStore.open(dir)) {
            assertEquals(List.of("emoji"), store.entries().stream().map(JournalEntry::id).filter(i -> !i.contains("-")).toList());
        }
    }

    @Test
    void importCountsCharactersTooAndARefusedFileChangesNothing() throws IOException {
        Path other = dir.resolve("other");
        try (JournalStore store = JournalStore.open(other)) {
            store.add(Entries.full("fine", times(0x1F9B6, 2000), Entries.at("2026-03-01T08:00:00Z")));
        }
        Path mine = dir.resolve("mine");
        try (JournalStore store = JournalStore.open(mine)) {
            store.add(Entries.quick(1, "2026-02-01T08:00:00Z"));
            assertEquals(1, store.importFrom(other.resolve(JournalStore.FILE)));
        }
        // A file whose note is 2,001 characters (but 4,002 UTF-16 units) is refused as a whole.
        Path tooLong = dir.resolve("long.json");
        String json = Files.readString(other.resolve(JournalStore.FILE), StandardCharsets.UTF_8)
                .replace("\"fine\"", "\"other\"").replace(times(0x1F9B6, 2000), times(0x1F9B6, 2001));
        Files.writeString(tooLong, json, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(mine.resolve(JournalStore.FILE));
        try (JournalStore store = JournalStore.open(mine)) {
            JournalException refused = assertThrows(JournalException.class, () -> store.importFrom(tooLong));
            assertTrue(refused.getMessage().contains("2000") || refused.getMessage().contains("2,000"), refused.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(mine.resolve(JournalStore.FILE)));
    }

    private static JsonObject entrySchema() throws IOException {
        try (var in = EntryRulesTest.class.getResourceAsStream("/assets/journal/journal.schema.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject()
                    .getAsJsonObject("$defs").getAsJsonObject("entry").getAsJsonObject("properties");
        }
    }

    @Test
    void theSchemaHoldsTheSameLimits() throws IOException {
        JsonObject entry = entrySchema();
        assertEquals(EntryRules.MAX_NOTES, entry.getAsJsonObject("notes").get("maxLength").getAsInt());
        Pattern at = Pattern.compile(entry.getAsJsonObject("at").get("pattern").getAsString());
        for (String ok : List.of("1900-01-01T00:00:00Z", "2026-03-01T08:30:00.5+05:45", "9999-12-31T23:59:59-12:00",
                IsoTime.format(Entries.at("2026-03-01T08:30:00.123456789+14:00")))) {
            assertTrue(at.matcher(ok).find(), ok);
        }
        for (String bad : List.of("0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
                "2026-03-01T08:30:00", "2026-03-01T08:30:00+01:00:30", "2026-03-01 08:30:00Z")) {
            assertTrue(!at.matcher(bad).find(), bad);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01T00:00:00+00:19:32", "1910-05-01T12:00:00-00:25:21", "1950-07-01T09:00:00-00:44:30"})
    void anOffsetWithSecondsIsWrittenAsRfc3339AtTheSameInstant(String at) {
        OffsetDateTime t = OffsetDateTime.parse(at);
        String written = IsoTime.format(t);
        assertTrue(written.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?[+-]\\d\\d:\\d\\d"), written);
        assertEquals(t.toInstant(), IsoTime.parse(written).toInstant());
        assertEquals(t.toInstant().truncatedTo(ChronoUnit.SECONDS), OffsetDateTime.parse(written).toInstant());
    }
}
