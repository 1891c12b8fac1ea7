package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;

class JournalCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void addPrintsTheIdOfAnEntryThatIsOnDisk() throws IOException {
        CliRun r = run("journal", "add", "--data-dir", data(), "--region", "ankle", "--side", "left", "--pain", "3", "--sound", "pop",
                "--frequency", "daily", "--trigger", "walking", "--trigger", "twisting", "--note", "Treppe 足首 😣",
                "--at", "2026-03-01T08:30:00+01:00");
        assertEquals(0, r.code(), r.err());
        String id = r.out().strip();
        JournalEntry e = JournalStore.readEntries(dir.resolve("data")).get(0);
        assertEquals(id, e.id());
        assertEquals("ankle/left", e.site().key());
        assertEquals(3, e.pain());
        assertEquals(List.of("walking", "twisting"), e.triggers());
        assertEquals("Treppe 足首 😣", e.notes());
        assertEquals("2026-03-01T08:30+01:00", e.at().toString());
    }

    @Test
    void theSpineNeedsNoSide() {
        CliRun r = run("journal", "add", "--data-dir", data(), "--region", "spine_lower", "--pain", "0");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void badArgumentsExitWithTwoAndOneClearLineAndLeaveTheJournalUntouched() throws IOException {
        assertEquals(0, run("journal", "add", "--data-dir", data(), "--region", "hip", "--side", "right", "--pain", "2").code());
        byte[] before = Files.readAllBytes(dir.resolve("data").resolve(JournalStore.FILE));
        String[][] bad = {
                {"--region", "knee", "--side", "left", "--pain", "3"},
                {"--region", "ankle", "--side", "center", "--pain", "3"},
                {"--region", "ankle", "--pain", "3"},
                {"--region", "ankle", "--side", "left", "--pain", "12"},
                {"--region", "ankle", "--side", "left", "--pain", "three"},
                {"--region", "ankle", "--side", "left", "--pain", "3", "--sound", "boom"},
                {"--region", "ankle", "--side", "left", "--pain", "3", "--at", "yesterday"},
                {"--region", "ankle", "--side", "left", "--pain", "3", "--note", "x".repeat(2001)},
                {"--side", "left", "--pain", "3"},
        };
        for (String[] args : bad) {
            String[] full = new String[args.length + 4];
            full[0] = "journal";
            full[1] = "add";
            full[2] = "--data-dir";
            full[3] = data();
            System.arraycopy(args, 0, full, 4, args.length);
            CliRun r = run(full);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("popcheck: "), r.err());
            assertEquals("", r.out());
        }
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("data").resolve(JournalStore.FILE)));
    }

    @Test
    void listShowsEntriesAsTextOrAsJson() {
        run("journal", "add", "--data-dir", data(), "--region", "foot", "--side", "both", "--pain", "5", "--note", "after the run",
                "--at", "2026-03-02T07:00:00Z");
        CliRun text = run("journal", "list", "--data-dir", data());
        assertEquals(0, text.code());
        assertTrue(text.out().contains("2026-03-02 07:00 +00:00"), text.out());
        assertTrue(text.out().contains("foot/both") && text.out().contains("after the run"), text.out());
        CliRun json = run("journal", "list", "--json", "--data-dir", data());
        assertEquals(0, json.code());
        assertTrue(json.out().contains("\"schemaVersion\": " + org.popcheck.journal.JournalJson.SCHEMA_VERSION), json.out());
        assertTrue(json.out().contains("\"notes\": \"after the run\""), json.out());
    }

    @Test
    void exportAndImportRoundTripAndImportAddsNoDuplicates() throws IOException {
        run("journal", "add", "--data-dir", data(), "--region", "hip", "--side", "left", "--pain", "1");
        run("journal", "add", "--data-dir", data(), "--region", "hip", "--side", "left", "--pain", "2");
        Path json = dir.resolve("export.json");
        Path csv = dir.resolve("export.csv");
        assertEquals(0, run("journal", "export", "--json", json.toString(), "--data-dir", data()).code());
        assertEquals(0, run("journal", "export", "--csv", csv.toString(), "--data-dir", data()).code());
        assertEquals(3, Files.readAllLines(csv).size());
        String other = dir.resolve("other").toString();
        run("journal", "add", "--data-dir", other, "--region", "foot", "--side", "right", "--pain", "4");
        CliRun first = run("journal", "import", json.toString(), "--data-dir", other);
        assertEquals(0, first.code(), first.err());
        assertEquals("2 entries added, 3 in the journal", first.out().strip());
        CliRun second = run("journal", "import", json.toString(), "--data-dir", other);
        assertEquals("No entries added, 3 in the journal", second.out().strip());
        // In the language asked for, with the singular for one (was "1 entries added", in English only).
        String third = dir.resolve("third").toString();
        Path one = dir.resolve("one.json");
        run("journal", "add", "--data-dir", third, "--region", "foot", "--side", "right", "--pain", "4");
        assertEquals(0, run("journal", "export", "--json", one.toString(), "--data-dir", third).code());
        CliRun german = run("journal", "import", one.toString(), "--data-dir", dir.resolve("fourth").toString(), "--lang", "de");
        assertEquals("1 Eintrag hinzugefügt, 1 im Tagebuch", german.out().strip(), german.err());
        CliRun missing = run("journal", "import", dir.resolve("nothing.json").toString(), "--data-dir", third, "--lang", "es");
        assertTrue(missing.err().contains("no existe el archivo"), missing.err());
    }

    /** A journal file with one entry at {@code isoAt} (as the journal writes times), made by export and edited. */
    private Path journalWithAnEntryAt(String name, String isoAt) throws IOException {
        String source = dir.resolve("source-" + name).toString();
        run("journal", "add", "--data-dir", source, "--region", "ankle", "--side", "left", "--pain", "3", "--at", "2026-03-02T07:00:00Z");
        Path json = dir.resolve(name + ".json");
        assertEquals(0, run("journal", "export", "--json", json.toString(), "--data-dir", source).code());
        String text = Files.readString(json);
        assertTrue(text.contains("2026-03-02T07:00:00Z"), text);
        Files.writeString(json, text.replace("2026-03-02T07:00:00Z", isoAt));
        return json;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "0000-06-01T10:00:00Z, 0000-06-01 10:00 +00:00",
        "0001-06-01T10:00:00Z, 0001-06-01 10:00 +00:00",
        "1899-12-31T23:00:00Z, 1899-12-31 23:00 +00:00",
        "2026-03-02T07:00:00+01:00, 2026-03-02 07:00 +01:00",
    })
    void listPrintsTheYearAsWrittenEvenYearZero(String isoAt, String shown) throws IOException {
        // The journal's own file may hold any year an older version wrote; list shows it as it is.
        Path file = journalWithAnEntryAt("own", isoAt);
        Path journal = dir.resolve("data").resolve(JournalStore.FILE);
        Files.createDirectories(journal.getParent());
        Files.copy(file, journal);
        CliRun list = run("journal", "list", "--data-dir", data());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().startsWith(shown + "  "), list.out());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "0000-06-01T10:00:00Z|0000-06-01 10:00 +00:00 is before 1900-01-01",
        "1899-12-31T23:00:00Z|1899-12-31 23:00 +00:00 is before 1900-01-01",
        "2099-01-01T00:00:00Z|2099-01-01 00:00 +00:00 is more than a day in the future",
    })
    void importRefusesAnEntryOutsideTheDatesAnEntryMayHaveAndChangesNothing(String isoAt, String expected) throws IOException {
        Path file = journalWithAnEntryAt("import", isoAt);
        run("journal", "add", "--data-dir", data(), "--region", "hip", "--side", "left", "--pain", "1");
        Path journal = dir.resolve("data").resolve(JournalStore.FILE);
        byte[] before = Files.readAllBytes(journal);
        CliRun r = run("journal", "import", file.toString(), "--data-dir", data());
        assertEquals(2, r.code(), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("Cannot import import.json: entry ") && r.err().contains(expected)
                && r.err().contains("Nothing was imported"), r.err());
        assertArrayEquals(before, Files.readAllBytes(journal));
    }

    @Test
    void importTakesAnEntryOnTheEarliestDay() throws IOException {
        Path file = journalWithAnEntryAt("import", "1900-01-01T10:00:00Z");
        CliRun r = run("journal", "import", file.toString(), "--data-dir", data());
        assertEquals(0, r.code(), r.err());
        assertTrue(run("journal", "list", "--data-dir", data()).out().startsWith("1900-01-01 10:00 +00:00"));
    }

    @Test
    void importingABadFileExitsWithTwoAndChangesNothing() throws IOException {
        run("journal", "add", "--data-dir", data(), "--region", "hip", "--side", "left", "--pain", "1");
        Path journal = dir.resolve("data").resolve(JournalStore.FILE);
        byte[] before = Files.readAllBytes(journal);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"entries\": [{\"id\": \"a\"}");
        CliRun r = run("journal", "import", bad.toString(), "--data-dir", data());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("line 1"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        CliRun missing = run("journal", "import", dir.resolve("nope.json").toString(), "--data-dir", data());
        assertEquals(2, missing.code());
        assertArrayEquals(before, Files.readAllBytes(journal));
    }

    @Test
    void aCorruptJournalGivesExitTwoWithLineAndColumnAndIsNotChanged() throws IOException {
        Path journal = dir.resolve("data").resolve(JournalStore.FILE);
        Files.createDirectories(journal.getParent());
        Files.writeString(journal, "{\"schemaVersion\": 1,\n \"entries\": [}");
        CliRun list = run("journal", "list", "--data-dir", data());
        assertEquals(2, list.code());
        assertTrue(list.err().contains("line 2"), list.err());
        CliRun add = run("journal", "add", "--data-dir", data(), "--region", "hip", "--side", "left", "--pain", "1");
        assertEquals(2, add.code());
        assertFalse(add.err().isBlank());
        assertEquals("{\"schemaVersion\": 1,\n \"entries\": [}", Files.readString(journal));
    }
}
