package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 1 December 2026 in the short form a journal entry's date box shows and reads, for a language chosen
 * in PopCheck on a system set to another locale. Plain English writes the month first, so English on
 * a French or German system (and English is what every system that is not Spanish or German gets)
 * showed "12/1/26", which a person there reads as 12 January.
 */
class DateOrderTest {

    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "{0} on a {1} system: {2}")
    @CsvSource({
        // the day first: the system's region has English forms of its own, or takes world English
        "EN, de-DE, DAY",
        "EN, de-AT, DAY",
        "EN, fr-FR, DAY",
        "EN, it-IT, DAY",
        "EN, pt-BR, DAY",
        "EN, es-MX, DAY",
        "EN, en-GB, DAY",
        "EN, nl-NL, DAY",
        // the month first where English is written so
        "EN, en-US, MONTH",
        "EN, es-US, MONTH",
        "EN, es-PR, MONTH",
        // Spanish and German write the day first everywhere
        "ES, en-US, DAY",
        "ES, de-DE, DAY",
        "DE, en-US, DAY",
        "DE, fr-FR, DAY"})
    void theShortDateIsInTheOrderOfThePersonsRegion(Language language, String system, String first) {
        Locale locale = language.formatLocale(Locale.forLanguageTag(system));
        String shown = LocalFormats.formatter(FormatStyle.SHORT, null, locale).format(FIRST_OF_DECEMBER);
        String[] parts = shown.split("[^0-9]+");
        int day = Integer.parseInt(parts[0]) == 1 && Integer.parseInt(parts[1]) == 12 ? 0 : 1;
        assertEquals(first.equals("DAY") ? 0 : 1, day, language + " on " + system + " showed " + shown + " (" + locale + ")");
        assertEquals(FIRST_OF_DECEMBER, java.time.LocalDate.parse(shown, LocalFormats.formatter(FormatStyle.SHORT, null, locale)),
                "read back as the same day");
    }

    @ParameterizedTest
    @CsvSource({"EN, en-US", "EN, en-GB", "DE, de-AT", "ES, es-MX"})
    void aSystemThatSpeaksTheLanguageKeepsItsOwnForms(Language language, String system) {
        Locale locale = Locale.forLanguageTag(system);
        assertEquals(locale, language.formatLocale(locale));
    }

    @ParameterizedTest
    @CsvSource({"EN, en-001", "ES, es", "DE, de"})
    void aSystemWithNoRegionGetsTheLanguagesOwnForms(Language language, String expected) {
        Locale noRegion = Locale.forLanguageTag("fr");
        assertEquals(Locale.forLanguageTag(expected), language.formatLocale(noRegion));
    }
}
