package org.popcheck.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Starts the window in a second JVM with the options a jar cannot carry, when {@link RelaunchPlan}
 * finds it worth it, and waits for it: the person's {@code java -jar popcheck.jar} opens its first
 * screen in about half the time (docs/performance.md). The first JVM only waits, passes on the
 * exit code, and stops the second one when it is stopped itself; killed outright, it can do
 * nothing, so the second one watches it ({@link ParentWatch}) and closes its window then.
 *
 * <p>The first start after a new jar or JVM makes the archive as it quits (a second or two after
 * the window has closed, and some 20 MB in the cache folder); the archive is written under a
 * temporary name and renamed once complete, so a crash or a second copy never leaves a half-made
 * one in use; it is used only while whole ({@link StartupArchive}). A second JVM that crashes at
 * start while using an archive drops it, and the app starts in the first JVM. Archives of jars
 * since replaced are removed, but for the two most recently used (another JVM may use them).
 */
final class JarRelaunch {

    /** How long a stopped first JVM gives the second one to close the journal and quit. */
    private static final long STOP_GRACE_SECONDS = 10;
    /** An archive still being made by another copy is younger than this; older ones were left by a crash. */
    private static final long ABANDONED_AFTER_MILLIS = TimeUnit.HOURS.toMillis(1);
    /** Archives of other jars or JVMs kept besides the one in use. */
    static final int OTHERS_KEPT = 2;
    static final int CRASH_REPORTS_KEPT_DAYS = 30;
    /** Exit codes of a JVM stopped by the person (SIGHUP, SIGINT, SIGKILL, SIGTERM): not the archive's fault. */
    private static final Set<Integer> STOPPED_BY_SIGNAL = Set.of(128 + 1, 128 + 2, 128 + 9, 128 + 15);
    /** Exit codes of a JVM that crashed (SIGABRT after a crash report, SIGBUS, SIGFPE, SIGSEGV). */
    private static final Set<Integer> JVM_CRASHED = Set.of(128 + 6, 128 + 7, 128 + 8, 128 + 11);
    /** A crash this soon after the start is taken for a start that failed: the app then starts in the first JVM. */
    private static final long CRASH_AT_START_NANOS = TimeUnit.SECONDS.toNanos(30);

    private JarRelaunch() {}

    /**
     * Runs the app in a second JVM if that is worth it, and returns its exit code once it has
     * quit; empty when the app should start in this JVM (not worth it, or the second JVM could
     * not be started).
     *
     * @param mainMillis when this JVM ran {@code main}, epoch ms
     */
    static OptionalInt runIfWorthIt(long mainMillis) {
        Optional<RelaunchPlan> plan = plan(mainMillis);
        return plan.isPresent() ? run(plan.get()) : OptionalInt.empty();
    }

