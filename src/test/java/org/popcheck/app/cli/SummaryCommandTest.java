package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.popcheck.i18n.LocalFormats;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;

class SummaryCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PopCheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path journalWithTwoEntries() throws IOException {
        Path data = dir.resolve("data");
        JournalStore store = JournalStore.open(data);
        try {
            store.add(new JournalEntry("a", OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC),
                    new BodySite(Region.HIP, Side.RIGHT), "click", "daily", 4, List.of(), List.of(), "Hip clicks on stairs", true, List.of(), null));
            store.add(new JournalEntry("b", OffsetDateTime.of(2026, 3, 5, 19, 30, 0, 0, ZoneOffset.UTC),
                    new BodySite(Region.ANKLE, Side.LEFT), "pop", "sometimes", 2, List.of(), List.of(), "", false, List.of(), null));
        } finally {
            store.close();
        }
        return data;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test
    void theSummaryOfAJournalIsWrittenAsAPdf() throws IOException {
        Path data = journalWithTwoEntries();
        Path pdf = dir.resolve("summary.pdf");
        int code = run("summary", "--out", pdf.toString(), "--from", "2026-03-01", "--to", "2026-03-31",
                "--paper", "letter", "--name", "Sam Doe", "--data-dir", data.toString());
        assertEquals(0, code, errText());
        String text = pdfText(pdf);
        assertTrue(text.contains("Sam Doe"), text);
        assertTrue(text.contains(LocalFormats.date(java.time.LocalDate.of(2026, 3, 1)))
                && text.contains(LocalFormats.date(java.time.LocalDate.of(2026, 3, 31))), "the period, in the language's date format");
        assertTrue(text.contains("Hip clicks on stairs"), "the flagged note");
        assertTrue(text.contains("2026-03-05 19:30"), "the log row");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("summary.pdf"), "says where it wrote");
        assertEquals(List.of(pdf), filesIn(dir).stream().filter(p -> !Files.isDirectory(p)).toList(), "no temporary file is left");
    }

    @Test
    void withoutDatesTheSummaryCoversEverythingUpToToday() throws IOException {
        Path data = journalWithTwoEntries();
        Path pdf = dir.resolve("all.pdf");
        assertEquals(0, run("summary", "--out", pdf.toString(), "--data-dir", data.toString()), errText());
        assertTrue(pdfText(pdf).contains("2026-03-02 09:00"), "the first entry is included");
    }

    @Test
    void anEmptyJournalGivesAOnePageSummarySayingThereAreNoEntriesYet() throws IOException {
        Path pdf = dir.resolve("empty.pdf");
        assertEquals(0, run("summary", "--out", pdf.toString(), "--data-dir", dir.resolve("nothing-here").toString()), errText());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains("no journal entries yet"));
        }
    }

    @Test
    void aBadDateExitsWithTwoAndOneLineAndNoFile() {
        Path pdf = dir.resolve("bad.pdf");
        assertEquals(2, run("summary", "--out", pdf.toString(), "--from", "2026-13-01", "--data-dir", dir.toString()));
        assertEquals(1, errText().strip().lines().count(), errText());
        assertTrue(errText().contains("2026-13-01") && errText().contains("YYYY-MM-DD"), errText());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aStartAfterTheEndExitsWithTwoAndNoFile() {
        Path pdf = dir.resolve("bad.pdf");
        assertEquals(2, run("summary", "--out", pdf.toString(), "--from", "2026-05-01", "--to", "2026-04-01", "--data-dir", dir.toString()));
        assertTrue(errText().contains("after"), errText());
        assertEquals(1, errText().strip().lines().count());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anOutputInAMissingFolderExitsWithTwoAndNoFile() {
        Path pdf = dir.resolve("no-such-folder").resolve("s.pdf");
        assertEquals(2, run("summary", "--out", pdf.toString(), "--data-dir", dir.toString()));
        assertTrue(errText().contains("folder does not exist"), errText());
        assertFalse(Files.exists(pdf.getParent()));
    }

    @Test
    void anOutputThatIsAFolderExitsWithTwo() {
        assertEquals(2, run("summary", "--out", dir.toString(), "--data-dir", dir.toString()));
        assertTrue(errText().contains("folder"), errText());
    }

    @Test
    void anUnknownPaperSizeExitsWithTwo() {
        Path pdf = dir.resolve("p.pdf");
        assertEquals(2, run("summary", "--out", pdf.toString(), "--paper", "a5", "--data-dir", dir.toString()));
        assertTrue(errText().contains("a4 or letter"), errText());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void theDefaultSummaryIncludesAnEntryDatedAheadOfThisComputersClock() throws IOException {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Honolulu"));
        try {
            Path data = dir.resolve("ahead");
            // Logged a moment ago on a clock at +14:00: already tomorrow there, today in Honolulu.
            OffsetDateTime justNow = OffsetDateTime.now(ZoneOffset.ofHours(14)).minusMinutes(1).withNano(0);
            try (JournalStore store = JournalStore.open(data)) {
                store.add(new JournalEntry("kiritimati", justNow, new BodySite(Region.ANKLE, Side.LEFT), "pop", null, 5,
                        List.of(), List.of(), "Logged in Kiritimati", true, List.of(), null));
            }
            Path pdf = dir.resolve("ahead.pdf");
            assertEquals(0, run("summary", "--out", pdf.toString(), "--data-dir", data.toString()), errText());
            String text = pdfText(pdf);
            assertTrue(text.contains("Logged in Kiritimati"), text);
            assertTrue(text.contains(LocalFormats.date(justNow.toLocalDate())), "the period ends on the entry's own date: " + text);
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }
}
