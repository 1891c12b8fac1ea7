package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged journal is named by what happened to it: cut short (wherever the cut falls: inside a
 * word such as false, a number, a text or between members), nothing but zero bytes, zero bytes amid
 * the text, or text in the wrong form. Trial 12 found a cut file and a file of zeros both told to
 * use double quotes and small letters.
 */
class JournalDamageTest {

    @TempDir
    static Path dir;

    /** A valid journal of a few entries with texts, numbers and false in it. */
    private static byte[] valid;

    @BeforeAll
    static void writeValidJournal() throws IOException {
        Path data = org.popcheck.testsupport.LongJournal.in(Files.createTempDirectory(dir, "valid"), 8);
        valid = Files.readAllBytes(data.resolve(JournalStore.FILE));
    }

    private static JournalProblem problemOf(byte[] content) throws IOException {
        Path data = Files.createTempDirectory(dir, "case");
        Files.write(data.resolve("journal.json"), content);
        try (JournalStore store = JournalStore.open(data)) {
            assertTrue(store.readOnly(), "a damaged journal opens read-only");
            assertArrayEquals(content, Files.readAllBytes(data.resolve("journal.json")), "the damaged file is left untouched");
            return store.problem().orElseThrow();
        }
    }

    @Test
    void aJournalCutAnywhereSaysItEndsTooEarly() throws IOException {
        // Every cut from just after the opening brace to just before the closing one: inside
        // "false", inside numbers, names, texts and the time stamps, after a comma.
        int last = new String(valid, StandardCharsets.UTF_8).trim().length() - 1;
        for (int cut = 2; cut < last; cut += 7) {
            JournalProblem p = problemOf(Arrays.copyOf(valid, cut));
            assertEquals(JournalProblem.Kind.UNREADABLE, p.kind());
            assertTrue(p.describe().contains("the file ends too early: it looks cut off"), "cut at " + cut + ": " + p.describe());
            assertFalse(p.describe().contains("double quotes"), "cut at " + cut + ": " + p.describe());
            assertTrue(p.describe().contains("(line "), "the place of the cut helps: " + p.describe());
        }
    }

    @Test
    void aJournalCutIntoZeroBytesSaysItEndsTooEarly() throws IOException {
        // A file system that kept the length but not the last blocks fills them with zeros.
        byte[] content = Arrays.copyOf(Arrays.copyOf(valid, valid.length / 2), valid.length);
        JournalProblem p = problemOf(content);
        assertTrue(p.describe().contains("the file ends too early"), p.describe());
    }

    @Test
    void aFileOfZeroBytesSaysItHoldsNoText() throws IOException {
        JournalProblem p = problemOf(new byte[4096]);
        assertTrue(p.describe().contains("holds no text, only zero bytes"), p.describe());
        assertFalse(p.describe().contains("double quotes"), p.describe());
        assertFalse(p.describe().contains("(line "), "a place in a file of zeros says nothing: " + p.describe());
    }

    @Test
    void zeroBytesAmidTheTextSayItIsNotText() throws IOException {
        byte[] content = valid.clone();
        Arrays.fill(content, 40, 60, (byte) 0);
        JournalProblem p = problemOf(content);
        assertTrue(p.describe().contains("bytes that are not text"), p.describe());
    }

    @Test
    void malformedTextKeepsTheReadersOwnReason() throws IOException {
        JournalProblem p = problemOf("{'schemaVersion': 2, 'entries': []}".getBytes(StandardCharsets.UTF_8));
        assertEquals(JournalDamage.MALFORMED, p.damage());
        assertTrue(p.describe().contains("double quotes") && p.describe().contains("(line 1, column "), p.describe());
        JournalProblem missingBrace = problemOf("{\"schemaVersion\": 2, \"entries\": [}\n\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(JournalDamage.MALFORMED, missingBrace.damage(), missingBrace.describe());
    }

    @Test
    void anotherEncodingIsNamedAsSuch() throws IOException {
        byte[] utf16 = "{\"schemaVersion\": 2, \"entries\": []}".getBytes(StandardCharsets.UTF_16);
        JournalProblem p = problemOf(utf16);
        assertEquals(JournalDamage.ENCODING, p.damage());
        assertTrue(p.describe().contains("UTF-16"), p.describe());
    }

    @Test
    void theCommandLineAndImportSayTheSame() throws IOException {
        Path bad = dir.resolve("cut.json");
        Files.write(bad, Arrays.copyOf(valid, valid.length / 3));
        Path data = Files.createTempDirectory(dir, "import");
        try (JournalStore store = JournalStore.open(data)) {
            JournalException e = org.junit.jupiter.api.Assertions.assertThrows(JournalException.class, () -> store.importFrom(bad));
            assertTrue(e.getMessage().contains("the file ends too early"), e.getMessage());
        }
    }
}
