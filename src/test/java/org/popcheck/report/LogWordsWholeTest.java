package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;
import org.popcheck.settings.Settings;

/**
 * The log's narrow columns keep every word whole: the German trial's log read "Sch|merz" in the pain column's
 * header and "Sprunggele|nk" in the joint column. Each line the PDF draws on the log's pages is read back, and
 * every word on it must be a whole word of what the log shows, never a piece of one.
 */
class LogWordsWholeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest
    @EnumSource(Language.class)
    void noWordOfTheLogIsSplitOverTwoLines(Language language) throws IOException {
        Messages.setLanguage(language);
        try {
            readBackWhole(language);
        } finally {
            Messages.setLanguage(Language.EN);
        }
    }

    private static void readBackWhole(Language language) throws IOException {
        List<JournalEntry> entries = entries();
        Summary summary = SampleJournal.builder().build(entries, ReportPeriod.lastDays(30, TODAY), "Ana López", TODAY);
        for (Settings.Paper paper : Settings.Paper.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SummaryPdf.write(summary, paper, out);
            Path keep = Path.of("target", "log-words-" + language + "-" + paper + ".pdf");
            Files.createDirectories(keep.getParent());
            Files.write(keep, out.toByteArray()); // to look at: pdftoppm -png -r 60
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                Set<String> shown = wordsTheLogShows(summary.log(), doc.getNumberOfPages());
                List<List<String>> pages = linesDrawn(doc);
                Set<String> drawn = new HashSet<>();
                Set<String> pieces = new TreeSet<>();
                int logPages = 0;
                for (List<String> page : pages) {
                    if (!page.contains(Messages.get("summary.log.title"))) {
                        continue; // page one and its sections go on to: not the log
                    }
                    logPages++;
                    for (String line : page) {
                        for (String word : words(line)) {
                            drawn.add(word);
                            if (!shown.contains(word)) {
                                pieces.add(word + "  (in the line \"" + line + "\")");
                            }
                        }
                    }
                }
                assertTrue(logPages > 0, "the log was found");
                assertTrue(pieces.isEmpty(), language + ", " + paper + ": pieces of words, not words: " + pieces);
                for (String word : List.of(Messages.get("summary.log.col.pain"), Labels.site(SampleJournal.LEFT_ANKLE))) {
                    for (String whole : words(word)) {
                        assertTrue(drawn.contains(whole), language + ", " + paper + ": \"" + whole + "\" is drawn whole");
                    }
                }
            }
        }
    }

    /** Entries with every column filled, in long words where the language has them. */
    private static List<JournalEntry> entries() {
        List<JournalEntry> entries = new ArrayList<>();
        String[] notes = {
            "Schmerz im Sprunggelenk beim Treppensteigen, Knie- und Hüftschmerzen am Abend",
            "Dolor en el tobillo al subir escaleras; chasquido y entumecimiento por la mañana",
            "Clicking in the ankle when climbing stairs, stiffness in the morning"
        };
        for (int i = 0; i < 12; i++) {
            entries.add(SampleJournal.entry("w" + i, SampleJournal.at(TODAY.minusDays(12 - i), 9 + i % 10),
                    i % 3 == 0 ? SampleJournal.LEFT_ANKLE : i % 3 == 1 ? SampleJournal.RIGHT_HIP : SampleJournal.LOWER_BACK,
                    i % 11, "click", "daily", List.of("walking", "getting_up", "twisting"), i % 4 == 0 ? List.of("swelling") : List.of(),
                    notes[i % 3], i % 2 == 0,
                    List.of(new ExerciseDone("calf-raise", 3, 12, null, 1), new ExerciseDone("ankle-circles", 2, null, 30, 0)), null));
        }
        entries.add(SampleJournal.savedCheck(SampleJournal.at(TODAY.minusDays(1), 18)));
        return entries;
    }

    /** Every word the log's pages are meant to show: its title and key, its headers, its cells and the footer. */
    private static Set<String> wordsTheLogShows(List<JournalEntry> log, int pageCount) {
        List<String> texts = new ArrayList<>(List.of(Messages.get("summary.log.title"), Messages.get("summary.log.flagKey"),
                Messages.get("summary.pdf.disclaimer", org.popcheck.i18n.LocalFormats.date(TODAY))));
        for (String column : List.of("time", "joint", "pain", "sound", "frequency", "triggers", "warnings", "exercises", "notes")) {
            texts.add(Messages.get("summary.log.col." + column));
        }
        for (int page = 1; page <= pageCount; page++) {
            texts.add(Messages.get("summary.pdf.page", page, pageCount));
        }
        Set<LocalDate> offsetDays = LogTable.daysTheOffsetChanges(log);
        for (JournalEntry e : log) {
            texts.addAll(List.of(LogTable.values(e, offsetDays)));
        }
        Set<String> words = new HashSet<>();
        texts.forEach(t -> words.addAll(words(t)));
        return words;
    }

    /** The words of a line: what stands between spaces, without the punctuation around it. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String token : line.replace(BidiLayout.LRM, "").replace(BidiLayout.RLM, "").split("\\s+")) {
            String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The lines drawn on each page, one for each piece of text the PDF shows between BT and ET. */
    private static List<List<String>> linesDrawn(PDDocument doc) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        StringBuilder[] line = {new StringBuilder()};
        PDFTextStripper reader = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) {
                pages.add(new ArrayList<>());
            }

            @Override
            public void beginText() throws IOException {
                super.beginText();
                line[0] = new StringBuilder();
            }

            @Override
            public void endText() throws IOException {
                super.endText();
                pages.get(pages.size() - 1).add(line[0].toString());
            }

            @Override
            protected void processTextPosition(TextPosition t) {
                line[0].append(t.getUnicode());
            }
        };
        reader.getText(doc);
        assertFalse(pages.isEmpty(), "pages were read");
        return pages;
    }
}
