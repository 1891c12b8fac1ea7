package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.LocalFormats;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.settings.Settings;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageResult;

/**
 * A summary for a clinician never drops content to stay on one page: the trial saw the signs answered no
 * cut with "…" and "… and 1 more reasons". With more of everything than one page holds, every sign, every
 * reason, every joint's chart and every flagged note is in the PDF whole, and no line says what was left out.
 */
class SummaryLeavesNothingOutTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    /** "… and 1 more reasons", "… 3 more flagged notes", "2 more sessions with stop signs" and the like. */
    private static final Pattern LEFT_OUT = Pattern.compile("\\d+ more|…|\\.\\.\\.");
    private static final int REASONS = 30;
    /** Points from the paper's left and right edges that no text comes closer than. */
    private static final float EDGE = 20;

    @AfterEach
    void english() {
        Messages.setLanguage(Language.EN);
    }

    /** Every raising yes/no sign answered no, two answered yes. */
    private static Assessment manySignsAnsweredNo() {
        Map<String, Answer> facts = new LinkedHashMap<>();
        for (FactDefinition def : FactCatalog.standard().all()) {
            if (def.type() == FactType.YESNO && def.raises()) {
                facts.put(def.id(), Answer.YesNo.NO);
            }
        }
        facts.put("injury", Answer.YesNo.YES);
        facts.put("swelling", Answer.YesNo.YES);
        return new Assessment(47, List.of(SampleJournal.LEFT_ANKLE), facts);
    }

    /** Reasons long enough to take three lines each, with their sources, more than a page holds. */
    private static String reason(int k) {
        return "Reason number " + k + " of the rules: popping with swelling after a twist, pain on weight bearing and tenderness "
                + "at the back edge of the ankle bone need an X-ray or a clinician's look within a day, not a wait and see";
    }

    private static TriageResult manyReasons(Assessment a) {
        List<Reason> reasons = new ArrayList<>();
        for (int k = 1; k <= REASONS; k++) {
            reasons.add(new Reason("rule_" + k, Level.CONSULTATION_24, SampleJournal.LEFT_ANKLE, List.of("injury"), reason(k),
                    "Source " + k + ": Stiell IG et al., JAMA 1993"));
        }
        return new TriageResult(Level.CONSULTATION_24, reasons, "advice", List.of(), List.of());
    }

    private static List<BodySite> sixJoints() {
        return List.of(new BodySite(Region.ANKLE, Side.LEFT), new BodySite(Region.ANKLE, Side.RIGHT), new BodySite(Region.FOOT, Side.LEFT),
                new BodySite(Region.HIP, Side.LEFT), new BodySite(Region.HIP, Side.RIGHT), BodySite.spine(Region.SPINE_LOWER));
    }

    private static Summary summary() {
        List<JournalEntry> entries = new ArrayList<>();
        List<BodySite> joints = sixJoints();
        for (int d = 0; d < 12; d++) {
            BodySite site = joints.get(d % joints.size());
            entries.add(SampleJournal.entry("p" + d, SampleJournal.at(TODAY.minusDays(d), 8), site, 3, "click", "daily", List.of(), List.of(),
                    d < 5 ? "Flagged note " + d + ": it clicks going down the stairs and aches after the walk home" : "", d < 5, List.of(), null));
        }
        entries.add(SampleJournal.entry("check", SampleJournal.at(TODAY.minusDays(1), 18), SampleJournal.LEFT_ANKLE, 5, "pop", "daily",
                List.of(), List.of(), "", false, List.of(), new SavedAssessment(manySignsAnsweredNo(), Level.CONSULTATION_24, List.of())));
        return new SummaryBuilder(SummaryLeavesNothingOutTest::manyReasons, FactCatalog.standard(), ExerciseCatalog.standard())
                .build(entries, ReportPeriod.lastDays(30, TODAY), "Ana López", TODAY);
    }

    /**
     * The text of the pages before the log, the footers and the headings of continued columns taken out and
     * the whitespace made single, so a list that goes on over a page reads on as one.
     */
    static String beforeTheLog(PDDocument doc, Summary s) throws IOException {
        StringBuilder all = new StringBuilder();
        String disclaimer = Messages.get("summary.pdf.disclaimer", LocalFormats.date(s.madeOn())).replaceAll("\\s+", " ");
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            // a line may end after a word's own hyphen ("high-|energy"): read back, it goes on without a space
            String text = stripper.getText(doc).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
            if (text.contains(Messages.get("summary.log.title") + " ")) {
                break;
            }
            text = text.replace(disclaimer, " ").replace(Messages.get("summary.pdf.page", page, doc.getNumberOfPages()), " ");
            for (String section : List.of("summary.pdf.answers", "summary.pdf.noted", "summary.pdf.adherence", "summary.pdf.notes", "summary.pdf.allAnswers")) {
                text = text.replace(Messages.get("summary.pdf.continued", Messages.get(section)).replaceAll("\\s+", " "), " ");
            }
            all.append(text).append(' ');
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    private static PDDocument render(Summary s, Settings.Paper paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(s, paper, out);
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    void everySignAnsweredNoEveryReasonEveryJointAndEveryNoteIsShownWhole() throws IOException {
        for (Language language : List.of(Language.EN, Language.DE, Language.ES)) {
            Messages.setLanguage(language);
            Summary s = summary();
            assertEquals(REASONS, s.latest().reasons().size());
            List<Summary.WarningAnswer> no = s.warningAnswers().stream().filter(a -> a.answer() == Answer.YesNo.NO).toList();
            assertTrue(no.size() > 20, "many signs answered no: " + no.size());
            for (Settings.Paper paper : Settings.Paper.values()) {
                try (PDDocument doc = render(s, paper)) {
                    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
                    doc.save(java.nio.file.Path.of("target", "summary-long-" + language.code() + "-" + paper + ".pdf").toFile());
                    String text = beforeTheLog(doc, s);
                    String where = language + ", " + paper + ": ";
                    for (String reason : s.latest().reasons()) {
                        assertTrue(text.contains(reason.replaceAll("\\s+", " ")), where + "whole: " + reason);
                    }
                    for (Summary.WarningAnswer a : no) {
                        assertTrue(text.contains(Labels.sign(a.factId())), where + "the sign answered no: " + Labels.sign(a.factId()));
                    }
                    for (BodySite joint : sixJoints()) {
                        assertTrue(text.contains(Labels.site(joint) + " " + Messages.get("summary.trend.total", 2))
                                || text.contains(Labels.site(joint) + " " + Messages.get("summary.trend.total", 3)), where + "a chart for " + joint);
                    }
                    for (Summary.FlaggedNote n : s.notes()) {
                        assertTrue(text.contains(n.text()), where + "the whole note: " + n.text());
                    }
                    assertFalse(LEFT_OUT.matcher(text).find(), where + "a line says something was left out: " + text);
                    assertTrue(doc.getNumberOfPages() > 2, "the opening part goes on over a page: " + doc.getNumberOfPages());
                    assertEverythingIsOnThePaper(doc, where);
                }
            }
        }
    }

    /**
     * No glyph runs off the paper on any page (the body map's labels may reach into the left margin, as
     * they always have, but not to the paper's edge).
     */
    private static void assertEverythingIsOnThePaper(PDDocument doc, String where) throws IOException {
        for (int page = 0; page < doc.getNumberOfPages(); page++) {
            float width = doc.getPage(page).getMediaBox().getWidth();
            float height = doc.getPage(page).getMediaBox().getHeight();
            List<String> off = new ArrayList<>();
            PDFTextStripper edges = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) {
                    for (TextPosition g : glyphs) {
                        if (g.getXDirAdj() < EDGE || g.getXDirAdj() + g.getWidthDirAdj() > width - EDGE
                                || g.getYDirAdj() < SummaryPdf.MARGIN || g.getYDirAdj() > height - 8) {
                            off.add(text + " at " + g.getXDirAdj() + ", " + g.getYDirAdj());
                            return;
                        }
                    }
                }
            };
            edges.setStartPage(page + 1);
            edges.setEndPage(page + 1);
            edges.getText(doc);
            assertTrue(off.isEmpty(), where + "page " + (page + 1) + " runs off the paper: " + off);
        }
    }

    /**
     * A note longer than a page (the journal keeps up to MAX_NOTES characters; here one short line after another)
     * is in the log whole, going on over the pages after; it was cut to the first page's room.
     */
    @Test
    void aNoteLongerThanAPageIsInTheLogWhole() throws IOException {
        int words = JournalEntry.MAX_NOTES / 6;
        StringBuilder note = new StringBuilder();
        for (int k = 0; k < words; k++) {
            note.append("w").append(k).append('\n');
        }
        List<JournalEntry> entries = List.of(SampleJournal.entry("long", SampleJournal.at(TODAY, 9), SampleJournal.LEFT_ANKLE, 2, null, null,
                List.of(), List.of(), note.toString().strip(), false, List.of(), null));
        Summary s = SampleJournal.builder().build(entries, ReportPeriod.lastDays(1, TODAY), null, TODAY);
        try (PDDocument doc = render(s, Settings.Paper.A4)) {
            assertTrue(doc.getNumberOfPages() > 3, "the note takes more than a page: " + doc.getNumberOfPages());
            String log = new PDFTextStripper().getText(doc);
            for (int k = 0; k < words; k++) {
                assertTrue(Pattern.compile("\\bw" + k + "\\b").matcher(log).find(), "word " + k + " of the note is in the log");
            }
        }
    }
}
