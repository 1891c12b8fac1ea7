package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.journal.FileSnapshot;
import org.popcheck.journal.JournalStore;

/** Issue 20 items 1 and 6: no output over the journal's own files, and none over a pipe or a device. */
class ProtectedOutputTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void seed() throws IOException {
        for (int i = 1; i <= 2; i++) {
            CliRun r = run("journal", "add", "--data-dir", data().toString(), "--region", "hip", "--side", "left", "--pain", String.valueOf(i));
            assertEquals(0, r.code(), r.err());
        }
        assertTrue(Files.exists(data().resolve(JournalStore.BACKUP)));
    }

    /** The same journal files by many spellings: names, dot segments, a link to them, a hard link, another case. */
    private List<Path> spellingsOfTheJournalsFiles() throws IOException {
        Path d = data();
        List<Path> out = new ArrayList<>(List.of(d.resolve(JournalStore.FILE), d.resolve(JournalStore.BACKUP), d.resolve(JournalStore.LOCK),
                d.resolve(".").resolve(JournalStore.FILE), d.resolve("..").resolve("data").resolve(JournalStore.FILE),
                d.resolve("JOURNAL.JSON"), d.resolve(".journal.json-1.tmp")));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path link = elsewhere.resolve("link-to-journal.csv");
        Files.createSymbolicLink(link, d.resolve(JournalStore.FILE));
        Path linkToBackup = elsewhere.resolve("link-to-backup.json");
        Files.createSymbolicLink(linkToBackup, d.resolve(JournalStore.BACKUP));
        Path hard = elsewhere.resolve("hard-link.csv");
        Files.createLink(hard, d.resolve(JournalStore.FILE));
        Path linkedFolder = dir.resolve("data-link");
        Files.createSymbolicLink(linkedFolder, d);
        out.addAll(List.of(link, linkToBackup, hard, linkedFolder.resolve(JournalStore.FILE), linkedFolder.resolve(JournalStore.LOCK)));
        return out;
    }

    @Test
    void exportsAndSummariesNeverWriteOverTheJournalItsBackupOrItsLockEvenWhileTheAppHoldsIt() throws IOException {
        seed();
        List<Path> targets = spellingsOfTheJournalsFiles();
        List<FileSnapshot> before = new ArrayList<>();
        for (String name : List.of(JournalStore.FILE, JournalStore.BACKUP, JournalStore.LOCK)) {
            before.add(FileSnapshot.of(data().resolve(name)));
        }
        try (JournalStore app = JournalStore.open(data())) {
            assertFalse(app.readOnly(), "the app holds the lock meanwhile");
            for (Path target : targets) {
                for (String[] args : List.of(
                        new String[] {"journal", "export", "--csv", target.toString(), "--data-dir", data().toString()},
                        new String[] {"journal", "export", "--json", target.toString(), "--data-dir", data().toString()},
                        new String[] {"summary", "--out", target.toString(), "--data-dir", data().toString()})) {
                    CliRun r = run(args);
                    assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
                    FileSnapshot.assertPlainLine(r.err());
                    assertTrue(r.err().contains("journal's own files"), r.err());
                }
            }
            for (FileSnapshot s : before) {
                s.assertUnchanged();
            }
            // The window's own export (the same store method) refuses as well.
            for (Path target : targets.subList(0, 3)) {
                org.junit.jupiter.api.Assertions.assertThrows(org.popcheck.journal.JournalException.class, () -> app.exportCsv(target));
            }
        }
        for (FileSnapshot s : before) {
            s.assertUnchanged();
        }
        assertEquals(2, JournalStore.readEntries(data()).size());
    }

    @Test
    void outputsThatArePipesOrDevicesAreRefusedAndStayWhatTheyWere() throws Exception {
        seed();
        Path pipe = dir.resolve("out.pipe");
        FileSnapshot.mkfifo(pipe);
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Path dangling = dir.resolve("dangling.csv");
        Files.createSymbolicLink(dangling, dir.resolve("missing").resolve("x.csv"));
        List<Path> targets = List.of(pipe, Path.of("/dev/null"), folder, dangling);
        assertTimeoutPreemptively(Patience.HANG, () -> {
            for (Path target : targets) {
                for (String[] args : List.of(
                        new String[] {"journal", "export", "--csv", target.toString(), "--data-dir", data().toString()},
                        new String[] {"journal", "export", "--json", target.toString(), "--data-dir", data().toString()},
                        new String[] {"summary", "--out", target.toString(), "--data-dir", data().toString()})) {
                    CliRun r = run(args);
                    assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
                    FileSnapshot.assertPlainLine(r.err());
                }
            }
        });
        assertFalse(Files.isRegularFile(pipe) || Files.isRegularFile(Path.of("/dev/null")), "still a pipe and a device");
        assertTrue(Files.exists(Path.of("/dev/null")));
        assertTrue(Files.isSymbolicLink(dangling) && !Files.exists(dangling));
    }

    @Test
    void anExportThroughALinkWritesTheFileItNamesAndKeepsTheLink() throws IOException {
        seed();
        Path real = dir.resolve("real.csv");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, real);
        CliRun r = run("journal", "export", "--csv", link.toString(), "--data-dir", data().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(3, Files.readAllLines(real).size(), "header and two rows in the file it names");
    }

    @Test
    void ordinaryOutputsBesideTheJournalAreStillWritten() throws IOException {
        seed();
        for (String name : List.of("export.csv", "journal-copy.json", "my journal.json")) {
            Path out = data().resolve(name);
            CliRun r = run("journal", "export", name.endsWith(".csv") ? "--csv" : "--json", out.toString(), "--data-dir", data().toString());
            assertEquals(0, r.code(), name + ": " + r.err());
            assertTrue(Files.size(out) > 0);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
    }
}
