package org.popcheck.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.popcheck.journal.JournalEntry;

/** The days a summary covers, both ends included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The start date " + from + " is after the end date " + to);
        }
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static ReportPeriod lastDays(int days, LocalDate today) {
        return new ReportPeriod(today.minusDays(days - 1L), today);
    }

    /**
     * The last {@code days} days up to and including {@code today}, stretched to {@link #defaultEnd}
     * so an entry dated ahead of this computer's clock is not left out.
     */
    public static ReportPeriod lastDays(int days, LocalDate today, List<JournalEntry> entries) {
        return new ReportPeriod(today.minusDays(days - 1L), defaultEnd(entries, today));
    }

    /**
     * The day a summary ends on when none is chosen: the later of {@code today} and the newest entry's
     * own date. An entry logged with a +14:00 offset from a computer in Honolulu (-10:00) is on the
     * next day already; ending on today would leave it out of a summary made a minute later.
     */
    public static LocalDate defaultEnd(List<JournalEntry> entries, LocalDate today) {
        LocalDate end = today;
        for (JournalEntry e : entries) {
            LocalDate day = e.localDate();
            if (day.isAfter(end)) {
                end = day;
            }
        }
        return end;
    }

    /** Whether an entry made at {@code at} (on its own local calendar day) falls in the period. */
    public boolean contains(OffsetDateTime at) {
        LocalDate day = at.toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
