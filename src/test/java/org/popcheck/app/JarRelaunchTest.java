package org.popcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens to the start-up archive once the second JVM has quit. */
class JarRelaunchTest {

    @TempDir
    Path cache;

    private RelaunchPlan making() {
        return new RelaunchPlan(List.of("java"), cache.resolve("startup-0000abcd.jsa"), cache.resolve("startup-0000abcd.77.tmp"), false);
    }

    private RelaunchPlan using() {
        return new RelaunchPlan(List.of("java"), cache.resolve("startup-0000abcd.jsa"), null, true);
    }

    @Test
    void theSecondProcessRunsItsExitCodeIsPassedOnAndTheArchiveItMadeIsPutInPlace() {
        RelaunchPlan plan = making();
        RelaunchPlan madeIt = new RelaunchPlan(List.of("sh", "-c", "printf archive > '" + plan.archiveBeingMade() + "'"),
                plan.archive(), plan.archiveBeingMade(), false);

        assertEquals(0, JarRelaunch.run(madeIt).orElseThrow());
        assertTrue(Files.isRegularFile(plan.archive()));

        RelaunchPlan failing = new RelaunchPlan(List.of("sh", "-c", "exit 3"), plan.archive(), null, true);
        assertEquals(3, JarRelaunch.run(failing).orElseThrow());
        assertFalse(Files.exists(plan.archive()), "a failed run drops the archive it used");
    }

