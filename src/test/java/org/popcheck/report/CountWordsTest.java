package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;

/** A count the summary shows takes the plural form of its language: the trial read "… and 1 more reasons". */
class CountWordsTest {

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    private static void says(Language language, int count, String expected) {
        Messages.setLanguage(language);
        assertEquals(expected, Messages.get("summary.pdf.answeredNo", count, "fever"), language + ", " + count);
    }

    @Test
    void theSignsAnsweredNoAreCountedInTheSingularAndThePlural() {
        says(Language.EN, 1, "1 question answered no: fever");
        says(Language.EN, 2, "2 questions answered no: fever");
        says(Language.EN, 21, "21 questions answered no: fever");
        says(Language.ES, 1, "1 pregunta respondida con no: fever");
        says(Language.ES, 3, "3 preguntas respondidas con no: fever");
        says(Language.DE, 1, "1 Frage mit Nein beantwortet: fever");
        says(Language.DE, 12, "12 Fragen mit Nein beantwortet: fever");
    }

    @Test
    void theSessionsOfAnExerciseAreCountedInTheSingularAndThePlural() {
        Map<Language, String[]> words = Map.of(
                Language.EN, new String[] {"after 1 session,", "after 4 sessions,", "still sore the next morning once", "still sore the next morning 3 times"},
                Language.ES, new String[] {"tras 1 sesión;", "tras 4 sesiones;", "una vez", "3 veces"},
                Language.DE, new String[] {"nach 1 Einheit,", "nach 4 Einheiten,", "einmal am", "3-mal am"});
        for (var w : words.entrySet()) {
            Messages.setLanguage(w.getKey());
            String[] expected = w.getValue();
            assertContains(Messages.get("summary.pdf.painLine", "3", 1, 3, "x"), expected[0]);
            assertContains(Messages.get("summary.pdf.painLine", "1\u20134", 4, 2, "x"), expected[1]);
            assertContains(Messages.get("summary.pdf.morningWorse", 1, "x"), expected[2]);
            assertContains(Messages.get("summary.pdf.morningWorse", 3, "x"), expected[3]);
        }
    }

    private static void assertContains(String text, String part) {
        assertEquals(true, text.contains(part), Messages.language() + ": '" + part + "' in " + text);
    }

    /** A count of thousands is written as the language writes numbers, plural and all. */
    @Test
    void aLargeCountIsGroupedAsTheLanguageWritesIt() {
        for (Language language : List.of(Language.EN, Language.DE)) {
            Messages.setLanguage(language);
            String expected = java.text.NumberFormat.getIntegerInstance(Messages.locale()).format(1200);
            assertEquals(true, Messages.get("summary.pdf.answeredNo", 1200, "x").startsWith(expected + " "), language.toString());
        }
    }
}
