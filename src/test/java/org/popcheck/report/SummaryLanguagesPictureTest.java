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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.settings.Settings;

/**
 * Page one in every language with every site marked on both sides, as PNGs in target/, to look at the
 * body map's labels and the doses as a reader sees them.
 */
class SummaryLanguagesPictureTest {

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void pageOneWithEverySiteRendersInEachLanguage(Language language) throws Exception {
        Messages.setLanguage(language);
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(today, 20));
        int n = 0;
        for (Region region : Region.values()) {
            BodySite site = region.isSpine() ? BodySite.spine(region) : new BodySite(region, Side.BOTH);
            entries.add(SampleJournal.entry("all" + n++, SampleJournal.at(today.minusDays(1), 9), site, 3, "click", "daily",
                    List.of(), List.of(), "", false, List.of(), null));
        }
        Summary summary = SampleJournal.builder().build(entries, ReportPeriod.lastDays(30, today), "Ana López", today);
        try (PDDocument doc = SummaryPdf.render(summary, Settings.Paper.A4)) {
            Files.createDirectories(Path.of("target"));
            for (int p = 0; p < Math.min(2, doc.getNumberOfPages()); p++) {
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(p, 110);
                ImageIO.write(page, "png", Path.of("target", "summary-" + language.code() + "-page" + (p + 1) + ".png").toFile());
                assertTrue(page.getWidth() > 500, "the page was rendered");
            }
        }
    }
}