    @Test
    void aCacheFolderItMakesIsTheOwnersAlone() throws IOException {
        Path folder = cache.resolve("new").resolve("popcheck");
        RelaunchPlan plan = new RelaunchPlan(List.of("sh", "-c", "exit 0"), folder.resolve("startup-1.jsa"), null, false);

        assertEquals(0, JarRelaunch.run(plan).orElseThrow());

        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    /** The first bytes of a dynamic archive, then {@code size - 4} more. */
    private static byte[] archiveBytes(int size) {
        byte[] b = new byte[size];
        b[0] = (byte) 0xa8;
        b[1] = (byte) 0xab;
        b[2] = 0x0b;
        b[3] = (byte) 0xf0;
        return b;
    }

    @Test
    void anArchiveIsUsedOnlyWhileWholeAsItWasMade() throws IOException {
        RelaunchPlan plan = making();
        Files.write(plan.archiveBeingMade(), archiveBytes(4096));
        JarRelaunch.keepOrDropArchive(plan, 0);
        assertTrue(StartupArchive.isWhole(plan.archive()), "as made");

        byte[] truncated = java.util.Arrays.copyOf(Files.readAllBytes(plan.archive()), 1000);
        Files.write(plan.archive(), truncated);
        assertFalse(StartupArchive.isWhole(plan.archive()), "truncated: the JVM would crash on it");

        Files.write(plan.archive(), new byte[4096]);
        assertFalse(StartupArchive.isWhole(plan.archive()), "the right size but not an archive");

        Path planted = cache.resolve("startup-0000beef.jsa");
        Files.write(planted, archiveBytes(4096));
        assertFalse(StartupArchive.isWhole(planted), "no note of its size: not made by a normal quit");
        assertFalse(StartupArchive.isWhole(cache.resolve("startup-none.jsa")));
    }

    @Test
    void anArchiveThatIsNotWholeIsRemovedBeforeTheStartThatMakesItAgain() throws IOException {
        Path archive = cache.resolve("startup-0000abcd.jsa");
        Files.write(archive, archiveBytes(100));
        Files.writeString(StartupArchive.sizeNote(archive), "99999");
        RelaunchPlan plan = new RelaunchPlan(List.of("sh", "-c", "exit 0"), archive, null, false);

        JarRelaunch.run(plan);

        assertFalse(Files.exists(archive));
        assertFalse(Files.exists(StartupArchive.sizeNote(archive)));
    }

    @Test
    void aSecondJvmThatCrashesAtStartWithAnArchiveDropsItAndLeavesTheAppToStartHere() throws IOException {
        Path archive = cache.resolve("startup-0000abcd.jsa");
        Files.write(archive, archiveBytes(100));
        Files.writeString(StartupArchive.sizeNote(archive), "100");
        RelaunchPlan crashing = new RelaunchPlan(List.of("sh", "-c", "kill -BUS $$"), archive, null, true);

        assertTrue(JarRelaunch.run(crashing).isEmpty(), "started here instead");
        assertFalse(Files.exists(archive));

        RelaunchPlan crashingWithout = new RelaunchPlan(List.of("sh", "-c", "kill -BUS $$"), archive, null, false);
        assertEquals(128 + 7, JarRelaunch.run(crashingWithout).orElseThrow(), "no archive to blame: the exit code is passed on");
    }

    @Test
    void aCacheFolderIsWritableWhenItOrTheFolderItWouldBeMadeInIs() throws IOException {
        assertTrue(JarRelaunch.writable(cache));
        assertTrue(JarRelaunch.writable(cache.resolve("a").resolve("b")));
        Path locked = Files.createDirectory(cache.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            // root may write anywhere; everyone else is refused
            assertEquals(root, JarRelaunch.writable(locked.resolve("popcheck")));
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
        assertFalse(Files.exists(cache.resolve("a")), "asking makes nothing");
    }

    @Test
    void aSecondProcessThatCannotStartLeavesTheAppToStartHere() {
        RelaunchPlan plan = new RelaunchPlan(List.of(cache.resolve("no-such-java").toString()), cache.resolve("startup-1.jsa"), null, false);
        assertTrue(JarRelaunch.run(plan).isEmpty());
    }

    @Test
    void anArchiveMadeByANormalQuitIsPutInPlace() throws IOException {
        RelaunchPlan plan = making();
        Files.write(plan.archiveBeingMade(), new byte[] {1, 2, 3});

        JarRelaunch.keepOrDropArchive(plan, 0);

        assertTrue(Files.isRegularFile(plan.archive()));
        assertFalse(Files.exists(plan.archiveBeingMade()));
    }

    @Test
    void anArchiveLeftByAFailedOrStoppedRunIsNeverPutInPlace() throws IOException {
        for (int code : new int[] {1, 134, 137, 143}) {
            RelaunchPlan plan = making();
            Files.write(plan.archiveBeingMade(), new byte[] {1, 2, 3});

            JarRelaunch.keepOrDropArchive(plan, code);

            assertFalse(Files.exists(plan.archive()), "exit " + code);
            assertFalse(Files.exists(plan.archiveBeingMade()), "exit " + code);
        }
    }

    @Test
    void anEmptyOrMissingArchiveIsNotPutInPlace() throws IOException {
        RelaunchPlan plan = making();
        JarRelaunch.keepOrDropArchive(plan, 0);
        assertFalse(Files.exists(plan.archive()));

        Files.createFile(plan.archiveBeingMade());
        JarRelaunch.keepOrDropArchive(plan, 0);
        assertFalse(Files.exists(plan.archive()));
    }

    @Test
    void anArchiveInUseIsDroppedWhenTheJvmFailedButKeptWhenThePersonStoppedIt() throws IOException {
        RelaunchPlan plan = using();
        for (int code : new int[] {0, 129, 130, 137, 143}) {
            Files.write(plan.archive(), new byte[] {1});
            JarRelaunch.keepOrDropArchive(plan, code);
            assertTrue(Files.exists(plan.archive()), "exit " + code);
        }
        for (int code : new int[] {1, 134, 139}) {
            Files.write(plan.archive(), new byte[] {1});
            JarRelaunch.keepOrDropArchive(plan, code);
            assertFalse(Files.exists(plan.archive()), "exit " + code + ": a crash may be the archive's fault");
        }
    }

    @Test
    void anArchiveInUseIsMarkedAsUsedSoItOutlivesOlderOnes() throws IOException {
        RelaunchPlan plan = using();
        Files.write(plan.archive(), new byte[] {1});
        Files.setLastModifiedTime(plan.archive(), FileTime.fromMillis(1_000));

        JarRelaunch.keepOrDropArchive(plan, 0);

        assertTrue(Files.getLastModifiedTime(plan.archive()).toMillis() > System.currentTimeMillis() - TimeUnit.MINUTES.toMillis(1));
    }

    @Test
    void theArchiveInUseAndTheMostRecentOthersAreKeptOlderAndAbandonedOnesRemoved() throws IOException {
        RelaunchPlan plan = using();
        Files.write(plan.archive(), new byte[] {1});
        long now = System.currentTimeMillis();
        String[] others = {"startup-00000001.jsa", "startup-00000002.jsa", "startup-00000003.jsa", "startup-00000004.jsa"};
        for (int i = 0; i < others.length; i++) {
            Path p = Files.write(cache.resolve(others[i]), new byte[] {1});
            Files.setLastModifiedTime(p, FileTime.fromMillis(now - TimeUnit.DAYS.toMillis(i + 1)));
        }
        Path beingMadeNow = Files.write(cache.resolve("startup-00000009.555.tmp"), new byte[] {1});
        Path abandoned = Files.write(cache.resolve("startup-00000008.556.tmp"), new byte[] {1});
        Files.setLastModifiedTime(abandoned, FileTime.fromMillis(now - TimeUnit.HOURS.toMillis(2)));
        Path notOurs = Files.write(cache.resolve("notes.txt"), new byte[] {1});

        JarRelaunch.removeOtherArchives(cache, plan);

        Set<String> left;
        try (Stream<Path> files = Files.list(cache)) {
            left = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        Set<String> expected = new java.util.HashSet<>(List.of(others).subList(0, JarRelaunch.OTHERS_KEPT));
        expected.addAll(List.of(plan.archive().getFileName().toString(), beingMadeNow.getFileName().toString(),
                notOurs.getFileName().toString()));
        assertEquals(expected, left, "the most recently used others are kept");
        assertTrue(JarRelaunch.OTHERS_KEPT < others.length);
    }

    @Test
    void crashReportsOlderThanAMonthAreRemovedNewerOnesAndOtherFilesKept() throws IOException {
        long now = System.currentTimeMillis();
        Path recent = Files.write(cache.resolve(RelaunchPlan.CRASH_REPORT_PREFIX + "101.log"), new byte[] {1});
        Files.setLastModifiedTime(recent, FileTime.fromMillis(now - TimeUnit.DAYS.toMillis(JarRelaunch.CRASH_REPORTS_KEPT_DAYS - 1)));
        Path old = Files.write(cache.resolve(RelaunchPlan.CRASH_REPORT_PREFIX + "102.log"), new byte[] {1});
        Files.setLastModifiedTime(old, FileTime.fromMillis(now - TimeUnit.DAYS.toMillis(JarRelaunch.CRASH_REPORTS_KEPT_DAYS + 1)));
        Path oldButNotACrashReport = Files.write(cache.resolve("notes.txt"), new byte[] {1});
        Files.setLastModifiedTime(oldButNotACrashReport, FileTime.fromMillis(now - TimeUnit.DAYS.toMillis(400)));

        JarRelaunch.removeOldCrashReports(cache);

        assertTrue(Files.exists(recent), "a recent crash report is kept for a problem report");
        assertTrue(Files.notExists(old), "an old crash report is removed");
        assertTrue(Files.exists(oldButNotACrashReport));
    }
}
