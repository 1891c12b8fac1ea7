package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save changes only the ids it touched in the store's index; lookups must follow every kind of change. */
class JournalStoreIndexTest {

    @TempDir
    Path dir;

    @Test
    void lookupsByIdFollowAddUpdateDeleteAndImport() throws Exception {
        JournalEntry a = JournalEntryFixtures.quick("a", "2026-03-01T08:00:00+01:00");
        JournalEntry b = JournalEntryFixtures.quick("b", "2026-03-02T08:00:00+01:00");
        JournalEntry other = JournalEntryFixtures.quick("from-elsewhere", "2026-02-01T08:00:00Z");
        Path elsewhere = dir.resolve("other.json");
        try (Writer w = Files.newBufferedWriter(elsewhere)) {
            JournalJson.standard().write(List.of(other, a), w);
        }
        try (JournalStore store = JournalStore.open(dir.resolve("data"))) {
            store.add(a);
            store.add(b);
            assertEquals(b, store.find("b").orElseThrow());

            JournalEntry changed = new JournalEntry("b", b.at(), b.site(), b.sound(), b.frequency(), 7, b.triggers(),
                    b.warningSigns(), "changed", false, b.exercises(), null);
            store.update(changed);
            assertEquals("changed", store.find("b").orElseThrow().notes());

            store.delete("a");
            assertTrue(store.find("a").isEmpty());
            assertThrows(JournalException.class, () -> store.delete("a"));

            assertEquals(2, store.importFrom(elsewhere), "both are new here now that a was deleted");
            assertEquals(other, store.find("from-elsewhere").orElseThrow());
            assertEquals(a, store.find("a").orElseThrow());
            assertThrows(JournalException.class, () -> store.add(a));
            assertEquals(List.of("from-elsewhere", "a", "b"), store.entries().stream().map(JournalEntry::id).toList());
        }
        try (JournalStore again = JournalStore.open(dir.resolve("data"))) {
            assertEquals(3, again.size());
            assertEquals("changed", again.find("b").orElseThrow().notes());
        }
    }
}
