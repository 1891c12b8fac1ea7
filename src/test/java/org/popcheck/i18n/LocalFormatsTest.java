package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Dates in each language's own order, but always with the whole year: the localized styles alone
 * print a two-digit year (short style) and the year of era (year 0 as 1).
 */
class LocalFormatsTest {

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStylePrintsTheWholeProlepticYear(Language language) {
        Messages.setLanguage(language);
        for (int year : new int[] {0, 26, 1926, 2026}) {
            LocalDate day = LocalDate.of(year, 3, 31);
            String whole = String.format("%04d", year);
            for (String shown : new String[] {LocalFormats.date(day), LocalFormats.shortDate(day),
                    LocalFormats.dateTime(LocalDateTime.of(day, java.time.LocalTime.of(8, 30))),
                    LocalFormats.shortDateTime(LocalDateTime.of(day, java.time.LocalTime.of(8, 30)))}) {
                assertTrue(shown.contains(whole), language + ": " + shown + " should show the year " + whole);
                assertTrue(shown.contains("31"), shown);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theLanguagesOwnOrderIsKept(Language language) {
        Messages.setLanguage(language);
        String shown = LocalFormats.shortDate(LocalDate.of(2026, 3, 31));
        int day = shown.indexOf("31");
        int month = shown.indexOf('3') == day + 1 ? shown.indexOf('3', day + 2) : shown.indexOf('3');
        assertEquals(language == Language.EN, month < day, language + ": " + shown);
    }

    @org.junit.jupiter.api.Test
    void yearLettersInsideQuotesStayText() {
        assertEquals("d 'de' MMMM 'de' uuuu", LocalFormats.fourDigitProlepticYear("d 'de' MMMM 'de' y"));
        assertEquals("dd.MM.uuuu", LocalFormats.fourDigitProlepticYear("dd.MM.yy"));
        assertEquals("'yy' uuuu", LocalFormats.fourDigitProlepticYear("'yy' yyyy"));
    }
}
