package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every line of a wrapped paragraph keeps the paragraph's reading direction. */
class WrapDirectionTest {

    @ParameterizedTest
    @CsvSource({
        "'כאב בברך MRI scan done 2026 and physio twice a week since then', true",
        "'ألم في الركبة 3 times a day after walking up the stairs at work', true",
        "'הברך כואבת 12345 67890 12345 67890 12345 67890 12345 67890', true",
        "'Knee pain כאב בברך כשאני עולה במדרגות בבוקר ובערב כל יום', false",
        "'Plain English note that wraps over a few lines in the log', false"
    })
    void eachLineReadsInTheParagraphsDirection(String text, boolean rightToLeft) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfCanvas c = new PdfCanvas(null, new FontSet(doc), 800);
            List<String> lines = c.wrap(text, 90, 7, false);
            assertTrue(lines.size() >= 3, "wrapped: " + lines);
            for (String line : lines) {
                assertEquals(rightToLeft, BidiLayout.isRightToLeft(line), line);
            }
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(BidiLayout.RLM, "").replace(BidiLayout.LRM, "").replace(" ", ""),
                    "no character lost or added but direction marks");
            for (String line : lines) {
                assertTrue(c.width(line, 7, false) <= 90, "the mark takes no room: " + line);
            }
        }
    }
}
