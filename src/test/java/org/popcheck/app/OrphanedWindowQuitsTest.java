package org.popcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.journal.JournalStore;

/**
 * A first JVM killed outright (SIGKILL: {@code kill -9}, an IDE's stop, the out-of-memory killer)
 * runs no shutdown hook, so it cannot stop the window's JVM it started; that JVM stayed open with
 * nobody waiting for it. With real processes, started as {@code java -jar} starts them: once the
 * window is up and its journal open, the first JVM is killed, and the second quits within seconds,
 * with no error and no half-written file left in the data folder.
 */
class OrphanedWindowQuitsTest {

    /** The watch looks again about every 0.3 s early on; the rest is closing the window and the JVM. */
    private static final long QUITS_WITHIN_SECONDS = 10;

    @TempDir
    Path dir;

    @Test
    void theWindowsJvmQuitsWhenTheFirstJvmIsKilled() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path output = dir.resolve("output.txt");
        ProcessBuilder first = new ProcessBuilder(javaCommand(pathingJar(), dir.resolve("cache")))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        first.environment().put(DataDirectory.ENV, data.toString());
        first.environment().put(CacheDirectory.ENV, dir.resolve("cache").toString());
        Process parent = first.start();
        ProcessHandle window = null;
        try {
            window = theWindowOnceItsJournalIsOpen(parent, data, output);

            parent.destroyForcibly();
            assertTrue(parent.waitFor(Patience.SECONDS, TimeUnit.SECONDS), "the first JVM was killed");

            boolean quit = window.onExit().completeOnTimeout(null, QUITS_WITHIN_SECONDS, TimeUnit.SECONDS).join() != null;
            assertTrue(quit, "the window's JVM still runs " + QUITS_WITHIN_SECONDS + " s after the first JVM was killed");
            String said = Files.readString(output, StandardCharsets.UTF_8);
            assertFalse(said.contains("Exception"), said);
            try (Stream<Path> files = Files.list(data)) {
                assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
                        "no half-written file is left");
            }
        } finally {
            parent.destroyForcibly();
            if (window != null) {
                window.destroyForcibly();
            }
        }
    }

    /** The second JVM, once its window is shown: the journal opens (and takes its lock) after the first frame. */
    private static ProcessHandle theWindowOnceItsJournalIsOpen(Process parent, Path data, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Patience.SECONDS);
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> children = parent.children().toList();
            if (!children.isEmpty() && Files.exists(data.resolve(JournalStore.LOCK))) {
                Thread.sleep(500); // the watch begins in the same step as the journal's loading
                return children.get(0);
            }
            assertTrue(parent.isAlive(), () -> "the first JVM quit: " + read(output));
            Thread.sleep(100);
        }
        throw new AssertionError("the window did not open its journal: " + read(output));
    }

    private List<String> javaCommand(Path jar, Path cache) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", jar.toString(), RelaunchingParent.class.getName(), jar.toString(), cache.toString()));
        // The second JVM's window, headless as in the other screen tests.
        command.addAll(List.of("-Dtestfx.headless=true", "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.text=t2k", "-Djava.awt.headless=true"));
        return command;
    }

    /** A jar that holds nothing but this test's class path, for a command line as short as {@code java -jar}'s. */
    private Path pathingJar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
        Path jar = dir.resolve("classpath.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
        return jar;
    }

    private static String read(Path output) {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
