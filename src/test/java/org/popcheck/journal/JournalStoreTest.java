package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

class JournalStoreTest {

    @TempDir
    Path dir;

    @Test
    void entriesWithNotesInManyScriptsAndTimesInManyOffsetsComeBackIdentical() throws IOException {
        List<JournalEntry> written = List.of(
                Entries.full("a", "Knöchel knackt beim Treppensteigen, ça fait «crac»", Entries.at("2026-03-01T08:30:00+01:00")),
                Entries.full("b", "足首がポキッと鳴る。痛みは少し 😣🦶", Entries.at("2026-03-01T23:59:59.123456789+09:00")),
                Entries.full("c", "Щелчок в бедре, ḥ ‎عندما أمشي‎ \"quoted\", comma\nnew line\ttab \u0000 nul", Entries.at("2026-02-28T20:00:00-05:30")),
                Entries.full("d", "x".repeat(JournalEntry.MAX_NOTES), Entries.at("2026-03-01T00:00:00Z")),
                Entries.quick(0, "2020-02-29T12:00:00+14:00"));
        try (JournalStore store = JournalStore.open(dir)) {
            for (JournalEntry e : written) {
                store.add(e);
            }
        }
        try (JournalStore again = JournalStore.open(dir)) {
            assertFalse(again.readOnly());
            List<JournalEntry> read = again.entries();
            assertEquals(written.size(), read.size());
            for (JournalEntry e : written) {
                assertEquals(e, again.find(e.id()).orElseThrow());
                // the offset the person had is kept, not just the instant
                assertEquals(e.at().getOffset(), again.find(e.id()).orElseThrow().at().getOffset());
            }
        }
    }

