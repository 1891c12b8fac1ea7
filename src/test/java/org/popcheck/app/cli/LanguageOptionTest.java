package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;

/** {@code --lang en|es|de} on every command: the whole text output in that language, JSON ids unchanged. */
class LanguageOptionTest {

    private static final String SPRAIN = """
            {"age": 34, "regions": [{"region": "ankle", "side": "left"}],
             "facts": {"injury": true, "injury_days_ago": 2, "tender_outer_ankle_bone": "unsure", "pain": 6}}""";

    @TempDir
    Path dir;

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    private Path sprain() throws IOException {
        return Files.writeString(dir.resolve("s.json"), SPRAIN);
    }

    @Test
    void triageTextInGermanHasGermanHeadingsLevelAndAdvice() throws IOException {
        CliRun r = CliRun.of("triage", "--lang", "de", "--format", "text", "--emergency-number", "112", sprain().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Ergebnis: Gehen Sie heute in eine Notaufnahme oder Notfallpraxis"), r.out());
        assertTrue(r.out().contains("Es ist keine Diagnose."), r.out());
        assertTrue(r.out().contains("Was Sie jetzt tun sollten"), r.out());
        assertTrue(r.out().contains("(Sprunggelenk, links)"), r.out());
        for (String english : List.of("Result:", "What to do now", "Why", "not a diagnosis", "(ankle, left)")) {
            assertFalse(r.out().contains(english), "no English '" + english + "' left:\n" + r.out());
        }
    }

    @Test
    void theSameCheckGivesTheSameLevelInEveryLanguageAndJsonKeepsItsIds() throws IOException {
        String level = null;
        for (String lang : List.of("en", "es", "de")) {
            CliRun r = CliRun.of("triage", "--lang", lang, sprain().toString());
            assertEquals(0, r.code(), r.err());
            var json = JsonParser.parseString(r.out()).getAsJsonObject();
            String here = json.toString().replaceAll(".*\"level\":\"([a-z_0-9]+)\".*", "$1");
            level = level == null ? here : level;
            assertEquals(level, here, lang);
            assertTrue(r.out().contains("\"emergency\""), "the level id stays English in JSON: " + r.out());
        }
    }

    @Test
    void theOptionWorksAfterTheCommandAndBeforeIt() throws IOException {
        assertTrue(CliRun.of("--lang", "es", "triage", "--format", "text", sprain().toString()).out().startsWith("Resultado: "));
        assertTrue(CliRun.of("triage", sprain().toString(), "--format", "text", "--lang=de").out().startsWith("Ergebnis: "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "english", "", "d"})
    void anotherLanguageIsRefusedInOnePlainLine(String lang) throws IOException {
        CliRun r = CliRun.of("triage", "--lang", lang, sprain().toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("popcheck: --lang must be en, es or de, not '" + lang + "'", r.err().strip());
    }

    @Test
    void withoutTheOptionALaterRunIsInTheSystemLanguageAgain() throws IOException {
        CliRun.of("triage", "--lang", "de", "--format", "text", sprain().toString());
        Language system = Language.fromLocale(java.util.Locale.getDefault());
        CliRun.of("triage", "--format", "text", sprain().toString());
        assertEquals(system, Messages.language());
    }

    @Test
    void theSummaryInSpanishIsInSpanish() throws IOException {
        Path data = dir.resolve("data");
        JournalStore store = JournalStore.open(data);
        try {
            store.add(new JournalEntry("a", OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC),
                    new BodySite(Region.HIP, Side.RIGHT), "click", "daily", 4, List.of(), List.of(), "Cruje al subir", true, List.of(), null));
        } finally {
            store.close();
        }
        Path pdf = dir.resolve("resumen.pdf");
        CliRun r = CliRun.of("summary", "--lang", "es", "--out", pdf.toString(), "--from", "2026-03-01", "--to", "2026-03-31",
                "--data-dir", data.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Escrito "), r.out());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // Lines joined: where the footer wraps depends on the length of today's date.
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (String spanish : List.of("Chasquidos y dolor: resumen para el médico", "Periodo: 1 mar 2026 a 31 mar 2026", "Cadera derecha",
                "Registro completo", "No es un diagnóstico")) {
            assertTrue(text.contains(spanish), "'" + spanish + "' in:\n" + text);
        }
        for (String english : List.of("Period:", "Full log", "Right hip", "not a diagnosis")) {
            assertFalse(text.contains(english), "no English '" + english + "' in:\n" + text);
        }
    }

    @Test
    void journalCommandsTakeTheOptionToo() {
        CliRun r = CliRun.of("journal", "list", "--lang", "de", "--data-dir", dir.resolve("empty").toString());
        assertTrue(r.code() == 0 || r.code() == 2, r.err());
        CliRun bad = CliRun.of("journal", "list", "--lang", "xx", "--data-dir", dir.resolve("empty").toString());
        assertEquals("popcheck: --lang must be en, es or de, not 'xx'", bad.err().strip());
    }
}
