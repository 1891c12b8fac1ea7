package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 20 items 2, 11, 13 and issue 15 items 7, 8: one strictness for the journal and the assessment reader. */
class JournalStrictReadTest {

    @TempDir
    Path dir;

    private static final String A = "{\"id\": \"a\", \"at\": \"2026-03-01T08:00:00+01:00\", \"region\": \"ankle\", \"side\": \"left\", \"pain\": 3}";
    private static final String B = "{\"id\": \"b\", \"at\": \"2026-03-02T08:00:00+01:00\", \"region\": \"hip\", \"side\": \"right\", \"pain\": 5}";

    private static String journal(String... entries) {
        return "{\"schemaVersion\": 1, \"entries\": [" + String.join(", ", entries) + "]}";
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve(JournalStore.FILE);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Opens the store on a bad file and checks: unreadable, plain one-line message, file untouched, no save possible. */
    private JournalProblem refused(byte[] content) throws IOException {
        Path file = dir.resolve(JournalStore.FILE);
        Files.write(file, content);
        FileSnapshot before = FileSnapshot.of(file);
        try (JournalStore store = JournalStore.open(dir)) {
            assertTrue(store.readOnly());
            JournalProblem p = store.problem().orElseThrow();
            assertEquals(JournalProblem.Kind.UNREADABLE, p.kind(), p.describe());
            FileSnapshot.assertPlainLine(p.describe());
            assertThrows(JournalException.class, () -> store.add(Entries.quick(1, "2026-03-03T10:00:00Z")));
            before.assertUnchanged();
            return p;
        }
    }

    static Stream<Arguments> duplicateNames() {
        return Stream.of(
                Arguments.of("entries twice", "{\"schemaVersion\": 1, \"entries\": [" + A + "], \"entries\": [" + B + "]}"),
                Arguments.of("schemaVersion twice", "{\"schemaVersion\": 1, \"schemaVersion\": 1, \"entries\": []}"),
                Arguments.of("entries twice, sorted keys", "{\"entries\": [" + A + "], \"entries\": [], \"schemaVersion\": 1}"),
                Arguments.of("pain twice in an entry", journal(A.replace("\"pain\": 3", "\"pain\": 3, \"pain\": 9"))),
                Arguments.of("notes twice in an entry", journal(A.replace("}", ", \"notes\": \"x\", \"notes\": \"y\"}"))),
                Arguments.of("sets twice in an exercise", journal(A.replace("}",
                        ", \"exercises\": [{\"exercise\": \"plank\", \"sets\": 1, \"sets\": 2}]}"))),
                Arguments.of("level twice in a saved assessment", journal(A.replace("}", ", \"assessment\": {\"assessment\": "
                        + "{\"age\": 30, \"regions\": [{\"region\": \"ankle\", \"side\": \"left\"}], \"facts\": {}},"
                        + " \"level\": \"self_care\", \"level\": \"emergency\"}}"))),
                Arguments.of("age twice inside the assessment", journal(A.replace("}", ", \"assessment\": {\"assessment\": "
                        + "{\"age\": 30, \"age\": 80, \"regions\": [{\"region\": \"ankle\", \"side\": \"left\"}], \"facts\": {}},"
                        + " \"level\": \"self_care\"}}"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicateNames")
    void aNameGivenTwiceAnywhereMakesTheJournalUnreadableAndItIsKept(String name, String text) throws IOException {
        JournalProblem p = refused(text.getBytes(StandardCharsets.UTF_8));
        assertTrue(p.detail().contains("twice"), p.detail());
    }

    @Test
    void entriesGivenTwiceNeverReachTheBackup() throws IOException {
        // Before: the second list won, and two saves later the first was gone from the backup as well.
        String text = "{\"schemaVersion\": 1, \"entries\": [" + A + "], \"entries\": [" + B + "]}";
        write(text);
        for (int i = 0; i < 2; i++) {
            try (JournalStore store = JournalStore.open(dir)) {
                assertThrows(JournalException.class, () -> store.add(Entries.quick(1, "2026-03-03T10:00:00Z")));
            }
        }
        assertEquals(text, Files.readString(dir.resolve(JournalStore.FILE)));
        assertFalse(Files.exists(dir.resolve(JournalStore.BACKUP)));
    }

    @Test
    void anImportWithANameGivenTwiceAddsNothing() throws IOException {
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(Entries.quick(1, "2026-03-01T10:00:00Z"));
        }
        FileSnapshot before = FileSnapshot.of(dir.resolve(JournalStore.FILE));
        Path other = dir.resolve("other.json");
        for (Arguments args : duplicateNames().toList()) {
            Files.writeString(other, (String) args.get()[1]);
            try (JournalStore store = JournalStore.open(dir)) {
                JournalException e = assertThrows(JournalException.class, () -> store.importFrom(other), (String) args.get()[0]);
                assertTrue(e.getMessage().contains("twice"), e.getMessage());
                FileSnapshot.assertPlainLine(e.getMessage());
            }
            before.assertUnchanged();
        }
    }

    static Stream<Arguments> looseInput() {
        return Stream.of(
                Arguments.of("1e-400 as pain", journal(A.replace("\"pain\": 3", "\"pain\": 1e-400")), "whole number"),
                Arguments.of("2.5 as pain", journal(A.replace("\"pain\": 3", "\"pain\": 2.5")), "whole number"),
                Arguments.of("1e999999999 as pain", journal(A.replace("\"pain\": 3", "\"pain\": 1e999999999")), "between"),
                Arguments.of("1e-400 as sets", journal(A.replace("}", ", \"exercises\": [{\"exercise\": \"plank\", \"sets\": 1e-400}]}")),
                        "whole number"),
                Arguments.of("TRUE", journal(A.replace("}", ", \"for_clinician\": TRUE}")), "small letters"),
                Arguments.of("True", journal(A.replace("}", ", \"for_clinician\": True}")), "small letters"),
                Arguments.of("raw tab in a note", journal(A.replace("}", ", \"notes\": \"a\tb\"}")), "control character"),
                Arguments.of("raw NUL in a note", journal(A.replace("}", ", \"notes\": \"a\u0000b\"}")), "control character"),
                Arguments.of("raw escape in an id", journal(A.replace("\"a\"", "\"a\u001b[2J\"")), "control character"),
                Arguments.of("lone high surrogate", journal(A.replace("}", ", \"notes\": \"x\\ud83e y\"}")), "half of a character"),
                Arguments.of("lone low surrogate", journal(A.replace("}", ", \"notes\": \"\\udd76\"}")), "half of a character"),
                Arguments.of("comment", "// my journal\n" + journal(A), "not valid JSON"),
                Arguments.of("block comment", journal("/* x */" + A), "not valid JSON"),
                Arguments.of("single quotes", journal(A.replace("\"ankle\"", "'ankle'")), "not valid JSON"),
                Arguments.of("NaN", journal(A.replace("\"pain\": 3", "\"pain\": NaN")), "not valid JSON"),
                Arguments.of("escaped single quote", journal(A.replace("}", ", \"notes\": \"it\\'s\"}")), "escape"),
                Arguments.of("trailing text", journal(A) + " x", "not valid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looseInput")
    void whatTheAssessmentReaderRefusesTheJournalReaderRefusesInPlainWords(String name, String text, String words) throws IOException {
        JournalProblem p = refused(text.getBytes(StandardCharsets.UTF_8));
        assertTrue(p.detail().contains(words), p.detail());
        assertTrue(p.line() >= 1 && p.column() >= 1);
    }

    @Test
    void aNulByteNamesItsLineAndColumn() throws IOException {
        JournalProblem p = refused(("{\"schemaVersion\": 1,\n \"entries\": [\n  " + A.replace("\"a\"", "\"a\u0000\"") + "]}")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(3, p.line(), p.describe());
        assertTrue(p.detail().contains("control character"), p.detail());
    }

    @Test
    void wholeNumbersWrittenWithAFractionOrExponentAreRead() throws IOException {
        for (String pain : List.of("3", "3.0", "3e0", "30e-1", "0.3E1")) {
            write(journal(A.replace("\"pain\": 3", "\"pain\": " + pain)));
            assertEquals(3, JournalStore.readEntries(dir).get(0).pain(), pain);
        }
    }

    @Test
    void membersMayComeInAnyOrderAsJqSortsThem() throws IOException {
        String sortedEntry = "{\"at\": \"2026-03-01T08:00:00+01:00\", \"id\": \"a\", \"pain\": 3, \"region\": \"ankle\", \"side\": \"left\"}";
        List<String> files = List.of(
                "{\"entries\": [" + sortedEntry + "], \"schemaVersion\": 1}",
                "{\n  \"entries\": [\n    " + sortedEntry + ",\n    " + B + "\n  ],\n  \"schemaVersion\": 1\n}",
                "{\"schemaVersion\": 1, \"entries\": [" + sortedEntry + "]}",
                "\uFEFF{\"entries\": [" + sortedEntry + "], \"schemaVersion\": 1}");
        for (String text : files) {
            write(text);
            try (JournalStore store = JournalStore.open(dir)) {
                assertFalse(store.readOnly(), () -> text + ": " + store.problem().map(JournalProblem::describe).orElse(""));
                assertEquals("a", store.entries().get(0).id());
                assertEquals(3, store.entries().get(0).pain());
                store.add(Entries.quick(1, "2026-03-05T10:00:00Z")); // and it saves
            }
            assertTrue(Files.readString(dir.resolve(JournalStore.FILE)).contains("\"id\": \"a\""));
        }
    }

    @Test
    void sortedKeysDoNotLetAnUnknownFieldOrABadEntryThrough() throws IOException {
        JournalProblem unknown = refused(("{\"entries\": [" + A + "], \"extra\": 1, \"schemaVersion\": 1}").getBytes(StandardCharsets.UTF_8));
        assertTrue(unknown.detail().contains("unknown field \"extra\""), unknown.detail());
        JournalProblem bad = refused(("{\"entries\": [\n" + A.replace("\"pain\": 3", "\"pain\": 11") + "\n], \"schemaVersion\": 1}")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(2, bad.line(), bad.describe());
        assertTrue(bad.detail().contains("between 0 and 10"), bad.detail());
    }

    static Stream<Arguments> notUtf8() {
        byte[] utf16le = ("\uFEFF" + journal(A)).getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16be = journal(A).getBytes(StandardCharsets.UTF_16); // with its byte order mark
        byte[] utf16noMark = journal(A).getBytes(StandardCharsets.UTF_16LE);
        byte[] latin1 = ("{\"schemaVersion\": 1,\n \"entries\": [\n" + A.replace("}", ", \"notes\": \"Kn\u00f6chel\"}") + "]}")
                .getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("UTF-16LE with mark", utf16le, "UTF-16", 1),
                Arguments.of("UTF-16BE with mark", utf16be, "UTF-16", 1),
                Arguments.of("UTF-16LE without mark", utf16noMark, "UTF-16", 1),
                Arguments.of("Latin-1 on line 3", latin1, "not UTF-8", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notUtf8")
    void aFileInAnotherEncodingIsNamedAndPlaced(String name, byte[] content, String words, int line) throws IOException {
        JournalProblem p = refused(content);
        assertTrue(p.detail().contains(words), p.detail());
        assertEquals(line, p.line(), p.describe());
    }

    @Test
    void gsonMessagesAreNeverShownAsTheyAre() {
        for (String raw : List.of("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON at line 1 column 2 path $",
                "Expected BEGIN_OBJECT but was STRING at line 1 column 1 path $", "java.lang.NumberFormatException: x",
                "something new in a later Gson")) {
            String plain = JournalJson.plain(raw);
            FileSnapshot.assertPlainLine(plain);
            assertFalse(plain.contains("line 1"), plain);
        }
    }
}
