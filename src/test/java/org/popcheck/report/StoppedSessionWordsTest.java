package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.exercise.DoneWords;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;
import org.popcheck.settings.Settings;

/**
 * A guided session stopped before its first set is told as that, in every language and everywhere it is shown:
 * never as a count of zero sets ("Calf raises 0×12", or "1 set" from a choice pattern that starts at one).
 */
class StoppedSessionWordsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSetsDoneSayStoppedForNoneAndCountOneAndMany(Language language) {
        Messages.setLanguage(language);
        String none = DoneWords.sets(done("calf-raise", 0, 12, null));
        String one = DoneWords.sets(done("calf-raise", 1, 12, null));
        String three = DoneWords.sets(done("plank", 3, null, 30));
        assertFalse(none.matches(".*\\d.*"), "no number for a session with no set: " + none);
        assertEquals(Messages.get("exercises.done.sets", 0), none);
        assertTrue(one.startsWith("1 ") && !one.equals(none), one);
        assertTrue(three.startsWith("3 "), three);
        assertFalse(three.equals(one), "many differs from one: " + three);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theShortLineOfTheLogSaysStoppedForAnyKindOfExercise(Language language) {
        Messages.setLanguage(language);
        String stopped = Messages.get("exercises.done.sets", 0);
        for (ExerciseDone x : List.of(done("calf-raise", 0, 12, null), done("sole-stretch", 0, null, 30), done("walking-plan", 0, null, 300))) {
            String line = DoneWords.shortLine("Name", x);
            assertEquals("Name: " + stopped, line);
        }
        assertEquals("Name 3×12", DoneWords.shortLine("Name", done("calf-raise", 3, 12, null)));
        assertEquals("Name 2×30 s", DoneWords.shortLine("Name", done("sole-stretch", 2, null, 30)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theClinicianSummarySaysSoOnPageOneAndInTheLog(Language language) throws IOException {
        Messages.setLanguage(language);
        List<JournalEntry> entries = new ArrayList<>(SampleJournal.threeADay(TODAY, 10).stream().filter(e -> e.exercises().isEmpty()).toList());
        entries.add(session("stopped", 2, done("bird-dog", 0, 8, null)));
        entries.add(session("full", 1, done("glute-bridge", 3, 10, null)));
        entries.add(session("full-2", 0, done("glute-bridge", 3, 10, null)));
        Summary s = SampleJournal.builder().build(entries, ReportPeriod.lastDays(30, TODAY), null, TODAY);
        assertEquals(2, s.adherence().sessions(), "a session stopped before its first set is not a session done");
        Summary.ExerciseCount birdDog = s.adherence().byExercise().stream().filter(c -> c.exerciseId().equals("bird-dog")).findFirst().orElseThrow();
        assertEquals(0, birdDog.sessions());
        assertEquals(1, birdDog.stoppedBeforeFirstSet());
        String name = birdDog.name();
        try (PDDocument doc = Loader.loadPDF(pdf(s))) {
            String one = text(doc, 1, 1);
            assertTrue(one.contains(SessionWords.exercise(birdDog)), "page one: " + one);
            String log = text(doc, 2, doc.getNumberOfPages());
            assertTrue(log.contains(name + ": " + Messages.get("exercises.done.sets", 0)), "the log: " + log);
            assertFalse(log.contains("0×"), "the log: " + log);
            if (language == Language.EN) {
                // to look at: page one's exercise lines and the log row
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
                for (int page = 0; page < 2; page++) {
                    javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(page, 110), "png",
                            java.nio.file.Path.of("target", "summary-stopped-session-" + (page + 1) + ".png").toFile());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whenEverySessionWasStoppedPageOneSaysSoRatherThanNoSessions(Language language) throws IOException {
        Messages.setLanguage(language);
        List<JournalEntry> entries = List.of(session("a", 1, done("calf-raise", 0, 12, null)), session("b", 3, done("calf-raise", 0, 12, null)));
        Summary s = SampleJournal.builder().build(entries, ReportPeriod.lastDays(30, TODAY), null, TODAY);
        assertEquals(0, s.adherence().sessions());
        try (PDDocument doc = Loader.loadPDF(pdf(s))) {
            String one = text(doc, 1, 1);
            assertTrue(one.contains(Messages.get("summary.pdf.noSetDone")), one);
            assertFalse(one.contains(Messages.get("summary.pdf.noSessions")), one);
        }
    }

    @org.junit.jupiter.api.Test
    void anExercisesLineCountsSessionsDoneApartFromSessionsStoppedAtOnce() {
        assertEquals("Calf raises: 3 sessions", SessionWords.exercise(new Summary.ExerciseCount("calf-raise", "Calf raises", 3, 0)));
        assertEquals("Calf raises: 1 session; stopped before the first set once",
                SessionWords.exercise(new Summary.ExerciseCount("calf-raise", "Calf raises", 1, 1)));
        assertEquals("Calf raises: stopped before the first set 2 times",
                SessionWords.exercise(new Summary.ExerciseCount("calf-raise", "Calf raises", 0, 2)));
    }

    private static ExerciseDone done(String id, int sets, Integer reps, Integer seconds) {
        return new ExerciseDone(id, sets, reps, seconds, 2);
    }

    private static JournalEntry session(String id, int daysAgo, ExerciseDone x) {
        return new JournalEntry(id, SampleJournal.at(TODAY.minusDays(daysAgo), 18), null, null, null, null, List.of(), List.of(), "", false,
                List.of(x), null);
    }

    private static byte[] pdf(Summary summary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(summary, Settings.Paper.A4, out);
        return out.toByteArray();
    }

    /** The page's text on one line: a line the PDF wraps still reads whole. */
    private static String text(PDDocument doc, int fromPage, int toPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(fromPage);
        stripper.setEndPage(toPage);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }
}
