package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;

/**
 * Trial 12 (pdfC-3.png): the log's "Warning signs" column wrapped a check's signs to one or two words a line,
 * 18 lines for one row, while the columns of short words beside it had room to spare. The columns' widths now
 * follow what they hold; every word is still whole and every column keeps its widest word.
 */
class LogColumnRoomTest {

    /** The warnings column of the log (LogTable.HEADERS). */
    private static final int WARNINGS = 6;

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aChecksWarningSignsGetTheRoomTheyNeed(Language language) throws IOException {
        Messages.setLanguage(language);
        List<JournalEntry> log = TrialPeople.journal(TrialPeople.ankleInFootball());
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = new FontSet(doc);
            PdfCanvas c = new PdfCanvas(null, fonts, PDRectangle.A4.getHeight());
            float left = SummaryPdf.MARGIN;
            float width = PDRectangle.A4.getWidth() - 2 * SummaryPdf.MARGIN;
            float[] colX = new LogTable(doc, fonts, PDRectangle.A4, SummaryPdf.FOOTER_HEIGHT).columnEdges(log, Set.of(), left, width);
            int tallest = 0;
            for (JournalEntry e : log) {
                String[] values = LogTable.values(e, Set.of());
                List<String> warnings = c.wrap(values[WARNINGS], colX[WARNINGS + 1] - colX[WARNINGS] - 4, LogTable.SIZE, false);
                tallest = Math.max(tallest, warnings.size());
                for (int k = 0; k < values.length; k++) {
                    float w = colX[k + 1] - colX[k];
                    assertTrue(c.longestWord(values[k], LogTable.SIZE, false) + 4 <= w + 0.01f,
                            language + ": column " + k + " keeps its widest word whole: " + values[k]);
                }
                long words = warnings.stream().limit(Math.max(1, warnings.size() - 1)).mapToLong(l -> l.split("\\s+").length).sum();
                assertTrue(warnings.size() < 2 || words >= 3L * (warnings.size() - 1),
                        language + ": warning signs at three words or more a line on average: " + warnings);
            }
            assertTrue(tallest <= 8, language + ": the check's warning signs in at most 8 lines, not " + tallest);
            assertTrue(colX[colX.length - 1] <= left + width + 0.01f, language + ": the table fits the page");
        }
    }
}
