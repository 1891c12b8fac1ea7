package org.popcheck.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

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

    /** Whether an entry made at {@code at} (on its own local calendar day) falls in the period. */
    public boolean contains(OffsetDateTime at) {
        LocalDate day = at.toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
