package org.popcheck.journal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.popcheck.body.BodySite;

/**
 * Pain and popping over time, one series per joint (site), for the journal chart. An entry counts
 * on its own calendar day (the date at the offset it was logged with), so a late-evening entry
 * abroad stays on the evening it happened.
 */
public final class JournalStats {

    /** How far back the chart looks. */
    public enum Range {
        WEEK(7), MONTH(30), ALL(0);

        private final int days;

        Range(int days) {
            this.days = days;
        }

        /** The first day shown, or null for everything. */
        public LocalDate firstDay(LocalDate today) {
            return days == 0 ? null : today.minusDays(days - 1L);
        }
    }

    /** The width of one point: a day; for long spans a week or a month so the chart stays readable. */
    public enum Bucket { DAY, WEEK, MONTH }

    /**
     * One point of a series.
     *
     * @param start       the first day of the bucket
     * @param averagePain mean pain of the entries that gave a pain score, or null when none did
     * @param popsPerDay  entries logged, divided by the days of the bucket the journal could have logged them on:
     *                    from its first entry in the range to today (this month's 20 entries over its first 10
     *                    days are 2 a day, not 20 / 31 = 0.6)
     * @param entries     how many entries fall in the bucket
     * @param painScores  how many of them gave a pain score (what {@code averagePain} is the mean of)
     */
    public record Point(LocalDate start, Double averagePain, double popsPerDay, int entries, int painScores) {}

    public record Series(BodySite site, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    public record Chart(Bucket bucket, List<Series> series) {
        public Chart {
            series = List.copyOf(series);
        }
    }

    private JournalStats() {}

    public static Chart chart(List<JournalEntry> entries, Range range, LocalDate today) {
        LocalDate first = range.firstDay(today);
        List<JournalEntry> inRange = entries.stream()
                .filter(e -> e.site() != null)
                .filter(e -> {
                    LocalDate d = e.localDate();
                    return (first == null || !d.isBefore(first)) && !d.isAfter(today);
                })
                .toList();
        Bucket bucket = bucketFor(inRange, range);
        // the first day the journal could have logged anything shown: its first entry, or the range's first day
        LocalDate firstLogged = entries.stream().map(JournalEntry::localDate).filter(d -> !d.isAfter(today))
                .filter(d -> first == null || !d.isBefore(first)).min(Comparator.naturalOrder()).orElse(today);
        Map<BodySite, Map<LocalDate, int[]>> sums = new TreeMap<>(Comparator.comparing(BodySite::key));
        for (JournalEntry e : inRange) {
            LocalDate start = startOf(e.localDate(), bucket);
            // [entries, entries with pain, pain total]
            int[] s = sums.computeIfAbsent(e.site(), k -> new TreeMap<>()).computeIfAbsent(start, k -> new int[3]);
            s[0]++;
            if (e.pain() != null) {
                s[1]++;
                s[2] += e.pain();
            }
        }
        List<Series> series = new ArrayList<>();
        sums.forEach((site, byStart) -> {
            List<Point> points = new ArrayList<>();
            byStart.forEach((start, s) -> points.add(new Point(start, s[1] == 0 ? null : (double) s[2] / s[1],
                    (double) s[0] / daysLogged(start, bucket, firstLogged, today), s[0], s[1])));
            series.add(new Series(site, points));
        });
        return new Chart(bucket, series);
    }

    /** Days for a week or a month of range; weeks past four months; months past two years. */
    static Bucket bucketFor(List<JournalEntry> entries, Range range) {
        if (range != Range.ALL || entries.isEmpty()) {
            return Bucket.DAY;
        }
        LocalDate min = entries.stream().map(JournalEntry::localDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate max = entries.stream().map(JournalEntry::localDate).max(Comparator.naturalOrder()).orElseThrow();
        long span = ChronoUnit.DAYS.between(min, max);
        return span > 730 ? Bucket.MONTH : span > 120 ? Bucket.WEEK : Bucket.DAY;
    }

    static LocalDate startOf(LocalDate day, Bucket bucket) {
        return switch (bucket) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The days of the bucket from {@code firstLogged} to {@code today}, at least one. */
    static long daysLogged(LocalDate start, Bucket bucket, LocalDate firstLogged, LocalDate today) {
        LocalDate from = start.isBefore(firstLogged) ? firstLogged : start;
        LocalDate end = start.plusDays(daysIn(start, bucket) - 1L);
        LocalDate to = end.isAfter(today) ? today : end;
        return Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
    }

    static int daysIn(LocalDate start, Bucket bucket) {
        return switch (bucket) {
            case DAY -> 1;
            case WEEK -> 7;
            case MONTH -> start.lengthOfMonth();
        };
    }
}
