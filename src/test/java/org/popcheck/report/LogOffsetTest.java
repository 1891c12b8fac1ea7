package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.journal.JournalEntry;
import org.popcheck.settings.Settings;

/** The log shows each time's offset on the days the clock's offset changed, and only then. */
class LogOffsetTest {

    private static List<JournalEntry> entries(String times) {
        return Arrays.stream(times.split(" ")).map(t -> SampleJournal.entry(t, OffsetDateTime.parse(t),
                SampleJournal.LEFT_ANKLE, 2, "pop", null, List.of(), List.of(), "", false, List.of(), null)).toList();
    }

    @ParameterizedTest
    @CsvSource({
        // Berlin, clocks back: 02:30 twice
        "2026-10-24T20:00+02:00 2026-10-25T02:30+02:00 2026-10-25T02:30+01:00 2026-10-26T08:00+01:00, 2026-10-25",
        // New York, clocks forward, one entry each day
        "2026-03-07T21:00-05:00 2026-03-08T09:00-04:00 2026-03-09T09:00-04:00, 2026-03-08",
        // a flight from Berlin to New York, then back a week later
        "2026-06-01T07:00+02:00 2026-06-01T18:00-04:00 2026-06-02T09:00-04:00 2026-06-08T20:00+02:00, 2026-06-01 2026-06-08",
        // no change; Z and +00:00 are the same offset
        "2026-01-01T10:00Z 2026-01-02T10:00+00:00 2026-01-03T10:00Z, ''"
    })
    void theDaysWhoseOffsetChangedAreFound(String times, String days) {
        Set<LocalDate> expected = days.isBlank() ? Set.of()
                : Arrays.stream(days.split(" ")).map(LocalDate::parse).collect(Collectors.toSet());
        assertEquals(expected, LogTable.daysTheOffsetChanges(entries(times)));
    }

    @Test
    void thePdfLogShowsTheOffsetOnTheDayTheClocksWentBack() throws IOException {
        List<JournalEntry> log = entries(
                "2026-10-24T20:00+02:00 2026-10-25T02:30+02:00 2026-10-25T02:30+01:00 2026-10-26T08:00+01:00");
        Summary summary = SampleJournal.builder().build(log,
                new ReportPeriod(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 27)), null, LocalDate.of(2026, 10, 27));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(summary, Settings.Paper.A4, out);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "offset-log.pdf"), out.toByteArray()); // to look at
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            text = s.getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("2026-10-25 02:30 +02:00") && text.contains("2026-10-25 02:30 +01:00"), text);
        assertTrue(text.contains("2026-10-24 20:00 Left") && text.contains("2026-10-26 08:00 Left"),
                "other days without the offset: " + text);
        Set<String> offsetsShown = new TreeSet<>(Arrays.asList(text.split(" ")));
        offsetsShown.removeIf(w -> !w.matches("[+-]\\d\\d:\\d\\d"));
        assertEquals(Set.of("+01:00", "+02:00"), offsetsShown);
    }
}
