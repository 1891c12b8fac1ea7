package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.popcheck.journal.JournalStore;

/** {@code journal add} and {@code summary} refuse arguments outside the entry limits and leave the journal alone. */
class EntryArgumentsTest {

    @TempDir
    Path dir;

    private TimeZone zoneBefore;
    private byte[] journalBefore;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private CliRun add(String... more) {
        List<String> args = new ArrayList<>(List.of("journal", "add", "--data-dir", dir.toString(), "--region", "ankle",
                "--side", "left", "--pain", "3"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @BeforeEach
    void oneEntryAndBerlinTime() throws IOException {
        zoneBefore = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        assertEquals(0, add("--at", "2026-03-01T08:30:00+01:00").code());
        journalBefore = Files.readAllBytes(dir.resolve(JournalStore.FILE));
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(zoneBefore);
    }

    private void assertRefusedAndJournalUnchanged(CliRun r, String says) throws IOException {
        assertEquals(PopCheckCommand.EXIT_BAD_INPUT, r.code(), r.out());
        assertTrue(r.err().contains(says), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertArrayEquals(journalBefore, Files.readAllBytes(dir.resolve(JournalStore.FILE)));
    }

    @ParameterizedTest
    @CsvSource({
        "0000-01-01T00:00:00Z, 1900-01-01",
        "+10000-01-01T00:00:00Z, future",
        "2062-01-01T00:00:00Z, future",
        "1899-12-31T12:00:00, 1900-01-01",
        "2026-03-29T02:30:00, did not exist",
        "2026-03-29T02:59, did not exist",
        "2026-10-25T02:30:00, happened twice",
        "2026-10-25T02:05, happened twice"
    })
    void anImplausibleOrAmbiguousTimeIsRefused(String at, String says) throws IOException {
        assertRefusedAndJournalUnchanged(add("--at", at), says);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-29T02:30:00+01:00, 2026-03-29T02:30+01:00",
        "2026-10-25T02:30:00+01:00, 2026-10-25T02:30+01:00",
        "2026-10-25T02:30:00+02:00, 2026-10-25T02:30+02:00",
        "1900-01-01T00:00:00Z, 1900-01-01T00:00Z",
        "2026-03-29T03:30:00, 2026-03-29T03:30+02:00"
    })
    void aTimeWithItsOffsetOrAnOrdinaryLocalTimeIsStoredAsGiven(String at, String stored) throws IOException {
        CliRun r = add("--at", at);
        assertEquals(0, r.code(), r.err());
        String id = r.out().strip();
        assertEquals(stored, JournalStore.readEntries(dir).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow()
                .at().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kn\uFFFD\uFFFDchel", "\uFFFD", "ok then \uFFFD"})
    void aNoteGarbledByTheLocaleIsRefusedWithAHintToUseUtf8(String note) throws IOException {
        CliRun r = add("--note", note);
        assertRefusedAndJournalUnchanged(r, "--note");
        assertTrue(r.err().contains("UTF-8"), r.err());
        assertRefusedAndJournalUnchanged(add("--note=" + note), "--note");
    }

    @Test
    void aGarbledNameForTheSummaryIsRefusedBeforeAnyFileIsWritten() {
        Path pdf = dir.resolve("s.pdf");
        CliRun r = run("summary", "--out", pdf.toString(), "--data-dir", dir.toString(), "--name", "Dana \uFFFD\uFFFD");
        assertEquals(PopCheckCommand.EXIT_BAD_INPUT, r.code());
        assertTrue(r.err().contains("--name") && r.err().contains("UTF-8"), r.err());
        assertTrue(!Files.exists(pdf));
    }

    @ParameterizedTest
    @CsvSource({"0x1F9B6, 1500, 0", "0x1F9B6, 2000, 0", "0x0915, 2000, 0", "0x1F9B6, 2001, 2", "0x0061, 2001, 2"})
    void noteLengthIsCountedInCharacters(String hex, int count, int exit) throws IOException {
        String note = new String(Character.toChars(Integer.decode(hex))).repeat(count);
        CliRun r = add("--note", note);
        if (exit == 0) {
            assertEquals(0, r.code(), r.err());
            assertEquals(2, JournalStore.readEntries(dir).size());
        } else {
            assertRefusedAndJournalUnchanged(r, String.format("%,d", count));
        }
    }
}
