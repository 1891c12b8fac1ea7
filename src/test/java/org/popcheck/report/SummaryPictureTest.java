package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.popcheck.journal.JournalEntry;
import org.popcheck.settings.Settings;

/** Renders page one to a PNG: target/ always, docs/ when run with -Dpopcheck.docs=true. */
class SummaryPictureTest {

    @Test
    void pageOneRendersToAPicture() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(today, 90));
        entries.add(SampleJournal.savedCheck(SampleJournal.at(today.minusDays(3), 18),
                org.popcheck.triage.TriageEngine.standard().level(SampleJournal.assessment())));
        // The real rules, so the picture shows the reasons a person would really get.
        Summary summary = SummaryBuilder.standard("112").build(entries, ReportPeriod.lastDays(90, today), "Ana López", today);
        try (PDDocument doc = SummaryPdf.render(summary, Settings.Paper.A4)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            Files.createDirectories(Path.of("target"));
            for (Path out : org.popcheck.testsupport.DocPictures.places(Path.of("target", "summary-page1.png"), Path.of("docs", "summary-page1.png"))) {
                ImageIO.write(page, "png", out.toFile());
            }
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(1, 110), "png", Path.of("target", "summary-page2.png").toFile());
            assertTrue(page.getWidth() > 500, "the page was rendered");
        }
    }

    @Test
    void anEmptySummaryRendersToAPicture() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 20);
        Summary summary = SampleJournal.builder().build(List.of(), ReportPeriod.lastDays(30, today), null, today);
        try (PDDocument doc = SummaryPdf.render(summary, Settings.Paper.LETTER)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Files.createDirectories(Path.of("target"));
            ImageIO.write(page, "png", Path.of("target", "summary-empty.png").toFile());
            assertTrue(page.getHeight() > page.getWidth(), "a portrait page");
        }
    }
}