    /**
     * Starts {@code plan}'s command with this process's input and output, waits for it, then keeps
     * or drops the archive. Returns its exit code, or empty when it could not be started.
     */
    static OptionalInt run(RelaunchPlan plan) {
        Process second;
        long started = System.nanoTime();
        try {
            createOwnerOnly(plan.archive().getParent());
            if (!plan.usesArchive()) {
                StartupArchive.remove(plan.archive()); // not whole (or refused): made again by this start
            }
            second = new ProcessBuilder(plan.command()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // no cache folder, or no java to start: start here, only more slowly
        }
        Thread stopSecond = new Thread(() -> stop(second, plan), "popcheck-stop-second-jvm");
        Runtime.getRuntime().addShutdownHook(stopSecond);
        int code = waitFor(second);
        try {
            Runtime.getRuntime().removeShutdownHook(stopSecond);
        } catch (IllegalStateException shuttingDown) {
            // already shutting down: the hook runs and finds the second JVM gone
        }
        keepOrDropArchive(plan, code);
        removeOtherArchives(plan.archive().getParent(), plan);
        removeOldCrashReports(plan.archive().getParent());
        if (plan.usesArchive() && JVM_CRASHED.contains(code) && System.nanoTime() - started < CRASH_AT_START_NANOS) {
            return OptionalInt.empty(); // the archive (now dropped) may have been the cause: start here
        }
        return OptionalInt.of(code);
    }

    /**
     * The archive holds only the jar's and Java's classes, nothing of the person's; the folder is
     * still the owner's alone, like the data folder, so nobody else can put an archive there.
     */
    private static void createOwnerOnly(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static Optional<RelaunchPlan> plan(long mainMillis) {
        String switchValue = System.getProperty(RelaunchPlan.SWITCH);
        boolean relaunched = System.getProperty(RelaunchPlan.RELAUNCHED) != null;
        boolean startCacheNamed = System.getProperty(StartupPreload.START_CACHE) != null;
        if (RelaunchPlan.staysByProperties(switchValue, relaunched, startCacheNamed)) {
            return Optional.empty();
        }
        Path jar = runningJar();
        long size = 0;
        long modified = 0;
        if (jar != null) {
            try {
                BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
                size = a.size();
                modified = a.lastModifiedTime().toMillis();
            } catch (IOException e) {
                jar = null;
            }
        }
        ProcessHandle self = ProcessHandle.current();
        Path cache = CacheDirectory.resolve();
        List<String> arguments = self.info().arguments().map(List::of).orElse(List.of());
        return RelaunchPlan.of(new RelaunchPlan.Context(arguments, jar, size, modified,
                Path.of(System.getProperty("java.home")), System.getProperty("java.vm.version", ""),
                Runtime.version().feature(), System.getenv(), switchValue, relaunched, startCacheNamed,
                cache, StartupArchive::isWhole, writable(cache), self.pid(), mainMillis));
    }

    /**
     * True when archives can be written in {@code dir}: it is a folder this user may write in, or
     * the nearest folder above it that exists is (so it can be made). Makes nothing.
     */
    static boolean writable(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p != null && Files.isDirectory(p) && Files.isWritable(p);
    }

    /** The jar this class was loaded from, or {@code null} when it came from a folder. */
    private static Path runningJar() {
        try {
            CodeSource source = JarRelaunch.class.getProtectionDomain().getCodeSource();
            Path p = source == null ? null : Path.of(source.getLocation().toURI());
            return p != null && Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    static int waitFor(Process p) {
        while (true) {
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: this JVM must not quit while the window is open
            }
        }
    }

    private static void stop(Process second, RelaunchPlan plan) {
        if (second.isAlive()) {
            second.destroy(); // SIGTERM: the app closes its journal on the way out
            try {
                second.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
        if (plan.archiveBeingMade() != null) {
            try {
                Files.deleteIfExists(plan.archiveBeingMade()); // stopped, not quit: never put in place
            } catch (IOException ignored) {
                // removed by a later start
            }
        }
    }

    /**
     * After the second JVM quit: an archive it made is put in place only if it quit normally. An
     * archive it used is marked as used (so that it is kept, see below) if it quit normally or was
     * stopped by a signal, and dropped if it failed (it is made again next time): a damaged archive
     * must not keep the app from starting twice.
     */
    static void keepOrDropArchive(RelaunchPlan plan, int exitCode) {
        try {
            if (plan.archiveBeingMade() != null) {
                if (exitCode == 0) {
                    StartupArchive.keep(plan.archiveBeingMade(), plan.archive());
                } else {
                    Files.deleteIfExists(plan.archiveBeingMade());
                }
            } else if (!plan.usesArchive()) {
                return;
            } else if (exitCode == 0 || STOPPED_BY_SIGNAL.contains(exitCode)) {
                Files.setLastModifiedTime(plan.archive(), FileTime.fromMillis(System.currentTimeMillis()));
            } else {
                StartupArchive.remove(plan.archive());
            }
        } catch (IOException e) {
            // a cache: the next start makes it again
        }
    }

    /**
     * Keeps the archive in use and the {@value #OTHERS_KEPT} most recently used others (another
     * JVM the person also starts the jar with); removes older ones, of jars since replaced, and
     * ones a crashed copy left half made.
     */
    static void removeOtherArchives(Path dir, RelaunchPlan plan) {
        long now = System.currentTimeMillis();
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, RelaunchPlan.ARCHIVE_PREFIX + "*")) {
            for (Path f : files) {
                if (f.equals(plan.archive()) || !Files.isRegularFile(f)) {
                    continue;
                }
                String name = f.getFileName().toString();
                if (name.endsWith(RelaunchPlan.ARCHIVE_SUFFIX)) {
                    others.add(f);
                } else if (name.endsWith(RelaunchPlan.ARCHIVE_SUFFIX + StartupArchive.SIZE_SUFFIX)) {
                    Path of = f.resolveSibling(name.substring(0, name.length() - StartupArchive.SIZE_SUFFIX.length()));
                    if (!Files.exists(of)) {
                        Files.deleteIfExists(f); // a note whose archive is gone
                    }
                } else if (now - Files.getLastModifiedTime(f).toMillis() > ABANDONED_AFTER_MILLIS) {
                    Files.deleteIfExists(f); // half made by a copy that crashed or was killed
                }
            }
            others.sort(Comparator.comparing(JarRelaunch::lastModified).reversed());
            for (Path old : others.subList(Math.min(OTHERS_KEPT, others.size()), others.size())) {
                StartupArchive.remove(old);
            }
        } catch (IOException e) {
            // a cache: left for the next start
        }
    }

    /**
     * Removes the second JVM's crash reports older than {@value #CRASH_REPORTS_KEPT_DAYS} days: kept
     * that long for a problem report (README), they would otherwise pile up in the cache folder.
     */
    static void removeOldCrashReports(Path dir) {
        long oldest = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(CRASH_REPORTS_KEPT_DAYS);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, RelaunchPlan.CRASH_REPORT_PREFIX + "*.log")) {
            for (Path f : files) {
                if (Files.isRegularFile(f) && lastModified(f) < oldest) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            // a cache: left for the next start
        }
    }

    private static long lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException gone) {
            return 0;
        }
    }
}
