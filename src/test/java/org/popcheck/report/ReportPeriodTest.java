package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.journal.JournalEntry;

class ReportPeriodTest {

    private static List<JournalEntry> entries(String times) {
        return Arrays.stream(times.split(" ")).filter(s -> !s.isBlank())
                .map(t -> new JournalEntry(t, OffsetDateTime.parse(t), null, null, null, 1, null, null, null, false, null, null))
                .toList();
    }

    @ParameterizedTest
    @CsvSource({
        // today (Honolulu), entries, expected end
        "2026-11-30, 2026-12-01T08:00:00+14:00, 2026-12-01", // the case: a day ahead on its own clock
        "2026-11-30, 2026-11-29T08:00:00-10:00 2026-12-01T00:30:00+13:00, 2026-12-01",
        "2026-11-30, 2026-11-30T23:59:00-10:00, 2026-11-30",
        "2026-11-30, 2026-11-20T10:00:00Z, 2026-11-30", // older entries: today
        "2026-11-30, '', 2026-11-30", // no entries: today
        "2026-12-31, 2027-01-01T09:00:00+14:00 2026-12-30T09:00:00Z, 2027-01-01"
    })
    void theDefaultEndIsTheLaterOfTodayAndTheNewestEntrysOwnDate(String today, String times, String end) {
        List<JournalEntry> all = entries(times);
        LocalDate day = LocalDate.parse(today);
        assertEquals(LocalDate.parse(end), ReportPeriod.defaultEnd(all, day));
        ReportPeriod month = ReportPeriod.lastDays(30, day, all);
        assertEquals(day.minusDays(29), month.from(), "the start stays 30 days back from today");
        assertTrue(all.stream().filter(e -> !e.localDate().isBefore(month.from())).allMatch(e -> month.contains(e.at())),
                "every recent entry is in the period");
    }
}
