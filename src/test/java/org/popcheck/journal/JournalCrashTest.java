package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a writing process with SIGKILL at random moments: every acknowledged entry must survive. */
class JournalCrashTest {

    private static final Pattern ACK = Pattern.compile("ACK [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int ROUNDS = 30;

    @TempDir
    Path dir;

    @Test
    void afterEveryKillTheJournalLoadsAndHoldsEveryAcknowledgedEntry() throws Exception {
        Random random = new Random(20261121);
        Set<String> acknowledged = new HashSet<>();
        long started = System.nanoTime();
        int killedAfterSaves = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Set<String> acked = ConcurrentHashMap.newKeySet();
            CountDownLatch ready = new CountDownLatch(1);
            Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.equals("READY")) {
                            ready.countDown();
                        } else if (ACK.matcher(line).matches()) {
                            // a line cut off by the kill does not match, so it is never counted
                            acked.add(line.substring(4));
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the pipe closes when the child dies
                }
            });
            reader.start();
            assertTrue(ready.await(30, TimeUnit.SECONDS), "the child process started and opened the journal");
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            reader.join(5000);
            acknowledged.addAll(acked);
            killedAfterSaves += acked.isEmpty() ? 0 : 1;

            try (JournalStore store = JournalStore.open(dir)) {
                assertFalse(store.readOnly(), () -> "round journal opened read-only: " + store.problem().map(JournalProblem::describe).orElse(""));
                Set<String> onDisk = new HashSet<>();
                List<JournalEntry> entries = store.entries();
                entries.forEach(e -> onDisk.add(e.id()));
                assertEquals(entries.size(), onDisk.size(), "no entry is duplicated");
                for (String id : acknowledged) {
                    assertTrue(onDisk.contains(id), "acknowledged entry " + id + " survived the kill");
                }
            }
        }
        System.out.printf("crash test: %d rounds, %d acknowledged entries, %d kills during saving, %.1f s%n",
                ROUNDS, acknowledged.size(), killedAfterSaves, (System.nanoTime() - started) / 1e9);
        assertTrue(killedAfterSaves >= ROUNDS / 2, "most kills hit a process that was busy saving");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