    @Test
    void entriesAreListedOldestFirstWhateverOrderTheyWereAddedIn() throws IOException {
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(Entries.quick(3, "2026-03-02T10:00:00+01:00"));
            store.add(Entries.quick(4, "2026-03-01T10:00:00+01:00"));
            store.add(Entries.quick(5, "2026-03-02T09:30:00Z"));
            List<Integer> pains = store.entries().stream().map(JournalEntry::pain).toList();
            assertEquals(List.of(4, 3, 5), pains);
        }
    }

    @Test
    void eachSaveKeepsThePreviousFileAsTheBackup() throws IOException {
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(Entries.quick(1, "2026-03-01T10:00:00Z"));
            byte[] first = Files.readAllBytes(dir.resolve(JournalStore.FILE));
            store.add(Entries.quick(2, "2026-03-02T10:00:00Z"));
            assertArrayEquals(first, Files.readAllBytes(dir.resolve(JournalStore.BACKUP)));
        }
    }

    @Test
    void theJournalAndItsBackupAreReadableByTheOwnerOnly() throws IOException {
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(Entries.quick(1, "2026-03-01T10:00:00Z"));
            store.add(Entries.quick(2, "2026-03-02T10:00:00Z"));
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(JournalStore.FILE))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(JournalStore.BACKUP))));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left behind");
        }
    }

    @Test
    void aNewDataFolderIsCreatedForTheOwnerOnly() throws IOException {
        Path fresh = dir.resolve("new/popcheck");
        try (JournalStore store = JournalStore.open(fresh)) {
            store.add(Entries.quick(1, "2026-03-01T10:00:00Z"));
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void aSecondCopyOnTheSameJournalOpensReadOnlyAndIsToldWhy() throws IOException {
        try (JournalStore first = JournalStore.open(dir)) {
            first.add(Entries.quick(1, "2026-03-01T10:00:00Z"));
            try (JournalStore second = JournalStore.open(dir)) {
                assertTrue(second.readOnly());
                assertEquals(JournalProblem.Kind.LOCKED, second.problem().orElseThrow().kind());
                assertEquals(1, second.entries().size(), "the read-only copy still shows the entries");
                JournalException e = assertThrows(JournalException.class, () -> second.add(Entries.quick(2, "2026-03-02T10:00:00Z")));
                assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            }
            first.add(Entries.quick(3, "2026-03-03T10:00:00Z"));
            assertEquals(2, first.size());
        }
        try (JournalStore later = JournalStore.open(dir)) {
            assertFalse(later.readOnly(), "closing the first copy releases the lock");
        }
    }

    @Test
    void aFileFromANewerVersionOpensReadOnlyWithAMessageAndStaysUnchanged() throws IOException {
        String newer = "{\"schemaVersion\": 7, \"entries\": [{\"id\": \"x\", \"at\": \"2026-03-01T10:00:00Z\", \"mood\": \"fine\"}],"
                + " \"settings\": {}}";
        Path file = dir.resolve(JournalStore.FILE);
        Files.writeString(file, newer);
        try (JournalStore store = JournalStore.open(dir)) {
            assertTrue(store.readOnly());
            JournalProblem p = store.problem().orElseThrow();
            assertEquals(JournalProblem.Kind.NEWER_VERSION, p.kind());
            assertTrue(p.describe().contains("newer version"), p.describe());
            assertEquals(1, store.entries().size(), "what it understands is still shown");
            assertThrows(JournalException.class, () -> store.add(Entries.quick(2, "2026-03-02T10:00:00Z")));
        }
        assertEquals(newer, Files.readString(file));
    }

    static Stream<Arguments> corruptFiles() {
        byte[] binary = new byte[512];
        new java.util.Random(4).nextBytes(binary);
        String good = "{\"schemaVersion\": 1, \"entries\": [{\"id\": \"a\", \"at\": \"2026-03-01T10:00:00Z\", \"pain\": 3}]}";
        return Stream.of(
                Arguments.of("truncated", good.substring(0, good.length() - 9).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("empty", new byte[0]),
                Arguments.of("binary", binary),
                Arguments.of("wrong shape: a list", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("wrong shape: pain as text", good.replace("3}", "\"three\"}").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("wrong shape: no entries", "{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("pain out of range", good.replace("3}", "11}").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("bad time", good.replace("2026-03-01T10:00:00Z", "yesterday").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptFiles")
    void aCorruptFileGivesAClearErrorAndIsLeftByteForByteUnchanged(String name, byte[] content) throws IOException {
        Path file = dir.resolve(JournalStore.FILE);
        Files.write(file, content);
        try (JournalStore store = JournalStore.open(dir)) {
            assertTrue(store.readOnly());
            JournalProblem p = store.problem().orElseThrow();
            assertEquals(JournalProblem.Kind.UNREADABLE, p.kind());
            assertTrue(p.line() >= 1 && p.column() >= 1);
            assertTrue(p.describe().contains("line " + p.line()), p.describe());
            assertNotNull(p.keptCopy());
            assertArrayEquals(content, Files.readAllBytes(p.keptCopy()), "a copy of the bad file is kept beside it");
            assertThrows(JournalException.class, () -> store.add(Entries.quick(2, "2026-03-02T10:00:00Z")));
        }
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void openingTheSameBadFileAgainReusesTheCopyMadeTheFirstTime() throws IOException {
        Files.writeString(dir.resolve(JournalStore.FILE), "{ broken");
        Path first;
        try (JournalStore store = JournalStore.open(dir)) {
            first = store.problem().orElseThrow().keptCopy();
        }
        try (JournalStore store = JournalStore.open(dir)) {
            assertEquals(first, store.problem().orElseThrow().keptCopy());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().contains("unreadable")).count());
        }
    }

    @Test
    void aTruncatedFileNamesTheLineAndColumnWhereItBreaks() throws IOException {
        Files.writeString(dir.resolve(JournalStore.FILE), "{\n \"schemaVersion\": 1,\n \"entries\": [\n  {\"id\": \"a\", \"pain\": ");
        try (JournalStore store = JournalStore.open(dir)) {
            JournalProblem p = store.problem().orElseThrow();
            assertEquals(4, p.line(), p.describe());
        }
    }

    @Test
    void theBackupCanBeRestoredOverAnUnreadableFileWhoseCopyIsKept() throws IOException {
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(Entries.quick(1, "2026-03-01T10:00:00Z"));
            store.add(Entries.quick(2, "2026-03-02T10:00:00Z"));
        }
        byte[] garbage = "{\"schemaVersion\": 1, \"entries\": [ oops".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(JournalStore.FILE), garbage);
        try (JournalStore store = JournalStore.open(dir)) {
            JournalProblem p = store.problem().orElseThrow();
            assertTrue(p.backupAvailable());
            assertEquals(1, store.restoreBackup());
            assertFalse(store.readOnly());
            assertArrayEquals(garbage, Files.readAllBytes(p.keptCopy()));
            store.add(Entries.quick(5, "2026-03-05T10:00:00Z"));
        }
        try (JournalStore again = JournalStore.open(dir)) {
            assertEquals(List.of(1, 5), again.entries().stream().map(JournalEntry::pain).toList());
        }
    }

    @Test
    void aSaveThatFailsReportsItAndLeavesThePreviousFileAndTheEntriesIntact() throws IOException {
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(Entries.quick(1, "2026-03-01T10:00:00Z"));
            byte[] before = Files.readAllBytes(dir.resolve(JournalStore.FILE));
            // A folder where the backup must go makes the save fail part-way, as a full disk would.
            Files.createDirectories(dir.resolve(JournalStore.BACKUP).resolve("blocker"));
            JournalException e = assertThrows(JournalException.class, () -> store.add(Entries.quick(2, "2026-03-02T10:00:00Z")));
            assertTrue(e.getMessage().contains("could not be saved"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(dir.resolve(JournalStore.FILE)));
            assertEquals(1, store.size(), "an entry that was not saved is not shown as saved");
        }
    }

    @Test
    void updateAndDeleteChangeTheFileAndDeleteReturnsTheEntryForUndo() throws IOException {
        JournalEntry e = Entries.quick(3, "2026-03-01T10:00:00Z");
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(e);
            JournalEntry changed = new JournalEntry(e.id(), e.at(), e.site(), "click", null, 6, List.of(), List.of(), "edited",
                    false, List.of(), null);
            store.update(changed);
            JournalEntry removed = store.delete(e.id());
            assertEquals(changed, removed);
            assertEquals(0, JournalStore.readEntries(dir).size());
            store.add(removed);
        }
        assertEquals("edited", JournalStore.readEntries(dir).get(0).notes());
    }

    @Test
    void badEntriesAreRefusedWithAMessageNamingTheProblem() throws IOException {
        try (JournalStore store = JournalStore.open(dir)) {
            JournalEntry tooPainful = Entries.quick(11, "2026-03-01T10:00:00Z");
            assertTrue(assertThrows(JournalException.class, () -> store.add(tooPainful)).getMessage().contains("Pain"));
            JournalEntry longNotes = new JournalEntry("n", OffsetDateTime.now(), null, null, null, null, null, null,
                    "x".repeat(JournalEntry.MAX_NOTES + 1), false, null, null);
            assertTrue(assertThrows(JournalException.class, () -> store.add(longNotes)).getMessage().contains("Notes"));
            JournalEntry badSound = new JournalEntry("s", OffsetDateTime.now(), null, "boom", null, null, null, null, "", false, null, null);
            assertTrue(assertThrows(JournalException.class, () -> store.add(badSound)).getMessage().contains("boom"));
            JournalEntry full = Entries.full("a", "", OffsetDateTime.now());
            var a = full.assessment().assessment().with("duration_days", new org.popcheck.assessment.Answer.Number(2.5));
            JournalEntry badAssessment = new JournalEntry("a", full.at(), full.site(), null, null, null, null, null, "", false, null,
                    new SavedAssessment(a, full.assessment().level(), full.assessment().ruleIds()));
            assertTrue(assertThrows(JournalException.class, () -> store.add(badAssessment)).getMessage().contains("duration_days"));
            assertEquals(0, store.size());
        }
    }

    @Test
    void importMergesByIdWithoutDuplicatesAndKeepsTheEntriesAlreadyHere() throws IOException {
        Path other = dir.resolve("other");
        JournalEntry shared = Entries.quick(Region.HIP, Side.RIGHT, 2, Entries.utc(2026, 3, 1, 9));
        JournalEntry onlyThere = Entries.quick(Region.FOOT, Side.LEFT, 5, Entries.utc(2026, 3, 2, 9));
        try (JournalStore there = JournalStore.open(other)) {
            there.add(shared);
            there.add(onlyThere);
        }
        Path mine = dir.resolve("mine");
        try (JournalStore here = JournalStore.open(mine)) {
            here.add(shared);
            here.add(Entries.quick(1, "2026-03-03T10:00:00Z"));
            assertEquals(1, here.importFrom(other.resolve(JournalStore.FILE)));
            assertEquals(0, here.importFrom(other.resolve(JournalStore.FILE)), "a second import adds nothing");
            assertEquals(3, here.size());
            assertEquals(onlyThere, here.find(onlyThere.id()).orElseThrow());
        }
    }

    @Test
    void importingABadFileChangesNothing() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"entries\": [{\"id\": 5}]}");
        Path mine = dir.resolve("mine");
        try (JournalStore here = JournalStore.open(mine)) {
            here.add(Entries.quick(1, "2026-03-03T10:00:00Z"));
            byte[] before = Files.readAllBytes(here.file());
            JournalException e = assertThrows(JournalException.class, () -> here.importFrom(bad));
            assertTrue(e.getMessage().contains("line 1"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(here.file()));
        }
    }

    @Test
    void aJsonExportIsAJournalThatImportsBackWhole() throws IOException {
        Path export = dir.resolve("export.json");
        try (JournalStore store = JournalStore.open(dir.resolve("a"))) {
            store.add(Entries.full("f", "notes ✓", Entries.at("2026-03-01T10:00:00+02:00")));
            store.add(Entries.quick(2, "2026-03-02T10:00:00Z"));
            store.exportJson(export);
            try (JournalStore other = JournalStore.open(dir.resolve("b"))) {
                assertEquals(2, other.importFrom(export));
                assertEquals(store.entries(), other.entries());
            }
        }
    }

    @Test
    void theReadOnlyOpenerTakesNoLockAndWritesNothing() throws IOException {
        try (JournalStore writer = JournalStore.open(dir)) {
            writer.add(Entries.quick(1, "2026-03-01T10:00:00Z"));
            JournalStore reader = JournalStore.openReadOnly(dir);
            assertTrue(reader.readOnly());
            assertTrue(reader.problem().isEmpty(), "a reader beside the app is not an error");
            assertEquals(1, reader.entries().size());
        }
        Files.writeString(dir.resolve(JournalStore.FILE), "nope");
        try (Stream<Path> before = Files.list(dir)) {
            long count = before.count();
            JournalException e = assertThrows(JournalException.class, () -> JournalStore.readEntries(dir));
            assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
            try (Stream<Path> after = Files.list(dir)) {
                assertEquals(count, after.count(), "no copy is made by a reader");
            }
        }
    }
}
