package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

class JournalStatsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static JournalEntry at(Region r, Side s, Integer pain, String time) {
        return new JournalEntry(time + r + s + pain, OffsetDateTime.parse(time), new BodySite(r, s), null, null, pain, null, null,
                "", false, null, null);
    }

    @Test
    void eachJointGetsItsOwnSeriesWithDailyAveragePainAndCount() {
        List<JournalEntry> entries = List.of(
                at(Region.ANKLE, Side.LEFT, 2, "2026-03-09T08:00:00+01:00"),
                at(Region.ANKLE, Side.LEFT, 6, "2026-03-09T20:00:00+01:00"),
                at(Region.ANKLE, Side.LEFT, null, "2026-03-10T08:00:00+01:00"),
                at(Region.HIP, Side.RIGHT, 3, "2026-03-10T09:00:00+01:00"));
        JournalStats.Chart chart = JournalStats.chart(entries, JournalStats.Range.WEEK, TODAY);
        assertEquals(JournalStats.Bucket.DAY, chart.bucket());
        assertEquals(List.of("ankle/left", "hip/right"), chart.series().stream().map(s -> s.site().key()).toList());
        List<JournalStats.Point> ankle = chart.series().get(0).points();
        assertEquals(new JournalStats.Point(LocalDate.of(2026, 3, 9), 4.0, 2.0, 2, 2), ankle.get(0));
        assertNull(ankle.get(1).averagePain(), "a day without pain scores has no pain point, not zero");
        assertEquals(1.0, ankle.get(1).popsPerDay());
    }

    @Test
    void anEntryCountsOnTheDayItWasLoggedAtItsOwnOffset() {
        // 23:30 in Tokyo is 14:30 UTC the same day; 00:30 at -05:00 belongs to the 10th, not the 9th.
        List<JournalEntry> entries = List.of(at(Region.FOOT, Side.BOTH, 1, "2026-03-09T23:30:00+09:00"),
                at(Region.FOOT, Side.BOTH, 1, "2026-03-10T00:30:00-05:00"));
        List<JournalStats.Point> points = JournalStats.chart(entries, JournalStats.Range.WEEK, TODAY).series().get(0).points();
        assertEquals(List.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10)), points.stream().map(JournalStats.Point::start).toList());
    }

    @Test
    void theWeekAndMonthRangesLeaveOutOlderAndFutureEntries() {
        List<JournalEntry> entries = List.of(
                at(Region.HIP, Side.LEFT, 1, "2026-03-04T08:00:00Z"), // 7th day back: in the week
                at(Region.HIP, Side.LEFT, 1, "2026-03-03T08:00:00Z"), // 8th day back: only in the month
                at(Region.HIP, Side.LEFT, 1, "2026-02-09T08:00:00Z"), // 30th day back: in the month
                at(Region.HIP, Side.LEFT, 1, "2026-02-08T08:00:00Z"), // 31st: only in all
                at(Region.HIP, Side.LEFT, 1, "2026-03-11T08:00:00Z")); // tomorrow: never
        assertEquals(1, count(entries, JournalStats.Range.WEEK));
        assertEquals(3, count(entries, JournalStats.Range.MONTH));
        assertEquals(4, count(entries, JournalStats.Range.ALL));
    }

    @Test
    void yearsOfEntriesAreShownByMonthWithPopsPerDay() {
        List<JournalEntry> entries = new ArrayList<>();
        LocalDate day = LocalDate.of(2023, 1, 1);
        while (!day.isAfter(TODAY)) {
            entries.add(at(Region.ANKLE, Side.RIGHT, 4, day + "T08:00:00Z"));
            entries.add(at(Region.ANKLE, Side.RIGHT, 4, day + "T18:00:00Z"));
            day = day.plusDays(1);
        }
        JournalStats.Chart chart = JournalStats.chart(entries, JournalStats.Range.ALL, TODAY);
        assertEquals(JournalStats.Bucket.MONTH, chart.bucket());
        JournalStats.Point feb2024 = chart.series().get(0).points().stream()
                .filter(p -> p.start().equals(LocalDate.of(2024, 2, 1))).findFirst().orElseThrow();
        assertEquals(58, feb2024.entries());
        assertEquals(2.0, feb2024.popsPerDay());
    }

    /**
     * A rate is taken over the days the journal could have logged on: this month so far, and from the first entry
     * on, not over whole weeks or months (two entries a day over ten days of March are 2 a day, not 0.6).
     */
    @ParameterizedTest(name = "first entry {0}")
    @ValueSource(strings = {"2023-01-01", "2023-01-17", "2024-11-05", "2025-06-30"})
    void aPartWeekOrMonthAtEitherEndIsARateOverTheDaysLogged(String firstDay) {
        List<JournalEntry> entries = new ArrayList<>();
        LocalDate day = LocalDate.parse(firstDay);
        while (!day.isAfter(TODAY)) {
            entries.add(at(Region.HIP, Side.LEFT, 2, day + "T08:00:00Z"));
            entries.add(at(Region.HIP, Side.LEFT, 2, day + "T18:00:00Z"));
            day = day.plusDays(1);
        }
        JournalStats.Chart chart = JournalStats.chart(entries, JournalStats.Range.ALL, TODAY);
        assertTrue(chart.bucket() != JournalStats.Bucket.DAY, "the span is long enough for weeks or months: " + chart.bucket());
        for (JournalStats.Point p : chart.series().get(0).points()) {
            assertEquals(2.0, p.popsPerDay(), 1e-9, "the point of " + p.start());
            assertEquals(p.entries(), p.painScores());
        }
    }

    private static int count(List<JournalEntry> entries, JournalStats.Range range) {
        return JournalStats.chart(entries, range, TODAY).series().stream()
                .flatMap(s -> s.points().stream()).mapToInt(JournalStats.Point::entries).sum();
    }
}
