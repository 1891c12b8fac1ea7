package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/** The entry keeps its time as an instant and an offset: it must give back exactly the time it was given. */
class JournalEntryTest {

    @Property(tries = 500)
    void theTimeComesBackExactly(@ForAll @LongRange(min = -5_000_000_000L, max = 5_000_000_000L) long second,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
            @ForAll @IntRange(min = -18 * 3600, max = 18 * 3600) int offsetSeconds) {
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nano), ZoneOffset.ofTotalSeconds(offsetSeconds));
        JournalEntry e = entry("a", at);
        assertEquals(at, e.at());
        assertEquals(at.getOffset(), e.at().getOffset());
        assertEquals(at.toEpochSecond(), e.epochSecond());
        assertEquals(at.getNano(), e.nano());
        assertEquals(at.toLocalDate(), e.localDate(), "the day on the person's clock");
    }

    @Test
    void equalAsARecordWouldBe() {
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(1));
        assertEquals(entry("a", at), entry("a", at));
        assertEquals(entry("a", at).hashCode(), entry("a", at).hashCode());
        assertNotEquals(entry("a", at), entry("b", at), "another id");
        assertNotEquals(entry("a", at), entry("a", at.plusNanos(1)), "another time");
        assertNotEquals(entry("a", at), entry("a", at.withOffsetSameInstant(ZoneOffset.UTC)),
                "the same instant on another clock is another entry: the offset the person had is kept");
        assertTrue(entry("a", at).toString().contains("at=2026-03-01T09:30+01:00"), entry("a", at).toString());
    }

    @Test
    void listsAreCopiedAndMissingOnesAreEmpty() {
        List<String> triggers = new ArrayList<>(List.of("walking"));
        JournalEntry e = new JournalEntry("a", OffsetDateTime.now(), null, null, null, null, triggers, null, null, false, null, null);
        triggers.add("massage");
        assertEquals(List.of("walking"), e.triggers(), "a later change to the caller's list does not reach the entry");
        assertEquals(List.of(), e.warningSigns());
        assertEquals(List.of(), e.exercises());
        assertEquals("", e.notes());
    }

    private static JournalEntry entry(String id, OffsetDateTime at) {
        return new JournalEntry(id, at, new BodySite(Region.ANKLE, Side.LEFT), "pop", "daily", 3,
                List.of("walking"), List.of(), "", false, List.of(), null);
    }
}
