package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.popcheck.settings.Settings;

class LanguageTest {

    /** The system locale before the test: the tests that pretend another one give it back. */
    private final Locale systemBefore = Locale.getDefault();

    @AfterEach
    void backToEnglish() {
        Locale.setDefault(systemBefore);
        Messages.setLanguage(Language.EN);
    }

    @Test
    void theSystemLocaleChoosesSpanishOrGermanElseEnglish() {
        assertEquals(Language.ES, Language.fromLocale(Locale.forLanguageTag("es-MX")));
        assertEquals(Language.ES, Language.fromLocale(Locale.forLanguageTag("es")));
        assertEquals(Language.DE, Language.fromLocale(Locale.forLanguageTag("de-AT")));
        assertEquals(Language.DE, Language.fromLocale(Locale.GERMANY));
        assertEquals(Language.EN, Language.fromLocale(Locale.FRANCE));
        assertEquals(Language.EN, Language.fromLocale(Locale.forLanguageTag("pt-BR")));
        assertEquals(Language.EN, Language.fromLocale(Locale.ROOT));
    }

    @Test
    void codesAreParsedAnyCaseAndOthersRefused() {
        assertEquals(Optional.of(Language.DE), Language.parse("DE"));
        assertEquals(Optional.of(Language.ES), Language.parse(" es "));
        assertTrue(Language.parse("fr").isEmpty());
        assertTrue(Language.parse("").isEmpty());
        assertTrue(Language.parse(null).isEmpty());
    }

    @Test
    void settingsFollowTheSystemUnlessALanguageIsChosenAndTheEmergencyNumberStaysByCountry() {
        Settings us = Settings.defaultsFor(Locale.US);
        assertEquals(Settings.LanguageChoice.SYSTEM, us.language());
        assertEquals(Language.DE, us.language().resolve(Locale.GERMANY));
        Settings chosen = us.withLanguage(Settings.LanguageChoice.ES);
        assertEquals(Language.ES, chosen.language().resolve(Locale.GERMANY));
        assertEquals("911", chosen.emergencyNumber(), "the number stays the country's, whatever the language");
    }

    @Test
    void bundlesDoNotFallBackToTheSystemLocale() {
        Locale.setDefault(Locale.GERMANY);
        Messages.setLanguage(Language.EN);
        assertEquals("Settings", Messages.get("common.settings.title"));
        Messages.setLanguage(Language.DE);
        assertEquals("Einstellungen", Messages.get("common.settings.title"));
        Messages.setLanguage(Language.ES);
        assertEquals("Ajustes", Messages.get("common.settings.title"));
    }

    @Test
    void datesAndNumbersFollowTheLanguage() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 31);
        Locale.setDefault(Locale.US);
        Messages.setLanguage(Language.DE);
        assertEquals("31.03.2026", LocalFormats.date(day));
        assertEquals("2,5", LocalFormats.decimal(2.5, 1));
        Messages.setLanguage(Language.ES);
        assertEquals("31 mar. 2026", LocalFormats.date(day), "Spanish as written in the United States (es-US)");
        Messages.setLanguage(Language.EN);
        assertEquals("2.5", LocalFormats.decimal(2.5, 1));
        assertTrue(LocalFormats.date(day).contains("Mar"), LocalFormats.date(day));
    }

    /**
     * Messages keeps the format locale it worked out; a change of the language in Settings, or of the
     * system's locale, must still be seen by the very next text, not by one after a restart.
     */
    @Test
    void theFormatLocaleFollowsALanguageOrSystemChangeAtOnce() {
        Locale.setDefault(Locale.US);
        Messages.setLanguage(Language.EN);
        assertFormatsIn(Locale.US);
        Messages.setLanguage(Language.DE);
        assertFormatsIn(Language.DE.formatLocale(Locale.US));
        Locale.setDefault(Locale.GERMANY);
        assertFormatsIn(Locale.GERMANY);
        Locale.setDefault(Locale.forLanguageTag("de-CH"));
        assertFormatsIn(Locale.forLanguageTag("de-CH"));
        Messages.setLanguage(Language.EN);
        assertFormatsIn(Language.EN.formatLocale(Locale.forLanguageTag("de-CH")));
    }

    private static void assertFormatsIn(Locale expected) {
        assertEquals(expected, Messages.locale());
        String number = java.text.NumberFormat.getInstance(expected).format(1234.5);
        String text = Messages.get("journal.imported", 1234.5);
        assertTrue(text.startsWith(number + " "), expected + ": " + text);
    }
}
