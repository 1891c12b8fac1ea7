package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.LocalFormats;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SafetyNet;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.settings.Settings;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;
import org.popcheck.triage.UnknownAgeTriage;

/**
 * The new-user trial: a lower-back check with "numbness around the genitals" answered yes (urgent, today),
 * then a minute later a quick entry with a fever, swelling and a hot red joint. The summary showed only the
 * quick entry as the latest check and the numbness nowhere. The check must stay the latest check, its yes
 * must show in its box, in the log row and among the signs of the period, and the quick entry's signs too.
 */
class CheckSignsInSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String EMERGENCY = "112";

    @ParameterizedTest
    @EnumSource(Language.class)
    void aLaterQuickEntryNeverHidesTheCheckOrItsSigns(Language language) throws IOException {
        Messages.setLanguage(language);
        try {
            List<JournalEntry> journal = trialJournal();
            JournalEntry check = journal.get(0);
            JournalEntry quick = journal.get(1);
            SummaryBuilder builder = SummaryBuilder.standard(EMERGENCY);
            Summary summary = builder.build(journal, ReportPeriod.lastDays(30, TODAY), null, TODAY);
            assertEquals(check.at(), summary.latest().at(), language + ": the latest check is the wizard's, not the quick entry");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SummaryPdf.write(summary, Settings.Paper.A4, out);
            Path keep = Path.of("target", "check-signs-" + language + ".pdf");
            Files.createDirectories(keep.getParent());
            Files.write(keep, out.toByteArray()); // to look at: pdftoppm -png -r 70
            FactDefinition saddle = FactCatalog.standard().find("saddle_numbness").orElseThrow();
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                String pageOne = flat(text(doc, 1, 1, true));
                String checkBox = pageOne.substring(pageOne.indexOf(flat(Messages.get("summary.pdf.latest", LocalFormats.dateTime(check.at())))));
                assertTrue(checkBox.contains(flat(saddle.question())), language + ": the numbness question in the check's section: " + pageOne);
                String log = flat(text(doc, 1, doc.getNumberOfPages(), false));
                log = log.substring(log.lastIndexOf(flat(Messages.get("summary.log.title"))));
                assertTrue(log.contains(flat(saddle.signText())), language + ": the numbness in the log: " + log);
                for (String sign : quick.warningSigns()) {
                    assertTrue(log.contains(flat(Labels.sign(sign))), language + ": the quick entry's " + sign + " in the log");
                }
            }
            assertTrue(summary.warningsNoted().stream().anyMatch(w -> w.factId().equals("saddle_numbness")),
                    language + ": the numbness among the signs of the period: " + summary.warningsNoted());
            assertTrue(summary.warningsNoted().stream().anyMatch(w -> w.factId().equals("fever")), language + ": the quick entry's fever too");
        } finally {
            Messages.setLanguage(Language.EN);
        }
    }

    /**
     * The section of the period's signs counts a check's yes and not-sure answers too (EntrySigns), so its
     * title may not call them ticked ("Warning signs ticked in the log"), and it says where they come from.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theSignsSectionSaysItHoldsCheckAnswersAsWellAsTickedSigns(Language language) throws IOException {
        Messages.setLanguage(language);
        try {
            Summary summary = SummaryBuilder.standard(EMERGENCY).build(trialJournal(), ReportPeriod.lastDays(30, TODAY), null, TODAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SummaryPdf.write(summary, Settings.Paper.A4, out);
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                String pageOne = flat(text(doc, 1, 1, true));
                String title = Messages.get("summary.pdf.noted");
                assertTrue(pageOne.contains(flat(title)), language + ": " + pageOne);
                for (String ticked : List.of("ticked", "marcados", "angekreuzte")) {
                    assertTrue(!title.toLowerCase(java.util.Locale.ROOT).contains(ticked),
                            language + ": the title calls every sign ticked, a check's answers too: " + title);
                }
                assertTrue(pageOne.contains(flat(Messages.get("summary.pdf.notedHow"))), language + ": where the signs come from: " + pageOne);
            }
        } finally {
            Messages.setLanguage(Language.EN);
        }
    }

    /**
     * Trial 14: a home-care check of the knee, then a guided session with "chest pain" ticked at its end. The
     * page said "Warning signs in the log: None" under the home-care result: the session's stop signs are
     * warning signs of the log too, each with when it was last ticked.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void stopSignsTickedAfterASessionAreAmongTheWarningSignsOfTheLog(Language language) throws IOException {
        Messages.setLanguage(language);
        try {
            Assessment knee = new Assessment(34, List.of(new org.popcheck.body.BodySite(org.popcheck.body.Region.ANKLE,
                    org.popcheck.body.Side.LEFT)), Map.of());
            JournalEntry check = SampleJournal.entry("check", SampleJournal.at(TODAY.minusDays(2), 9), null, null, null, null,
                    List.of(), List.of(), "", false, List.of(), new SavedAssessment(knee, org.popcheck.triage.Level.SELF_CARE, List.of()));
            JournalEntry session = SampleJournal.entry("session", SampleJournal.at(TODAY.minusDays(1), 18), null, null, null, null,
                    List.of(), List.of(), "", false, List.of(new org.popcheck.journal.ExerciseDone("glute-bridge", 2, 10, null, 3, null,
                            List.of("chest_pain", "sharp_pain"))), null);
            Summary summary = SummaryBuilder.standard(EMERGENCY).build(List.of(check, session), ReportPeriod.lastDays(30, TODAY), null, TODAY);
            for (String sign : List.of("chest_pain", "sharp_pain")) {
                Summary.WarningNoted noted = summary.warningsNoted().stream()
                        .filter(w -> w.factId().equals(Summary.WarningNoted.STOP_SIGN + sign)).findFirst()
                        .orElseThrow(() -> new AssertionError(language + ": " + sign + " among the signs of the log: " + summary.warningsNoted()));
                assertEquals(1, noted.times());
                assertEquals(TODAY.minusDays(1), noted.last(), "with the day it was ticked");
                assertTrue(noted.label().contains(org.popcheck.exercise.StopList.standard().words(sign)), noted.label());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SummaryPdf.write(summary, Settings.Paper.A4, out);
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                String pageOne = flat(text(doc, 1, 1, false));
                String section = pageOne.substring(pageOne.indexOf(flat(Messages.get("summary.pdf.notedHow"))));
                assertTrue(!section.startsWith(flat(Messages.get("summary.pdf.notedHow") + " " + Messages.get("summary.pdf.noneNoted"))),
                        language + ": not 'None': " + section);
                assertTrue(section.contains(flat(Messages.get("summary.pdf.notedLine", 1, LocalFormats.date(TODAY.minusDays(1)),
                        Messages.get("summary.pdf.notedStopSign", org.popcheck.exercise.StopList.standard().words("chest_pain"))))),
                        language + ": the call-now sign with its date: " + section);
            }
        } finally {
            Messages.setLanguage(Language.EN);
        }
    }

    /** The trial's two entries, made as the app makes them: the wizard's check, then a quick entry the safety net checked. */
    static List<JournalEntry> trialJournal() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("saddle_numbness", Answer.YesNo.YES);
        answers.put("fever", Answer.YesNo.NO);
        Assessment asked = new Assessment(52, List.of(SampleJournal.LOWER_BACK), answers);
        TriageResult result = TriageEngine.standard().evaluate(asked, EMERGENCY);
        List<String> rules = result.reasons().stream().map(r -> r.rule()).distinct().toList();
        JournalEntry check = SampleJournal.entry("check", SampleJournal.at(TODAY, 9), SampleJournal.LOWER_BACK, null, null, null,
                List.of(), List.of(), "", false, List.of(), new SavedAssessment(asked, result.level(), rules));
        JournalEntry quick = SampleJournal.entry("quick", SampleJournal.at(TODAY, 9).plusMinutes(1), SampleJournal.LOWER_BACK, 6,
                "pop", "daily", List.of(), List.of("fever", "swelling", "hot_red_joint"), "", false, List.of(), null);
        SafetyNet net = new SafetyNet(TriageEngine.standard(), FactCatalog.standard());
        SavedAssessment netCheck = net.check(quick, List.of(check), EMERGENCY).map(SafetyNet::saved).orElse(null);
        quick = SampleJournal.entry("quick", quick.at(), quick.site(), quick.pain(), quick.sound(), quick.frequency(), quick.triggers(),
                quick.warningSigns(), "", false, List.of(), netCheck);
        return new ArrayList<>(List.of(check, quick));
    }

    private static String text(PDDocument doc, int from, int to, boolean byPosition) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        // The log's cells wrap inside their columns: read in drawing order, each cell's lines come together.
        stripper.setSortByPosition(byPosition);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
