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
    void pageOneShowsEachReasonWithItsWholeSourceSoTheClinicianCanLookItUp() throws IOException {
        List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(TODAY, 30));
        entries.add(SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(2), 18)));
        // today's rules, so the reasons carry the sources a person is shown now
        Summary s = SummaryBuilder.standard("112").build(entries, ReportPeriod.lastDays(30, TODAY), "Ana López", TODAY);
        List<String> shown = s.latest().reasons().stream().limit(4).toList();
        assertTrue(shown.size() >= 2 && shown.stream().anyMatch(r -> r.length() > 200), "a long reason with its source: " + shown);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(s, Settings.Paper.A4, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String page1 = text(doc, 1, 1).replaceAll("\\s+", " ");
            for (String reason : shown) {
                assertTrue(page1.contains(reason.replaceAll("\\s+", " ")), "whole on page one: " + reason);
            }
        }
    }

    /**
     * Whatever the level and the language, no text of page one runs past the paper's edge: the trial
     * saw "Book a visit with a doctor or physical therapis" and "oder Notf" cut at A4.
     */
    @Test
    void noTextOfPageOneRunsOffThePaperAtAnyLevelInAnyLanguage() throws IOException {
        java.util.Map<org.popcheck.triage.Level, java.util.Map<String, org.popcheck.assessment.Answer>> answers = java.util.Map.of(
                org.popcheck.triage.Level.SELF_CARE, java.util.Map.of(),
                org.popcheck.triage.Level.CONSULTATION, java.util.Map.of("swelling", org.popcheck.assessment.Answer.YesNo.YES),
                org.popcheck.triage.Level.CONSULTATION_24, java.util.Map.of("hot_red_joint", org.popcheck.assessment.Answer.YesNo.YES),
                org.popcheck.triage.Level.EMERGENCY, java.util.Map.of("injury", org.popcheck.assessment.Answer.YesNo.YES,
                        "deformity", org.popcheck.assessment.Answer.YesNo.YES),
                org.popcheck.triage.Level.EMERGENCY_AMBULANCE, java.util.Map.of("chest_pain_or_breathless", org.popcheck.assessment.Answer.YesNo.YES));
        try {
            for (org.popcheck.i18n.Language language : org.popcheck.i18n.Language.values()) {
                org.popcheck.i18n.Messages.setLanguage(language);
                for (var level : answers.entrySet()) {
                    org.popcheck.assessment.Assessment a = new org.popcheck.assessment.Assessment(34,
                            List.of(SampleJournal.LEFT_ANKLE), level.getValue());
                    List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(TODAY, 10));
                    entries.add(SampleJournal.entry("check", SampleJournal.at(TODAY.minusDays(1), 9), SampleJournal.LEFT_ANKLE, 5,
                            "pop", "daily", List.of(), List.of(), "", false, List.of(), new SavedAssessment(a, level.getKey(), List.of())));
                    Summary s = SummaryBuilder.standard("112").build(entries, ReportPeriod.lastDays(10, TODAY), "Ana López", TODAY);
                    assertEquals(level.getKey(), s.latest().level(), "the sample gives the level it is for");
                    for (Settings.Paper paper : Settings.Paper.values()) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        SummaryPdf.write(s, paper, out);
                        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                            float width = doc.getPage(0).getMediaBox().getWidth();
                            List<String> over = new ArrayList<>();
                            PDFTextStripper edges = new PDFTextStripper() {
                                @Override
                                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                                    for (org.apache.pdfbox.text.TextPosition g : glyphs) {
                                        if (g.getXDirAdj() + g.getWidthDirAdj() > width - 20) {
                                            over.add(text);
                                            return;
                                        }
                                    }
                                }
                            };
                            edges.setStartPage(1);
                            edges.setEndPage(1);
                            edges.getText(doc);
                            assertTrue(over.isEmpty(), language + ", " + level.getKey() + ", " + paper + ": runs past the margin: " + over);
                            String page1 = text(doc, 1, 1).replaceAll("\\s+", " ");
                            assertTrue(page1.contains(Labels.level(level.getKey())), "the whole level: " + page1);
                        }
                    }
                }
            }
        } finally {
            org.popcheck.i18n.Messages.setLanguage(org.popcheck.i18n.Language.EN);
        }
    }

    /** The trial's German summary listed "diabetes or neuropathy, immunosuppressed or iv drugs": ids, in English. */
    @Test
    void signsAnsweredNoAreNamedInTheCheckWordsOfTheAppsLanguageNeverByTheirIds() throws IOException {
        var no = org.popcheck.assessment.Answer.YesNo.NO;
        org.popcheck.assessment.Assessment a = new org.popcheck.assessment.Assessment(30, List.of(SampleJournal.LEFT_ANKLE),
                java.util.Map.of("anticoagulant", no, "diabetes_or_neuropathy", no, "joint_replacement", no,
                        "swelling", org.popcheck.assessment.Answer.YesNo.YES));
        try {
            for (org.popcheck.i18n.Language language : org.popcheck.i18n.Language.values()) {
                org.popcheck.i18n.Messages.setLanguage(language);
                List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(TODAY, 5));
                entries.add(SampleJournal.entry("check", SampleJournal.at(TODAY.minusDays(1), 9), SampleJournal.LEFT_ANKLE, 3,
                        "pop", "daily", List.of(), List.of("swelling", "anticoagulant"), "", false, List.of(),
                        new SavedAssessment(a, org.popcheck.triage.Level.CONSULTATION, List.of())));
                Summary s = SummaryBuilder.standard("112").build(entries, ReportPeriod.lastDays(5, TODAY), null, TODAY);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                SummaryPdf.write(s, Settings.Paper.A4, out);
                try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                    String all = text(doc, 1, doc.getNumberOfPages()).replaceAll("\\s+", " ");
                    for (String id : List.of("anticoagulant", "diabetes_or_neuropathy", "joint_replacement")) {
                        if (id.contains("_")) { // "anticoagulant" is also a Spanish word
                            assertFalse(all.contains(Labels.humanize(id)), language + ": the id " + id + " is shown: " + all);
                        }
                        String words = org.popcheck.assessment.FactCatalog.standard().find(id).orElseThrow().signText();
                        assertTrue(all.contains(words), language + ": " + words + " in " + all);
                    }
                }
            }
        } finally {
            org.popcheck.i18n.Messages.setLanguage(org.popcheck.i18n.Language.EN);
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
            assertTrue(page1.replaceAll("\\s+", " ").contains(Labels.level(s.latest().level())), "today's level is shown (it may wrap)");
        }
    }

    @Test
    void aYearOfThreeEntriesADayGivesEveryRowOnTheRightNumberOfPages() throws IOException {
        // rows of one line: sessions without the pain at their end, which takes a second line in the exercise column
        List<JournalEntry> entries = SampleJournal.threeADay(TODAY, 365).stream().map(e -> e.exercises().isEmpty() ? e
                : new JournalEntry(e.id(), e.at(), e.site(), e.sound(), e.frequency(), e.pain(), e.triggers(), e.warningSigns(), e.notes(),
                        e.forClinician(), e.exercises().stream().map(x -> new org.popcheck.journal.ExerciseDone(x.exerciseId(), x.sets(),
                                x.reps(), x.seconds(), null)).toList(), e.assessment())).toList();
        ReportPeriod year = ReportPeriod.lastDays(365, TODAY);
        try (PDDocument doc = Loader.loadPDF(pdf(entries, year, Settings.Paper.A4))) {
            // the year's flagged notes, all of them, take page one and more before the log
            int opening = 1;
            while (opening < doc.getNumberOfPages() && !text(doc, opening + 1, opening + 1).startsWith("Full log")) {
                opening++;
            }
            String log = text(doc, 2, doc.getNumberOfPages());
            Matcher rows = LOG_ROW.matcher(log);
            int count = 0;
            while (rows.find()) {
                count++;
            }
            assertEquals(1095, count, "one table row per entry");
            int perPage = LogTable.singleLineRowsPerPage(SummaryPdf.pageSize(Settings.Paper.A4));
            int expectedPages = opening + (1095 + perPage - 1) / perPage;
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
