package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WallClockTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "Europe/Berlin, 2026-03-29T02:30, 02:00, 03:00",
        "Europe/Berlin, 2026-03-29T02:00, 02:00, 03:00",
        "America/New_York, 2026-03-08T02:15, 02:00, 03:00",
        "Australia/Lord_Howe, 2026-10-04T02:10, 02:00, 02:30", // a half-hour change
        "Pacific/Apia, 2011-12-30T12:00, 00:00, 00:00" // Samoa skipped a whole day
    })
    void aTimeTheClocksSkippedIsReportedNotMoved(String zone, String local, String from, String to) {
        WallClock placed = WallClock.place(LocalDateTime.parse(local), ZoneId.of(zone));
        assertEquals(WallClock.Kind.NEVER, placed.kind());
        assertNull(placed.at(), "no time is made up for it");
        String note = placed.noteForApp(LocalDateTime.parse(local));
        assertTrue(note.contains(from) && note.contains(to) && note.contains(zone), note);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> WallClock.parseArgument(local, ZoneId.of(zone), NOW));
        assertTrue(refused.getMessage().contains("did not exist"), refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "Europe/Berlin, 2026-10-25T02:30:00, +02:00, +01:00",
        "America/New_York, 2026-11-01T01:30:00, -04:00, -05:00",
        "Australia/Lord_Howe, 2026-04-05T01:45:00, +11:00, +10:30"
    })
    void aTimeShownTwiceIsReportedWithBothOffsets(String zone, String local, String first, String second) {
        WallClock placed = WallClock.place(LocalDateTime.parse(local), ZoneId.of(zone));
        assertEquals(WallClock.Kind.TWICE, placed.kind());
        assertEquals(first, placed.at().getOffset().getId(), "the app saves the first and says so");
        assertTrue(placed.noteForApp(LocalDateTime.parse(local)).contains(first));
        String refused = assertThrows(IllegalArgumentException.class,
                () -> WallClock.parseArgument(local, ZoneId.of(zone), NOW)).getMessage();
        assertTrue(refused.contains(local + first) && refused.contains(local + second), refused);
    }

    @ParameterizedTest
    @CsvSource({
        "Europe/Berlin, 2026-03-29T01:59, 2026-03-29T01:59+01:00",
        "Europe/Berlin, 2026-03-29T03:00, 2026-03-29T03:00+02:00",
        "Europe/Berlin, 2026-10-25T03:00, 2026-10-25T03:00+01:00",
        "Pacific/Honolulu, 2026-06-01T12:00, 2026-06-01T12:00-10:00",
        "Asia/Kathmandu, 2026-06-01T12:00, 2026-06-01T12:00+05:45"
    })
    void anOrdinaryTimeIsPlacedAtItsOffset(String zone, String local, String expected) {
        WallClock placed = WallClock.place(LocalDateTime.parse(local), ZoneId.of(zone));
        assertEquals(WallClock.Kind.ONCE, placed.kind());
        assertEquals(OffsetDateTime.parse(expected), placed.at());
        assertEquals("", placed.noteForApp(LocalDateTime.parse(local)));
        assertEquals(OffsetDateTime.parse(expected), WallClock.parseArgument(local, ZoneId.of(zone), NOW));
    }

    @ParameterizedTest
    @CsvSource({
        "0000-01-01T00:00:00Z, 1900",
        "+10000-01-01T00:00:00Z, future",
        "2062-01-01T00:00:00Z, future",
        "1899-12-31T23:59:59+00:00, 1900",
        "2026-12-02T00:00:00Z, future",
        "1850-06-01T10:00, 1900",
        "yesterday, not a time",
        "2026-02-30T10:00:00Z, not a time"
    })
    void argumentsOutOfRangeOrNotTimesAreRefusedInPlainWords(String text, String says) {
        String message = assertThrows(IllegalArgumentException.class,
                () -> WallClock.parseArgument(text, ZoneId.of("Europe/Berlin"), NOW)).getMessage();
        assertTrue(message.contains(says), message);
    }

    @Test
    void aLocalTimeInAZoneWhoseOffsetHadSecondsGetsAWholeMinuteOffsetAtTheSameInstant() {
        LocalDateTime local = LocalDateTime.parse("1920-06-01T12:00");
        OffsetDateTime at = WallClock.parseArgument(local.toString(), ZoneId.of("Europe/Amsterdam"), NOW);
        assertEquals(0, at.getOffset().getTotalSeconds() % 60, at.toString());
        assertEquals(local.atZone(ZoneId.of("Europe/Amsterdam")).toInstant(), at.toInstant());
    }
}
