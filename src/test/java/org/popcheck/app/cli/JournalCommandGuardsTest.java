package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.journal.FileSnapshot;
import org.popcheck.journal.JournalStore;
import org.popcheck.journal.PlainText;

/** Issue 20 items 1, 6, 8, 9, 10 and issue 15 items 1 and 7, as the command line meets them. */
class JournalCommandGuardsTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path data() {
        return dir.resolve("data");
    }

    private Path journal() {
        return data().resolve(JournalStore.FILE);
    }

    private void addOne() {
        CliRun r = run("journal", "add", "--data-dir", data().toString(), "--region", "hip", "--side", "left", "--pain", "2");
        assertEquals(0, r.code(), r.err());
    }

    private static void assertOneRefusal(CliRun r, int code) {
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().startsWith("popcheck: "), r.err());
        FileSnapshot.assertPlainLine(r.err());
    }

    /** Characters a terminal obeys: window title, clear screen, clipboard (OSC 52), C1 CSI, DEL, bidi override. */
    private static final List<String> HOSTILE = List.of("\u001b]0;owned\u0007", "\u001b[2J\u001b[H", "\u001b]52;c;ZWNobyBoaQ==\u0007",
            "\u009b31m", "a\u007fb", "\u202Egnp.exe", "\u2066isolated\u2069", "line\u2028break");

    // ---------------------------------------------------------------- item 8: what reaches a terminal

    @Test
    void listShowsControlCharactersAndBidiOverridesEscapedInNotesAndIds() throws IOException {
        Files.createDirectories(data());
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String escapedNote = new com.google.gson.Gson().toJson(HOSTILE.get(i));
            String escapedId = new com.google.gson.Gson().toJson("id" + i + HOSTILE.get(i));
            entries.add("{\"id\": " + escapedId + ", \"at\": \"2026-03-0" + (i + 1) + "T10:00:00Z\", \"notes\": " + escapedNote + "}");
        }
        Files.writeString(journal(), "{\"schemaVersion\": 1, \"entries\": [" + String.join(", ", entries) + "]}");
        CliRun text = run("journal", "list", "--data-dir", data().toString());
        assertEquals(0, text.code(), text.err());
        for (char c : text.out().toCharArray()) {
            assertFalse(c != '\n' && PlainText.needsEscape(c), String.format("raw U+%04X in list output", (int) c));
        }
        assertTrue(text.out().contains("\\x1B]0;owned\\x07"), text.out());
        assertTrue(text.out().contains("\\u202Egnp.exe"), text.out());
        assertTrue(text.out().contains("\\x9B31m"), text.out());
        assertEquals(HOSTILE.size(), text.out().lines().count(), "one line per entry");

        CliRun json = run("journal", "list", "--json", "--data-dir", data().toString());
        assertEquals(0, json.code(), json.err());
        for (char c : json.out().toCharArray()) {
            assertFalse(c != '\n' && PlainText.needsEscape(c), String.format("raw U+%04X in JSON output", (int) c));
        }
        var parsed = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("entries");
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals(HOSTILE.get(i), parsed.get(i).getAsJsonObject().get("notes").getAsString(), "the JSON still means the same text");
        }
    }

    @Test
    void errorsQuoteUnknownKeysAndValuesEscapedAndShort() throws IOException {
        Files.createDirectories(data());
        String huge = "x".repeat(3_000_000);
        List<String> bad = new ArrayList<>();
        for (String h : HOSTILE) {
            bad.add("{\"schemaVersion\": 1, \"entries\": [], " + new com.google.gson.Gson().toJson(h) + ": 1}");
            bad.add("{\"schemaVersion\": 1, \"entries\": [{\"id\": \"a\", \"at\": \"2026-03-01T10:00:00Z\", \"sound\": "
                    + new com.google.gson.Gson().toJson(h) + "}]}");
        }
        bad.add("{\"schemaVersion\": 1, \"entries\": [{\"id\": \"a\", \"at\": \"2026-03-01T10:00:00Z\", \"sound\": \"" + huge + "\"}]}");
        bad.add("{\"schemaVersion\": 1, \"entries\": [], \"" + huge + "\": 1}");
        bad.add("{\"schemaVersion\": 1, \"entries\": [{\"id\": \"a\", \"at\": \"" + huge + "\"}]}");
        for (String text : bad) {
            Files.writeString(journal(), text);
            FileSnapshot before = FileSnapshot.of(journal());
            for (String command : List.of("list", "add")) {
                CliRun r = command.equals("list") ? run("journal", "list", "--data-dir", data().toString())
                        : run("journal", "add", "--data-dir", data().toString(), "--region", "hip", "--side", "left", "--pain", "1");
                assertOneRefusal(r, 2);
                assertTrue(r.err().length() < 600, "a short line, not the whole value: " + r.err().length());
            }
            before.assertUnchanged();
        }
    }

    @Test
    void argumentsEchoedInErrorsAreEscapedToo() {
        for (String h : HOSTILE) {
            assertOneRefusal(run("journal", "add", "--data-dir", data().toString(), "--region", h, "--pain", "1"), 2);
            assertOneRefusal(run("journal", "add", "--data-dir", data().toString(), "--region", "hip", "--side", "left",
                    "--pain", "1", "--sound", h), 2);
            assertOneRefusal(run("journal", "--" + h), 2);
            assertOneRefusal(run("journal", "import", dir.resolve(h).toString(), "--data-dir", data().toString()), 2);
        }
        assertOneRefusal(run("journal", "add", "--data-dir", data().toString(), "--region", "y".repeat(100_000), "--pain", "1"), 2);
    }

    // ---------------------------------------------------------------- item 10: exit codes whatever is thrown

    @Test
    void aLockHeldByAnotherCopyGivesExitThreeAfterAShortWait() throws IOException {
        addOne();
        FileSnapshot before = FileSnapshot.of(journal());
        try (JournalStore app = JournalStore.open(data())) {
            assertFalse(app.readOnly());
            long start = System.nanoTime();
            CliRun add = run("journal", "add", "--data-dir", data().toString(), "--region", "hip", "--side", "left", "--pain", "1");
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertOneRefusal(add, PopCheckCommand.EXIT_BUSY);
            assertTrue(waited >= 1500, "it waited a little first: " + waited + " ms");
            Path other = dir.resolve("other.json");
            Files.writeString(other, "{\"schemaVersion\": 1, \"entries\": []}");
            assertOneRefusal(run("journal", "import", other.toString(), "--data-dir", data().toString()), PopCheckCommand.EXIT_BUSY);
            assertEquals(0, run("journal", "list", "--data-dir", data().toString()).code(), "reading still works");
        }
        before.assertUnchanged();
        assertEquals(0, run("journal", "add", "--data-dir", data().toString(), "--region", "hip", "--side", "left", "--pain", "1").code(),
                "once the other copy is gone, a retry works");
    }

    @Test
    void whateverIsThrownEndsAsOneLineAndADocumentedCode() {
        List<Throwable> thrown = List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(),
                new IllegalStateException("Expected BEGIN_OBJECT but was STRING"), new NullPointerException(),
                new org.popcheck.journal.JournalBusyException("The journal is in use"),
                new org.popcheck.journal.JournalException("bad\nsecond line \u001b[2J"));
        List<Integer> codes = List.of(1, 1, 1, 1, 3, 2);
        for (int i = 0; i < thrown.size(); i++) {
            Throwable t = thrown.get(i);
            StringWriter text = new StringWriter();
            int code = PopCheckCommand.guarded(new PrintWriter(text, true), () -> {
                if (t instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) (t instanceof RuntimeException r ? r : new RuntimeException(t));
            });
            if (t instanceof org.popcheck.journal.JournalException) {
                code = PopCheckCommand.failed(new PrintWriter(text = new StringWriter(), true), t);
            }
            assertEquals(codes.get(i), code, t.toString());
            StringWriter wrapped = new StringWriter();
            int viaPicocli = PopCheckCommand.failed(new PrintWriter(wrapped, true),
                    new picocli.CommandLine.ExecutionException(new picocli.CommandLine(new PopCheckCommand()), "wrapped", t));
            assertEquals(codes.get(i), viaPicocli, "wrapped " + t);
            assertEquals(text.toString(), wrapped.toString());
            assertTrue(text.toString().startsWith("popcheck: "), text.toString());
            FileSnapshot.assertPlainLine(text.toString());
        }
    }

    @Test
    void aBrokenContentFileIsNamedWithItsRuleAndProblemNotCalledAnInternalError() {
        Throwable broken = new org.popcheck.triage.RuleFileException("rules.json, rule 'hot-swollen-joint': unknown region 'any'");
        for (Throwable t : List.of(broken, new ExceptionInInitializerError(broken), new IllegalStateException("loading", broken))) {
            StringWriter text = new StringWriter();
            int code = PopCheckCommand.failed(new PrintWriter(text, true), t);
            assertEquals(PopCheckCommand.EXIT_FAILED, code, t.toString());
            assertTrue(text.toString().contains("rule 'hot-swollen-joint': unknown region 'any'"), text.toString());
            assertTrue(!text.toString().contains("internal error"), text.toString());
            FileSnapshot.assertPlainLine(text.toString());
        }
    }

    @Test
    void runningOutOfMemoryOnALongJournalEndsWithOneLineAndExitOneAndTheJournalUnchanged() throws Exception {
        Files.createDirectories(data());
        StringBuilder text = new StringBuilder("{\"schemaVersion\": 1, \"entries\": [\n");
        for (int i = 0; i < 60_000; i++) {
            text.append(i == 0 ? "" : ",\n").append(String.format("{\"id\": \"id-%08d\", \"at\": \"2026-03-01T08:30:00+01:00\","
                    + " \"region\": \"ankle\", \"side\": \"left\", \"pain\": 3, \"notes\": \"%s\"}", i, "x".repeat(100)));
        }
        Files.writeString(journal(), text.append("]}"));
        FileSnapshot before = FileSnapshot.of(journal());
        for (String[] command : List.of(
                new String[] {"journal", "add", "--data-dir", data().toString(), "--region", "hip", "--side", "left", "--pain", "2"},
                new String[] {"journal", "list", "--data-dir", data().toString()})) {
            List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx12m", "-cp", System.getProperty("java.class.path"), "org.popcheck.app.Launcher"));
            line.addAll(List.of(command));
            Path err = dir.resolve("err.txt");
            Process child = new ProcessBuilder(line).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "finished");
            String message = Files.readString(err);
            assertEquals(PopCheckCommand.EXIT_FAILED, child.exitValue(), message);
            assertTrue(message.startsWith("popcheck: ") && message.contains("memory"), message);
            FileSnapshot.assertPlainLine(message);
        }
        before.assertUnchanged();
    }

    @Test
    void aDataFolderThatIsAFileOrAPipeJournalEndsWithExitTwoAndNoWait() throws Exception {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        for (String command : List.of("add", "list", "export", "import")) {
            CliRun r = switch (command) {
                case "add" -> run("journal", "add", "--data-dir", file.toString(), "--region", "hip", "--side", "left", "--pain", "1");
                case "list" -> run("journal", "list", "--data-dir", file.toString());
                case "export" -> run("journal", "export", "--csv", dir.resolve("x.csv").toString(), "--data-dir", file.toString());
                default -> run("journal", "import", file.toString(), "--data-dir", file.toString());
            };
            assertOneRefusal(r, 2);
            assertFalse(r.err().contains("FileAlreadyExists") || r.err().contains("Not a directory"), r.err());
        }
        assertEquals("x", Files.readString(file));
        Files.createDirectories(data());
        FileSnapshot.mkfifo(journal());
        assertTimeoutPreemptively(Patience.HANG, () -> {
            assertOneRefusal(run("journal", "list", "--data-dir", data().toString()), 2);
            assertOneRefusal(run("journal", "add", "--data-dir", data().toString(), "--region", "hip", "--side", "left", "--pain", "1"), 2);
            Path pipe = dir.resolve("import-pipe");
            FileSnapshot.mkfifo(pipe);
            Path other = dir.resolve("data2");
            assertOneRefusal(run("journal", "import", pipe.toString(), "--data-dir", other.toString()), 2);
        });
    }

    @Test
    void aLinkedJournalIsListedWithAWarningButNotChangedAndADanglingOneIsNamed() throws IOException {
        Path sync = dir.resolve("sync");
        CliRun seeded = run("journal", "add", "--data-dir", sync.toString(), "--region", "hip", "--side", "left", "--pain", "2");
        assertEquals(0, seeded.code(), seeded.err());
        Files.createDirectories(data());
        Files.createSymbolicLink(journal(), sync.resolve(JournalStore.FILE));
        FileSnapshot before = FileSnapshot.of(sync.resolve(JournalStore.FILE));
        CliRun list = run("journal", "list", "--data-dir", data().toString());
        assertEquals(0, list.code(), list.err());
        assertEquals(1, list.out().lines().count());
        assertTrue(list.err().contains("symbolic link"), list.err());
        FileSnapshot.assertPlainLine(list.err());
        assertOneRefusal(run("journal", "add", "--data-dir", data().toString(), "--region", "hip", "--side", "left", "--pain", "1"), 2);
        assertTrue(Files.isSymbolicLink(journal()));
        before.assertUnchanged();

        Files.delete(journal());
        Files.createSymbolicLink(journal(), dir.resolve("gone").resolve(JournalStore.FILE));
        CliRun dangling = run("journal", "list", "--data-dir", data().toString());
        assertOneRefusal(dangling, 2);
        assertTrue(dangling.err().contains("does not exist"), dangling.err());
        assertOneRefusal(run("journal", "add", "--data-dir", data().toString(), "--region", "hip", "--side", "left", "--pain", "1"), 2);
        assertFalse(Files.exists(dir.resolve("gone")));
    }

    // ---------------------------------------------------------------- issue 15 item 1 on the command line

    @Test
    void aNewerJournalIsListedButNeitherExportedNorImportedNorChanged() throws IOException {
        Files.createDirectories(data());
        String newer = "{\"schemaVersion\": 4, \"entries\": [{\"id\": \"a\", \"at\": \"2026-03-01T10:00:00Z\", \"pain\": 1},"
                + " {\"id\": \"b\", \"at\": \"2026-03-02T10:00:00Z\", \"sound\": \"rumble\"}], \"profile\": {\"name\": \"x\"}}";
        Files.writeString(journal(), newer);
        FileSnapshot before = FileSnapshot.of(journal());
        CliRun list = run("journal", "list", "--data-dir", data().toString());
        assertEquals(0, list.code());
        assertTrue(list.err().contains("newer version"), list.err());
        assertEquals(1, list.out().lines().count());
        assertOneRefusal(run("journal", "list", "--json", "--data-dir", data().toString()), 2);
        Path csv = dir.resolve("out.csv");
        CliRun export = run("journal", "export", "--csv", csv.toString(), "--data-dir", data().toString());
        assertOneRefusal(export, 2);
        assertTrue(export.err().contains("newer version"), export.err());
        assertFalse(Files.exists(csv));
        assertOneRefusal(run("journal", "add", "--data-dir", data().toString(), "--region", "hip", "--side", "left", "--pain", "1"), 2);
        Path other = dir.resolve("other");
        CliRun imported = run("journal", "import", journal().toString(), "--data-dir", other.toString());
        assertOneRefusal(imported, 2);
        assertTrue(imported.err().contains("newer version"), imported.err());
        before.assertUnchanged();
        try (var files = Files.list(data())) {
            assertEquals(List.of(JournalStore.FILE, JournalStore.LOCK), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no unreadable copy, no backup, no export beside it");
        }
    }
}
