package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A typed date is read strictly: an impossible one is refused in words that name it, never moved. */
class StrictDateConverterTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en-US|2/30/2026|2/30/2026 is not a date: February 2026 has 28 days",
        "en-US|2/29/2026|2/29/2026 is not a date: February 2026 has 28 days",
        "en-US|4/31/2026|4/31/2026 is not a date: April 2026 has 30 days",
        "en-US|2026-02-30|2026-02-30 is not a date: February 2026 has 28 days",
        "en-US|2026-11-31|2026-11-31 is not a date: November 2026 has 30 days",
        "en-US|13/1/2026|13/1/2026 is not a date: a year has only 12 months",
        "en-US|2/3o/2026|2/3o/2026 is not a date PopCheck can read",
        "en-US|yesterday|yesterday is not a date PopCheck can read",
        "de-DE|30.02.2026|30.02.2026 is not a date: Februar 2026 has 28 days",
    })
    void anImpossibleDateIsRefusedWithASentenceNamingIt(String locale, String typed, String says) {
        StrictDateConverter c = new StrictDateConverter(Locale.forLanguageTag(locale));
        assertNull(c.fromString(typed), "no date, rather than a moved one");
        assertTrue(c.problem().startsWith(says), c.problem());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en-US|2/28/2026|2026-02-28",
        "en-US|2/29/2024|2024-02-29",
        "en-US|12/31/2026|2026-12-31",
        "en-US|2026-03-01|2026-03-01",
        "es-ES|29/2/2024|2024-02-29",
        "es-ES|2026-03-01|2026-03-01",
        "de-DE|29.02.2024|2024-02-29",
        "de-DE|2026-03-01|2026-03-01",
    })
    void aRealDateIsReadAndClearsAnEarlierProblem(String locale, String typed, String iso) {
        StrictDateConverter c = new StrictDateConverter(Locale.forLanguageTag(locale));
        c.fromString("2/30/2026");
        assertEquals(LocalDate.parse(iso), c.fromString(typed));
        assertEquals("", c.problem());
    }

    /** The box shows the date as the rest of the app writes it, the whole year included, and reads back what it shows. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en-US|2026-03-01|3/1/2026",
        "en-US|2026-12-31|12/31/2026",
        "en-US|1926-07-04|7/4/1926",
        "es-ES|2026-03-01|1/3/2026",
        "es-ES|2026-12-31|31/12/2026",
        "es-ES|1926-07-04|4/7/1926",
        "de-DE|2026-03-01|01.03.2026",
        "de-DE|2026-12-31|31.12.2026",
        "de-DE|1926-07-04|04.07.1926",
    })
    void aDateIsShownInTheLanguagesShortFormWithTheWholeYear(String locale, String iso, String shown) {
        StrictDateConverter c = new StrictDateConverter(Locale.forLanguageTag(locale));
        LocalDate day = LocalDate.parse(iso);
        assertEquals(shown, c.toString(day));
        assertEquals(day, c.fromString(c.toString(day)), "what the box shows reads back as the same day");
        assertEquals("", c.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en-US|/", "es-ES|/", "de-DE|."})
    void anUnreadableDateIsAnsweredWithAnExampleInTheLanguagesOwnForm(String locale, String separator) {
        StrictDateConverter c = new StrictDateConverter(Locale.forLanguageTag(locale));
        assertNull(c.fromString("yesterday"));
        String example = c.toString(LocalDate.now());
        assertTrue(example.contains(separator) && !example.contains("-"), example);
        assertTrue(c.problem().contains(example), c.problem() + " should show " + example);
    }

    @Test
    void anEmptyFieldIsNoDateAndNoProblem() {
        StrictDateConverter c = new StrictDateConverter(Locale.US);
        assertNull(c.fromString("  "));
        assertEquals("", c.problem());
        assertEquals("", c.toString(null));
    }
}
