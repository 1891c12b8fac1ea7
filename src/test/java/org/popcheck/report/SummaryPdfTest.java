package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.popcheck.i18n.LocalFormats;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.settings.Settings;

class SummaryPdfTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    /** How the log table writes the time of an entry; page one never shows a time with a site after it. */
    private static final Pattern LOG_ROW = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} ", Pattern.MULTILINE);

    private static byte[] pdf(List<JournalEntry> entries, ReportPeriod period, Settings.Paper paper) throws IOException {
        Summary summary = SampleJournal.builder().build(entries, period, "Ana López", TODAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(summary, paper, out);
        return out.toByteArray();
    }

    private static String text(PDDocument doc, int fromPage, int toPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(fromPage);
        stripper.setEndPage(toPage);
        return stripper.getText(doc);
    }

    @Test
    void pageOneNamesAMoreUrgentCheckEarlierInThePeriodUnderTheLatest() throws IOException {
        List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(TODAY, 30));
        entries.add(SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(6), 9), org.popcheck.triage.Level.EMERGENCY));
        entries.add(SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(1), 18)));
        Summary s = SampleJournal.builder().build(entries, ReportPeriod.lastDays(30, TODAY), null, TODAY);
        assertEquals(org.popcheck.triage.Level.EMERGENCY, s.latest().moreUrgentEarlier().level());
        assertEquals(TODAY.minusDays(6), s.latest().moreUrgentEarlier().at().toLocalDate());
        try (PDDocument doc = Loader.loadPDF(pdf(entries, ReportPeriod.lastDays(30, TODAY), Settings.Paper.A4))) {
            String one = text(doc, 1, 1).replaceAll("\\s+", " ");
            assertTrue(one.contains("A more urgent check earlier in this period"), one);
            assertTrue(one.contains(org.popcheck.triage.Level.EMERGENCY.words()), one);
        }
        // A calmer earlier check is not named: the latest already says more.
        List<JournalEntry> calmer = new ArrayList<>(SampleJournal.threeADay(TODAY, 30));
        calmer.add(SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(6), 9), org.popcheck.triage.Level.SELF_CARE));
        calmer.add(SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(1), 18)));
        assertEquals(null, SampleJournal.builder().build(calmer, ReportPeriod.lastDays(30, TODAY), null, TODAY).latest().moreUrgentEarlier());
    }

    @Test
    void pageOneHoldsTheLevelReasonsRegionsDatesAndFlaggedNotes() throws IOException {
        List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(TODAY, 30));
        entries.add(SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(2), 18)));
        try (PDDocument doc = Loader.loadPDF(pdf(entries, ReportPeriod.lastDays(30, TODAY), Settings.Paper.A4))) {
            String page1 = text(doc, 1, 1);
            assertTrue(page1.contains(org.popcheck.triage.Level.CONSULTATION_24.words()), "the level in the words the app uses: " + page1);
            assertTrue(page1.contains(SampleJournal.REASON_TEXT), "the reason sentence of the engine");
            assertTrue(page1.contains("Left ankle") && page1.contains("Right hip"), "the joints");
            assertTrue(page1.contains("L ankle") && page1.contains("R hip") && page1.contains("Lower back"), "the body-map labels");
            assertTrue(page1.contains(LocalFormats.date(TODAY.minusDays(29))) && page1.contains(LocalFormats.date(TODAY)),
                    "the period, in the language's date format: " + page1);
            assertTrue(page1.contains(LocalFormats.dateTime(SampleJournal.at(TODAY.minusDays(2), 18))), "the date of the latest check");
            assertTrue(page1.contains("Clicks on the stairs"), "a flagged note");
            assertTrue(page1.contains("Ana López") && page1.contains("47"), "who it is for");
            assertTrue(page1.contains("Can you see swelling?"), "a warning-sign question answered yes");
            assertTrue(page1.contains("NOT SURE"), "an unsure answer is shown as such");
            assertTrue(page1.contains("Calf raises"), "the exercises done");
            assertTrue(page1.contains("not a diagnosis"), "the disclaimer");
        }
    }

    @Test
    void pageOneShowsTheCausesThePersonWasShownForTheLatestCheck() throws IOException {
        JournalEntry older = SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(9), 9));
        JournalEntry saved = SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(2), 18));
        JournalEntry withCauses = new JournalEntry(saved.id(), saved.at(), saved.site(), saved.sound(), saved.frequency(), saved.pain(),
                saved.triggers(), saved.warningSigns(), saved.notes(), false, List.of(),
                new SavedAssessment(saved.assessment().assessment(), saved.assessment().level(), saved.assessment().ruleIds(),
                        List.of(new SavedAssessment.SavedCause("tendon_snap", "likely"), new SavedAssessment.SavedCause("gas_release", "possible"))));
        try (PDDocument doc = Loader.loadPDF(pdf(List.of(older, withCauses), ReportPeriod.lastDays(30, TODAY), Settings.Paper.A4))) {
            String page1 = text(doc, 1, 1).replace("\n", " ").replace("\r", "");
            assertTrue(page1.contains("What probably makes the noise: A tendon snapping over a bone (likely); "
                    + "A gas bubble in the joint fluid (possible)"), page1);
        }
    }

    @Test
    void aCheckSavedBeforeCausesExistedHasThemRankedFromItsAnswers() throws IOException {
        // The sample check: an injury with swelling at 47, pain 5; no causes kept in the journal.
        List<String> expected = org.popcheck.causes.CauseRanker.standard().rank(SampleJournal.assessment()).stream()
                .map(c -> c.cause().name() + " (" + c.likelihood().id() + ")").toList();
        assertTrue(!expected.isEmpty(), "the sample answers fit at least one cause");
        try (PDDocument doc = Loader.loadPDF(pdf(List.of(SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(2), 18))),
                ReportPeriod.lastDays(30, TODAY), Settings.Paper.A4))) {
            String page1 = text(doc, 1, 1).replace("\n", " ").replace("\r", "");
            assertTrue(page1.contains("What probably makes the noise: " + expected.get(0)), page1);
        }
    }

    @Test
    void whenTodaysRulesGiveAnotherLevelTheLevelGivenAtTheTimeIsNamed() throws IOException {
        List<JournalEntry> entries = List.of(SampleJournal.savedCheck(SampleJournal.at(TODAY, 12)));
        Summary s = SummaryBuilder.standard("112").build(entries, ReportPeriod.lastDays(3, TODAY), null, TODAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(s, Settings.Paper.A4, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String page1 = text(doc, 1, 1);
            assertEquals(s.latest().level() != s.latest().savedLevel(), page1.contains("When the check was saved it gave"), page1);
            assertTrue(page1.contains(Labels.level(s.latest().level())), "today's level is shown");
        }
    }

    @Test
    void aYearOfThreeEntriesADayGivesEveryRowOnTheRightNumberOfPages() throws IOException {
        List<JournalEntry> entries = SampleJournal.threeADay(TODAY, 365);
        ReportPeriod year = ReportPeriod.lastDays(365, TODAY);
        try (PDDocument doc = Loader.loadPDF(pdf(entries, year, Settings.Paper.A4))) {
            String log = text(doc, 2, doc.getNumberOfPages());
            Matcher rows = LOG_ROW.matcher(log);
            int count = 0;
            while (rows.find()) {
                count++;
            }
            assertEquals(1095, count, "one table row per entry");
            int perPage = LogTable.singleLineRowsPerPage(SummaryPdf.pageSize(Settings.Paper.A4));
            int expectedPages = 1 + (1095 + perPage - 1) / perPage;
            assertEquals(expectedPages, doc.getNumberOfPages());
            String last = text(doc, doc.getNumberOfPages(), doc.getNumberOfPages());
            assertTrue(last.contains("Page " + expectedPages + " of " + expectedPages), last);
            assertTrue(last.contains("Made by PopCheck on " + LocalFormats.date(TODAY)), "the date made is on every page");
        }
    }

    @Test
    void letterPaperGivesLetterSizedPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(SampleJournal.threeADay(TODAY, 5), ReportPeriod.lastDays(5, TODAY), Settings.Paper.LETTER))) {
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.5f);
            assertEquals(792f, doc.getPage(1).getMediaBox().getHeight(), 0.5f);
        }
    }

    @Test
    void notesWithAccentsCjkAndEmojiDoNotBreakThePdf() throws IOException {
        String note = "Crujido en el tobillo — ça craque, Knöchel knackt; 脚踝响 足首が鳴る 발목 😀🦶🏽 ❤️ end";
        List<JournalEntry> entries = List.of(SampleJournal.entry("u1", SampleJournal.at(TODAY, 9), SampleJournal.LEFT_ANKLE, 3,
                "pop", "daily", List.of(), List.of(), note, true, List.of(), null));
        try (PDDocument doc = Loader.loadPDF(pdf(entries, ReportPeriod.lastDays(7, TODAY), Settings.Paper.A4))) {
            String all = text(doc, 1, doc.getNumberOfPages());
            assertTrue(all.contains("ça craque"), "accents survive");
            assertTrue(all.contains("Knöchel"), "umlauts survive");
            assertTrue(all.contains("脚踝响") && all.contains("足首が鳴る"), "CJK survives: " + all);
            assertTrue(all.contains("발목"), "Korean survives");
            assertTrue(all.contains("\u25A1"), "an emoji no font has becomes a visible placeholder");
            assertFalse(all.contains("🦶"), "an emoji no embedded font has is not passed through");
        }
    }

    @Test
    void anEmptyJournalGivesOnePageThatSaysThereAreNoEntriesYet() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(List.of(), ReportPeriod.lastDays(30, TODAY), Settings.Paper.A4))) {
            assertEquals(1, doc.getNumberOfPages());
            String text = text(doc, 1, 1);
            assertTrue(text.contains("There are no journal entries yet for this period."), text);
            assertTrue(text.contains("Page 1 of 1"), text);
        }
    }

    @Test
    void aVeryLongNoteIsCutToAPageRatherThanLost() throws IOException {
        String longNote = "word ".repeat(JournalEntry.MAX_NOTES / 5).strip();
        List<JournalEntry> entries = List.of(
                SampleJournal.entry("long", SampleJournal.at(TODAY, 9), SampleJournal.LEFT_ANKLE, 2, null, null, List.of(), List.of(),
                        longNote, false, List.of(), null),
                SampleJournal.entry("after", SampleJournal.at(TODAY, 10), SampleJournal.RIGHT_HIP, 2, null, null, List.of(), List.of(),
                        "short", false, List.of(), null));
        try (PDDocument doc = Loader.loadPDF(pdf(entries, ReportPeriod.lastDays(1, TODAY), Settings.Paper.A4))) {
            String log = text(doc, 2, doc.getNumberOfPages());
            assertTrue(log.contains("2026-11-20 09:00") && log.contains("2026-11-20 10:00"), "both rows are in the log");
        }
    }

    /** The clinician reads which stop signs were ticked after which session, on page one and in the log, in the list's words. */
    @Test
    void theStopSignsNoticedAreNamedOnPageOneAndInTheLog() throws IOException {
        org.popcheck.exercise.StopList list = org.popcheck.exercise.StopList.standard();
        List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(TODAY, 30));
        List<String> signs = List.of(list.signs().get(0).id(), list.signs().get(5).id(), org.popcheck.journal.ExerciseDone.SOMETHING_ELSE);
        java.time.OffsetDateTime when = SampleJournal.at(TODAY.minusDays(3), 19);
        entries.add(new JournalEntry("signs", when, null, null, null, null, List.of(), List.of(), "", false,
                List.of(new org.popcheck.journal.ExerciseDone("clamshell", 4, 12, null, 4, null, signs)), null));
        entries.add(new JournalEntry("old-yes", SampleJournal.at(TODAY.minusDays(10), 19), null, null, null, null, List.of(), List.of(), "", false,
                List.of(new org.popcheck.journal.ExerciseDone("calf-raise", 3, 12, null, 2, null, List.of(org.popcheck.journal.ExerciseDone.NOT_SAID_WHICH))), null));
        Summary s = SampleJournal.builder().build(entries, ReportPeriod.lastDays(30, TODAY), null, TODAY);
        assertEquals(2, s.stopSigns().size());
        Summary.StopSignsNoted noted = s.stopSigns().get(1);
        assertEquals(when, noted.at());
        assertEquals("Clamshell", noted.exercise());
        assertEquals(signs.stream().map(list::words).toList(), noted.signs());
        try (PDDocument doc = Loader.loadPDF(pdf(entries, ReportPeriod.lastDays(30, TODAY), Settings.Paper.A4))) {
            String one = text(doc, 1, 1).replaceAll("\\s+", " ");
            assertTrue(one.contains("Stop signs noticed during exercise"), one);
            assertTrue(one.contains(LocalFormats.dateTime(when) + ", Clamshell:"), one);
            for (String words : noted.signs()) {
                assertTrue(one.contains(words.substring(0, Math.min(words.length(), 30))), words + " on page one: " + one);
            }
            assertTrue(one.contains("which one was not recorded"), "the old yes, as such: " + one);
            doc.save(java.nio.file.Path.of("target", "summary-stop-signs.pdf").toFile());
            String log = text(doc, 2, doc.getNumberOfPages()).replaceAll("\\s+", " ");
            assertTrue(log.contains("stop signs: " + noted.signs().get(0).substring(0, 20)), log);
        }
        // Without a sign ticked, page one has no such heading.
        try (PDDocument doc = Loader.loadPDF(pdf(SampleJournal.threeADay(TODAY, 30), ReportPeriod.lastDays(30, TODAY), Settings.Paper.A4))) {
            assertFalse(text(doc, 1, 1).contains("Stop signs noticed"));
        }
    }
}
