package org.popcheck.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.popcheck.journal.JournalEntry;
import org.popcheck.report.ReportPeriod;
import org.popcheck.report.SampleJournal;
import org.popcheck.report.Summary;
import org.popcheck.report.SummaryBuilder;
import org.popcheck.report.SummaryPdf;
import org.popcheck.settings.Settings;

/**
 * The clinician summary of a year of three entries a day, from the journal entries to the PDF bytes
 * (issue 7's target: under 1.5 s). The first run in this JVM pays for reading the fonts and loading
 * PDFBox; the warm median is what a second summary in the same session costs.
 */
@Tag("benchmark")
class SummaryBenchmark {

    private static final int WARM_RUNS = 7;

    @Test
    void aYearOfThreeEntriesADayToPdfColdAndWarm() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(today, 365));
        entries.add(SampleJournal.savedCheck(SampleJournal.at(today.minusDays(4), 18)));
        ReportPeriod year = ReportPeriod.lastDays(365, today);

        int[] bytes = new int[1];
        double cold = Figures.millis(() -> bytes[0] = make(entries, year));
        assertTrue(bytes[0] > 1000, "a PDF was made");
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(Figures.millis(() -> make(entries, year)));
        }
        Figures.print("summary.year-3-a-day.entries", entries.size(), "entries");
        Figures.print("summary.year-3-a-day.pdf-size", bytes[0] / 1024.0, "KiB");
        Figures.print("summary.year-3-a-day.first-run-in-jvm (target < 1500)", cold, "ms");
        Figures.print("summary.year-3-a-day.warm-median-of-" + WARM_RUNS + " (target < 1500)", Figures.median(warm), "ms");
    }

    private static int make(List<JournalEntry> entries, ReportPeriod period) {
        try {
            Summary summary = SummaryBuilder.standard("112").build(entries, period, "Ana López", period.to());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SummaryPdf.write(summary, Settings.Paper.A4, out);
            return out.size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
