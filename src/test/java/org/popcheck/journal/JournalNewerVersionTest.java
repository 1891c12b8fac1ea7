package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 15 item 1: a journal from a newer PopCheck opens read-only, whatever new fields and values it holds. */
class JournalNewerVersionTest {

    @TempDir
    Path dir;

    private static final String KNOWN = "{\"id\": \"known\", \"at\": \"2026-03-01T10:00:00Z\", \"region\": \"ankle\", \"side\": \"left\", \"pain\": 2}";

    static Stream<Arguments> newerFiles() {
        return Stream.of(
                Arguments.of("an unknown sound", "{\"schemaVersion\": 4, \"entries\": [" + KNOWN
                        + ", {\"id\": \"new\", \"at\": \"2026-03-02T10:00:00Z\", \"sound\": \"rumble\"}]}", 1, 1),
                Arguments.of("unknown values in several fields", "{\"schemaVersion\": 4, \"entries\": ["
                        + "{\"id\": \"n1\", \"at\": \"2026-03-02T10:00:00Z\", \"region\": \"knee\", \"side\": \"left\"}, " + KNOWN
                        + ", {\"id\": \"n2\", \"at\": \"next tuesday\"}, {\"id\": \"n3\", \"at\": \"2026-03-02T10:00:00Z\", \"pain\": 42},"
                        + " {\"id\": \"n4\", \"at\": \"2026-03-02T10:00:00Z\", \"triggers\": [\"jumping\"]}]}", 1, 4),
                Arguments.of("unknown fields at every level", "{\"schemaVersion\": 4, \"device\": {\"name\": \"phone\", \"x\": [1, {\"y\": null}]},"
                        + " \"entries\": [" + KNOWN.replace("}", ", \"mood\": {\"score\": 4}}")
                        + ", {\"id\": \"ex\", \"at\": \"2026-03-02T10:00:00Z\", \"exercises\": [{\"exercise\": \"plank\", \"sets\": 1, \"tempo\": \"slow\"}]}"
                        + ", 17, \"text\"], \"zones\": []}", 1, 3),
                Arguments.of("entries before the version, as jq -S sorts", "{\"entries\": [" + KNOWN
                        + ", {\"id\": \"new\", \"at\": \"2026-03-02T10:00:00Z\", \"sound\": \"rumble\"}], \"schemaVersion\": 4}", 1, 1),
                Arguments.of("entries not a list any more", "{\"schemaVersion\": 9, \"entries\": {\"byDay\": {}}}", 0, 0),
                Arguments.of("an id used twice", "{\"schemaVersion\": 4, \"entries\": [" + KNOWN + ", " + KNOWN + "]}", 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newerFiles")
    void opensReadOnlyShowsWhatItCanAndCopiesRestoresAndChangesNothing(String name, String text, int shown, int hidden)
            throws IOException {
        Path file = dir.resolve(JournalStore.FILE);
        Files.writeString(file, text);
        Files.writeString(dir.resolve(JournalStore.BACKUP), "{\"schemaVersion\": 1, \"entries\": []}");
        FileSnapshot before = FileSnapshot.of(file);
        FileSnapshot backup = FileSnapshot.of(dir.resolve(JournalStore.BACKUP));
        try (JournalStore store = JournalStore.open(dir)) {
            assertTrue(store.readOnly());
            JournalProblem p = store.problem().orElseThrow();
            assertEquals(JournalProblem.Kind.NEWER_VERSION, p.kind(), p.describe());
            assertTrue(p.describe().contains("newer version of PopCheck"), p.describe());
            FileSnapshot.assertPlainLine(p.describe());
            assertFalse(p.backupAvailable(), "no offer to put an older file over newer data");
            assertEquals(shown, store.size());
            if (hidden > 0) {
                assertTrue(p.detail().contains(String.valueOf(hidden)), p.detail());
            }
            assertThrows(JournalException.class, () -> store.add(Entries.quick(1, "2026-03-03T10:00:00Z")));
            assertThrows(JournalException.class, store::restoreBackup);
            JournalException json = assertThrows(JournalException.class, () -> store.exportJson(dir.resolve("out.json")));
            assertTrue(json.getMessage().contains("newer version"), json.getMessage());
            assertThrows(JournalException.class, () -> store.exportCsv(dir.resolve("out.csv")));
        }
        before.assertUnchanged();
        backup.assertUnchanged();
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of(JournalStore.FILE, JournalStore.BACKUP, JournalStore.LOCK), names, "no copy, no export");
        }
        assertEquals(shown, JournalStore.readEntries(dir).size(), "the summary reads what it understands");
    }

    @Test
    void importingANewerFileIsRefusedAndTheJournalStaysAsItWas() throws IOException {
        Path other = dir.resolve("other.json");
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(Entries.quick(1, "2026-03-01T10:00:00Z"));
        }
        FileSnapshot before = FileSnapshot.of(dir.resolve(JournalStore.FILE));
        for (String text : List.of(
                "{\"schemaVersion\": 4, \"entries\": [{\"id\": \"new\", \"at\": \"2026-03-02T10:00:00Z\", \"sound\": \"rumble\"}]}",
                "{\"entries\": [" + KNOWN + "], \"schemaVersion\": 5}",
                "{\"schemaVersion\": 4, \"entries\": [" + KNOWN + "]}")) {
            Files.writeString(other, text);
            try (JournalStore store = JournalStore.open(dir)) {
                JournalException e = assertThrows(JournalException.class, () -> store.importFrom(other));
                assertTrue(e.getMessage().contains("newer version of PopCheck"), e.getMessage());
                FileSnapshot.assertPlainLine(e.getMessage());
            }
            before.assertUnchanged();
        }
    }
}
