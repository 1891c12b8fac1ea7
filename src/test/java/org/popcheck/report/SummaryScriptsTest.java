package org.popcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.journal.JournalEntry;
import org.popcheck.settings.Settings;

/** Notes and names in other scripts: drawn with a font that has them, in reading order, and the PDF stays small. */
class SummaryScriptsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static byte[] pdf(String name, List<String> notes) throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            entries.add(SampleJournal.entry("n" + i, SampleJournal.at(TODAY.minusDays(notes.size() - i), 9),
                    SampleJournal.LEFT_ANKLE, 3, "pop", "daily", List.of(), List.of(), notes.get(i), true, List.of(), null));
        }
        Summary summary = SampleJournal.builder().build(entries, ReportPeriod.lastDays(30, TODAY), name, TODAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(summary, Settings.Paper.A4, out);
        byte[] bytes = out.toByteArray();
        Path keep = Path.of("target", "scripts-summary.pdf");
        Files.createDirectories(keep.getParent());
        Files.write(keep, bytes); // to look at: pdftoppm -png target/scripts-summary.pdf
        return bytes;
    }

    /** Text as PDFBox reads it back (it turns right-to-left runs back into reading order), NFKC as a person would compare it. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
        }
    }

    /** Every glyph drawn, as "font: U+XXXX" for the ones that are .notdef (glyph 0) in their font. */
    private static List<String> missingGlyphs(byte[] pdf, Set<String> fontsUsed) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper walker = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    PDFont font = t.getFont();
                    fontsUsed.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    for (int code : t.getCharacterCodes()) {
                        // Identity-H: the code is the glyph id of the full font; 0 is .notdef, the empty box.
                        if (code == 0) {
                            missing.add(font.getName() + ": " + t.getUnicode());
                        }
                    }
                    if (t.getUnicode() != null && t.getUnicode().contains("\u25A1")) {
                        missing.add(font.getName() + ": placeholder box");
                    }
                }
            };
            for (PDPage ignored : doc.getPages()) {
                walker.getText(doc);
                break;
            }
        }
        return missing;
    }

    @ParameterizedTest
    @CsvSource({
        "Hindi, 'घुटने में दर्द है, सीढ़ियाँ चढ़ते समय क्लिक', NotoSansDevanagari",
        "Marathi, 'पायऱ्या चढताना गुडघा वाजतो', NotoSansDevanagari",
        "Thai, 'ปวดเข่าเวลาขึ้นบันได มีเสียงดังกึก', NotoSansThai",
        "Bengali, 'সিঁড়ি দিয়ে ওঠার সময় হাঁটুতে ব্যথা', NotoSansBengali",
        "Tamil, 'படிக்கட்டு ஏறும்போது முழங்காலில் வலி', NotoSansTamil",
        "Hebrew, 'כאב בברך כשאני עולה במדרגות', NotoSansHebrew",
        "Arabic, 'ألم في الركبة عند صعود الدرج', NotoSansArabic",
        "Persian, 'درد زانو هنگام بالا رفتن از پله‌ها', NotoSansArabic"
    })
    void aNoteInAnotherScriptIsDrawnWithAFontThatHasEveryGlyph(String language, String note, String font) throws IOException {
        byte[] pdf = pdf("Ana", List.of(note));
        Set<String> fonts = new TreeSet<>();
        assertEquals(List.of(), missingGlyphs(pdf, fonts), language);
        assertTrue(fonts.stream().anyMatch(f -> f.startsWith(font)), language + " drawn with " + fonts);
        assertTrue(pdf.length < 400_000, language + ": the fonts are subset, the PDF is " + pdf.length + " bytes");
    }

    @ParameterizedTest
    @CsvSource({
        "'כאב בברך כשאני עולה במדרגות'",
        "'ألم في الركبة عند صعود الدرج'",
        "'Knee (ברך) hurts 3 times'",
        "'הברך כואבת 3 פעמים ביום (בבוקר)'",
        "'الألم ٣ من ١٠ بعد المشي'"
    })
    void rightToLeftNotesReadBackInReadingOrder(String note) throws IOException {
        String text = text(pdf("Ana", List.of(note)));
        assertTrue(text.contains(Normalizer.normalize(note, Normalizer.Form.NFKC)), note + " in:\n" + text);
    }

    @ParameterizedTest
    @CsvSource({"'דנה כהן'", "'فاطمة الزهراء'", "'Dana כהן'"})
    void aRightToLeftNameIsShownInReadingOrder(String name) throws IOException {
        String text = text(pdf(name, List.of("x")));
        assertTrue(text.contains(Normalizer.normalize(name, Normalizer.Form.NFKC)), name + " in:\n" + text);
    }

    @Test
    void hebrewIsDrawnRightToLeftTheFirstWordRightmost() throws IOException {
        byte[] pdf = pdf("דנה כהן", List.of("x"));
        List<float[]> firstLetters = new ArrayList<>(); // x of ד (first word) and כ (second word)
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if ("ד".equals(t.getUnicode()) || "כ".equals(t.getUnicode())) {
                        firstLetters.add(new float[] {t.getUnicode().equals("ד") ? 0 : 1, t.getX()});
                    }
                }
            }.getText(doc);
        }
        float dalet = firstLetters.stream().filter(p -> p[0] == 0).findFirst().orElseThrow()[1];
        float kaf = firstLetters.stream().filter(p -> p[0] == 1).findFirst().orElseThrow()[1];
        assertTrue(dalet > kaf, "the first word stands right of the second: " + dalet + " vs " + kaf);
    }

    @Test
    void arabicLettersAreJoined() throws IOException {
        byte[] pdf = pdf("Ana", List.of("سلام"));
        List<String> drawn = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (t.getFont().getName().contains("Arabic")) {
                        drawn.add(String.format("%04X", t.getUnicode().codePointAt(0)));
                    }
                }
            };
            s.getText(doc);
        }
        // Left to right on the page: meem alone (alef does not join to the left), lam-alef joined to
        // the seen before it, seen in its initial form: the word drawn right to left, letters joined.
        String word = String.join(" ", drawn).replace("0020", "").replaceAll(" +", " ").strip();
        assertTrue(word.startsWith("FEE1 FEFC FEB3"), "joined forms in visual order: " + drawn);
    }

    @Test
    void aSummaryInLatinScriptEmbedsNoOtherFont() throws IOException {
        Set<String> fonts = new TreeSet<>();
        missingGlyphs(pdf("Ana López", List.of("Knöchel knackt beim Treppensteigen")), fonts);
        assertEquals(Set.of("DejaVuSans", "DejaVuSans-Bold"), fonts);
    }

    @Test
    void notesInEightScriptsTogetherStayASmallPdf() throws IOException {
        List<String> notes = List.of("घुटने में दर्द है, सीढ़ियाँ चढ़ते समय क्लिक (३ बार)", "ปวดเข่าเวลาขึ้นบันได มีเสียงดังกึก",
                "সিঁড়ি দিয়ে ওঠার সময় হাঁটুতে ব্যথা", "படிக்கட்டு ஏறும்போது முழங்காலில் வலி கொஞ்சம்",
                "כאב בברך כשאני עולה במדרגות, 3 פעמים (בבוקר)", "ألم في الركبة عند صعود الدرج منذ ٣ أيام",
                "足首が鳴る 발목에서 소리가 나요", "Knöchel knackt – Ελληνικά – Русский");
        byte[] pdf = pdf("דנה כהן", notes);
        Set<String> fonts = new TreeSet<>();
        assertEquals(List.of(), missingGlyphs(pdf, fonts));
        assertEquals(10, fonts.size(), fonts.toString());
        // Eight fonts of 50 to 4,000 KB each; subset, the whole summary stays small enough to e-mail.
        assertTrue(pdf.length < 300_000, pdf.length + " bytes");
    }
}
