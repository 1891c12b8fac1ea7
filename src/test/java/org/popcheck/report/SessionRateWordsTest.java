package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;
import org.popcheck.settings.Settings;

/**
 * How often the person exercised reads as a count over the days logged until there is a week of data, and as a
 * weekly rate only when that is at least one a week: a new user's two sessions in a 90-day summary once read
 * "0.1 per week".
 */
class SessionRateWordsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest(name = "{0} sessions in {1} days: {2}")
    @CsvSource(delimiter = '|', value = {
        "1 | 1 | 1 session in 1 day",
        "2 | 3 | 2 sessions in 3 days",
        "6 | 6 | 6 sessions in 6 days",
        "1 | 90 | 1 session in 90 days",
        "3 | 28 | 3 sessions in 28 days",
        "4 | 28 | 4 sessions in 28 days, about 1.0 a week",
        "12 | 30 | 12 sessions in 30 days, about 2.8 a week",
        "7 | 7 | 7 sessions in 7 days, about 7.0 a week"})
    void aRateOnlyFromAWeekOfDataAndAtLeastOnceAWeek(int sessions, long days, String words) {
        assertEquals(words, SessionWords.sessions(sessions, days));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noLanguageShowsARateBelowOneAWeekOrFromAFewDays(Language language) {
        Messages.setLanguage(language);
        for (long days = 1; days <= 120; days++) {
            for (int sessions = 1; sessions <= 20; sessions++) {
                String words = SessionWords.sessions(sessions, days);
                boolean rate = words.matches(".*\\d[.,]\\d.*");
                assertEquals(days >= SessionWords.WEEK && sessions * 7.0 / days >= 1, rate, language + " " + sessions + "/" + days + ": " + words);
                assertTrue(words.contains(String.valueOf(days)), "the days are named: " + words);
            }
        }
    }

    @Test
    void noSessionsOrNoDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SessionWords.sessions(0, 5));
        assertThrows(IllegalArgumentException.class, () -> SessionWords.sessions(2, 0));
    }

    /** The days are the period's, from the journal's first entry when that came later. */
    @ParameterizedTest(name = "journal began {0} days ago, period of {1} days: {2} days")
    @CsvSource({"2, 90, 3", "0, 30, 1", "29, 30, 30", "45, 30, 30", "89, 90, 90", "200, 90, 90"})
    void theDaysCountFromTheFirstEntryWhenItCameAfterThePeriodBegan(int firstDaysAgo, int periodDays, long expectedDays) {
        List<JournalEntry> entries = new ArrayList<>();
        entries.add(session("first", firstDaysAgo));
        entries.add(session("today", 0));
        Summary s = SampleJournal.builder().build(entries, ReportPeriod.lastDays(periodDays, TODAY), null, TODAY);
        assertEquals(expectedDays, s.adherence().days());
    }

    @Test
    void aNewUsersSummaryCountsTheirSessionsOverTheDaysTheyHaveLogged() throws IOException {
        List<JournalEntry> entries = List.of(session("a", 2), session("b", 0));
        Summary s = SampleJournal.builder().build(entries, ReportPeriod.lastDays(90, TODAY), null, TODAY);
        assertEquals(2, s.adherence().sessions());
        assertEquals(3, s.adherence().days());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(s, Settings.Paper.A4, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String one = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(one.contains("2 sessions in 3 days"), one);
            assertFalse(one.contains("per week") || one.contains("a week"), one);
        }
    }

    private static JournalEntry session(String id, int daysAgo) {
        return new JournalEntry(id, SampleJournal.at(TODAY.minusDays(daysAgo), 18), null, null, null, null, List.of(), List.of(), "", false,
                List.of(new ExerciseDone("calf-raise", 3, 12, null, 1)), null);
    }
}
