package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.popcheck.journal.JournalEntry;
import org.popcheck.settings.Settings;

/**
 * Issue 7's target: a year of three entries a day to PDF in well under 1.5 s. Run with
 * {@code mvn -B -Pbenchmarks verify}, or alone: {@code mvn -B -o test -Dtest=SummaryBenchmark -Dexcluded.test.groups=none}.
 */
@Tag("benchmark")
class SummaryBenchmark {

    @Test
    void aYearOfThreeEntriesADayBecomesAPdfWellUnderOneAndAHalfSeconds() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(today, 365));
        entries.add(SampleJournal.savedCheck(SampleJournal.at(today.minusDays(4), 18)));
        ReportPeriod year = ReportPeriod.lastDays(365, today);

        long cold = timeOnce(entries, year);
        long[] warm = new long[7];
        int bytes = 0;
        for (int i = 0; i < warm.length; i++) {
            long t0 = System.nanoTime();
            bytes = make(entries, year);
            warm[i] = System.nanoTime() - t0;
        }
        Arrays.sort(warm);
        double medianMs = warm[warm.length / 2] / 1e6;
        System.out.printf("summary benchmark: %d entries, %d bytes; first run %.0f ms (fonts read, classes loaded); "
                + "median of %d warm runs %.0f ms (min %.0f, max %.0f); target < 1500 ms%n",
                entries.size(), bytes, cold / 1e6, warm.length, medianMs, warm[0] / 1e6, warm[warm.length - 1] / 1e6);
        assertTrue(cold / 1e6 < 1500, "the very first summary of a run is under 1.5 s");
        assertTrue(medianMs < 1500, "a summary is under 1.5 s");
    }

    private static long timeOnce(List<JournalEntry> entries, ReportPeriod period) throws Exception {
        long t0 = System.nanoTime();
        make(entries, period);
        return System.nanoTime() - t0;
    }

    private static int make(List<JournalEntry> entries, ReportPeriod period) throws Exception {
        Summary summary = SummaryBuilder.standard("112").build(entries, period, "Ana López", period.to());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(summary, Settings.Paper.A4, out);
        return out.size();
    }
}
