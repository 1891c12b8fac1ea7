package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.exercise.DoneWords;
import org.popcheck.exercise.DoseWords;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;

/**
 * A number and its unit stay on one line in the summary: "2×30 s" never wraps as "2×30" and "s", at any column
 * width, for every dose the catalog has and every session line the log writes, in every language.
 */
class DosesStayWholeTest {

    private static final float SIZE = 7;
    /** A line that ends in a number, and the next that starts with its unit. */
    private static final Pattern ENDS_IN_NUMBER = Pattern.compile("\\d[-\u00d7]?$");
    private static final Pattern STARTS_WITH_UNIT = Pattern.compile(
            "^(s|seg|sek|min|h|×|%|seconds?|minutes?|segundos?|minutos?|Sekunden|Minuten)(\\P{L}|$)");

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    @Test
    void aHoldsSessionLineNeverLeavesItsSecondsAlone() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfCanvas c = new PdfCanvas(null, new FontSet(doc), 800);
            String line = DoneWords.shortLine("Plank", new ExerciseDone("plank", 2, null, 30, null));
            // "Plank 2×30" fits, "Plank 2×30 s" does not: the old wrap left the "s" alone on the next line
            float width = (c.width("Plank 2×30", SIZE, false) + c.width("Plank 2×30 s", SIZE, false)) / 2;
            assertEquals(List.of("Plank", "2×30 s"), c.wrap(line, width, SIZE, false));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noDoseBreaksBetweenItsNumberAndItsUnitAtAnyWidth(Language language) throws IOException {
        Messages.setLanguage(language);
        List<String> texts = new ArrayList<>();
        for (Exercise e : ExerciseCatalog.standard().all()) {
            texts.add(DoseWords.doseAndFrequency(e));
            Exercise.Dosage d = e.dosage();
            texts.add(DoneWords.shortLine(e.name(), new ExerciseDone(e.id(), d.sets(), d.isHold() ? null : d.reps(),
                    d.isHold() ? d.holdSeconds() : null, 3)));
        }
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PdfCanvas c = new PdfCanvas(null, new FontSet(doc), 800);
            for (String text : texts) {
                float widest = c.width(text, SIZE, false);
                for (float width = c.longestWord(text, SIZE, false); width <= widest; width += 0.5f) {
                    List<String> lines = c.wrap(text, width, SIZE, false);
                    for (int k = 1; k < lines.size(); k++) {
                        if (ENDS_IN_NUMBER.matcher(lines.get(k - 1)).find() && STARTS_WITH_UNIT.matcher(lines.get(k)).find()) {
                            problems.add(lines + " at " + width);
                            break;
                        }
                    }
                }
            }
        }
        assertTrue(texts.size() > 10, "doses checked: " + texts.size());
        if (!problems.isEmpty()) {
            fail(problems.size() + " breaks between a number and its unit, e.g.\n"
                    + String.join("\n", problems.subList(0, Math.min(8, problems.size()))));
        }
    }
}
