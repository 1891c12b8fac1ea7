package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A count of one takes the singular ("1 days" and "1 Tage" were printed in the clinician summary). */
class CountedWordsTest {

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    @Test
    void theSummarysPeriodSaysOneDayAndManyDays() {
        Map<Language, String[]> words = Map.of(
                Language.EN, new String[] {"(1 day)", "(30 days)"},
                Language.DE, new String[] {"(1 Tag)", "(30 Tage)"},
                Language.ES, new String[] {"(1 día)", "(30 días)"});
        for (var w : words.entrySet()) {
            Messages.setLanguage(w.getKey());
            String one = Messages.get("summary.pdf.period", "a", "b", 1L);
            String many = Messages.get("summary.pdf.period", "a", "b", 30L);
            assertTrue(one.contains(w.getValue()[0]), w.getKey() + ": " + one);
            assertTrue(many.contains(w.getValue()[1]), w.getKey() + ": " + many);
        }
    }
}
