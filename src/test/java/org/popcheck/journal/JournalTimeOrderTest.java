package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/** Opening skips the sort for a file in order; it must still sort any file that is not. */
class JournalTimeOrderTest {

    @TempDir
    Path dir;

    /** The one-pass check agrees with sorting: in order exactly when sorting would change nothing. */
    @Property(tries = 300)
    void theOrderCheckAgreesWithSorting(@ForAll @Size(max = 8) List<@IntRange(min = 0, max = 5) Integer> minutes,
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 2) Integer> ids) {
        List<JournalEntry> list = new ArrayList<>();
        for (int i = 0; i < minutes.size(); i++) {
            // Few distinct minutes and ids, offsets that make equal instants look different: ties on both keys happen.
            ZoneOffset offset = ZoneOffset.ofHours(i % 2);
            OffsetDateTime at = OffsetDateTime.of(2026, 3, 1, 10 + offset.getTotalSeconds() / 3600, minutes.get(i), 0, 0, offset);
            list.add(entry("id" + (i < ids.size() ? ids.get(i) : i), at));
        }
        List<JournalEntry> sorted = new ArrayList<>(list);
        sorted.sort(JournalStore.BY_TIME);
        assertEquals(sorted.equals(list), JournalStore.inTimeOrder(list), list.toString());
    }

    @Test
    void aFileOutOfOrderIsOpenedOldestFirst() throws IOException {
        OffsetDateTime t = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        List<JournalEntry> shuffled = List.of(entry("b", t.plusHours(2)), entry("a", t), entry("c", t.plusHours(1)),
                entry("d", t.plusHours(1).withOffsetSameInstant(ZoneOffset.ofHours(3))));
        try (Writer w = Files.newBufferedWriter(dir.resolve(JournalStore.FILE))) {
            JournalJson.standard().write(shuffled, w);
        }
        try (JournalStore store = JournalStore.open(dir)) {
            assertEquals(List.of("a", "c", "d", "b"), store.entries().stream().map(JournalEntry::id).toList());
        }
    }

    private static JournalEntry entry(String id, OffsetDateTime at) {
        return new JournalEntry(id, at, new BodySite(Region.ANKLE, Side.LEFT), "pop", "daily", 1,
                List.of(), List.of(), "", false, List.of(), null);
    }
}
