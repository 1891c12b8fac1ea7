package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.popcheck.i18n.LocalFormats;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.MorningAfter;
import org.popcheck.settings.Settings;

/**
 * The pain a person gives at the end of a guided session (and later how it was the next morning) is kept with
 * the exercise in the journal, in an entry with no joint and no pain of its own: the trial found it shown
 * nowhere in the summary. Page one sums it up per exercise with the latest date, and the log says it in each
 * session's dated row.
 */
class SessionPainInSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void painAtTheEndOfASessionAndTheNextMorningAreInTheSummaryWithTheirDate() throws IOException {
        OffsetDateTime sore = SampleJournal.at(TODAY.minusDays(4), 17);
        OffsetDateTime easy = SampleJournal.at(TODAY.minusDays(2), 11);
        List<JournalEntry> entries = new ArrayList<>();
        entries.add(SampleJournal.entry("p", SampleJournal.at(TODAY.minusDays(5), 8), SampleJournal.LEFT_ANKLE, 2, "click", "daily",
                List.of(), List.of(), "", false, List.of(), null));
        // as the guided session saves it: no joint, no pain of the entry, the pain with the exercise
        entries.add(new JournalEntry("s1", sore, null, null, null, null, List.of(), List.of(), "", false,
                List.of(new ExerciseDone("calf-raise", 3, 12, null, 7, MorningAfter.WORSE)), null));
        entries.add(new JournalEntry("s2", easy, null, null, null, null, List.of(), List.of(), "", false,
                List.of(new ExerciseDone("calf-raise", 3, 12, null, 2)), null));
        Summary s = SampleJournal.builder().build(entries, ReportPeriod.lastDays(30, TODAY), null, TODAY);
        assertEquals(List.of(new Summary.SessionPain(sore, "Calf raises", 7, MorningAfter.WORSE),
                new Summary.SessionPain(easy, "Calf raises", 2, null)), s.sessionPain());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(s, Settings.Paper.A4, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String one = stripper.getText(doc).replaceAll("\\s+", " ");
            String worse = Messages.get("exercises.morning.worse");
            assertTrue(one.contains("Calf raises: pain at the end 2\u20137 of 10 after 2 sessions, latest 2 of 10 on "
                    + LocalFormats.date(easy.toLocalDate()) + "; still sore the next morning once, last on " + LocalFormats.date(sore.toLocalDate())), one);
            stripper.setStartPage(2);
            stripper.setEndPage(doc.getNumberOfPages());
            String log = stripper.getText(doc).replaceAll("\\s+", " ");
            assertTrue(log.contains("Calf raises 3×12 (Pain at the end: 7 of 10; " + worse + ")"), log);
            assertTrue(log.contains("Calf raises 3×12 (Pain at the end: 2 of 10)"), log);
        }
    }
}
