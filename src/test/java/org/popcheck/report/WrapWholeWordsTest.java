package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Text wraps where the language lets a line break; a word is cut only when a line cannot hold it, and then says so. */
class WrapWholeWordsTest {

    private static final float SIZE = 7;

    private interface Check {
        void on(PdfCanvas c) throws IOException;
    }

    private static void withCanvas(Check check) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            check.on(new PdfCanvas(null, new FontSet(doc), 800));
        }
    }

    @Test
    void aCompoundBreaksAfterItsHyphenNotInsideAPart() throws IOException {
        withCanvas(c -> {
            String text = "Knie-Hüft-Schmerzen";
            float width = c.width("Knie-Hüft-Schm", SIZE, false);
            assertEquals(List.of("Knie-Hüft-", "Schmerzen"), c.wrap(text, width, SIZE, false));
        });
    }

    @Test
    void aWordWiderThanTheLineIsCutWithAHyphenANumberWithout() throws IOException {
        withCanvas(c -> {
            String word = "Sprunggelenksschmerzen";
            float width = c.width("Sprunggel", SIZE, false);
            List<String> lines = c.wrap("Im " + word, width, SIZE, false);
            assertEquals("Im", lines.get(0), "the short word keeps its line; the long one starts a line of its own");
            List<String> pieces = lines.subList(1, lines.size());
            assertTrue(pieces.size() >= 3, "cut: " + pieces);
            for (String piece : pieces.subList(0, pieces.size() - 1)) {
                assertTrue(piece.endsWith(LineBreaks.HYPHEN), "a cut word says it goes on: " + pieces);
            }
            for (String line : lines) {
                assertTrue(c.width(line, SIZE, false) <= width, "fits, hyphen and all: " + line);
            }
            assertEquals(word, String.join("", pieces).replace(LineBreaks.HYPHEN, ""), "no letter lost");
            // a number is cut plainly: a hyphen in it would read as a minus or a range
            String number = "123456789012345678901234";
            List<String> numberLines = c.wrap(number, c.width("1234567", SIZE, false), SIZE, false);
            assertTrue(numberLines.size() > 1, "cut: " + numberLines);
            assertEquals(number, String.join("", numberLines), "cut plainly: " + numberLines);
        });
    }
}
