package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.journal.JournalStore;

/**
 * A JVM told to quit (SIGTERM at a logout, the first JVM of a {@code java -jar} start stopping the
 * window's, {@code System.exit}) lets the journal saves already asked for finish: with real processes,
 * a JVM asks for a run of saves and quits at once, and every entry is in the file afterwards, which
 * opens whole. Without the hook most of them were lost (the writer is a daemon thread).
 */
class SavesFinishAtExitTest {

    private static final int SAVES = 40;

    @TempDir
    Path dir;

    @Test
    void everySaveAskedForBeforeTheJvmQuitsIsInTheFile() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SavingThenQuitting.class.getName(), dir.toString(), "hook", String.valueOf(SAVES))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(Patience.SECONDS, TimeUnit.SECONDS), "the JVM quit");
        String said = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), said);
        assertTrue(said.contains("asked for " + SAVES + " saves"), said);

        JournalStore store = JournalStore.openReadOnly(dir);
        assertTrue(store.problem().isEmpty(), "the file opens whole: " + store.problem());
        List<String> ids = store.entries().stream().map(e -> e.id()).toList();
        assertEquals(SAVES, ids.size(), "every save asked for before the exit is in the file: " + ids);
    }
}
