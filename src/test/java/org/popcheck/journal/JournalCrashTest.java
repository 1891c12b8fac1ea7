package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL at moments chosen by its own progress: every acknowledged
 * entry must survive, and the journal must load.
 *
 * <p>Why progress, not the clock: a kill after a fixed random sleep hit a process that had saved
 * nothing yet whenever the machine was busy, so a "most kills hit a saving process" count failed on
 * a loaded machine although no data was ever lost. Here each round waits until the child has
 * acknowledged a random number of saves (1 to {@value #MOST_SAVES_BEFORE_KILL}), then waits a random
 * fraction of the child's own last save interval, so the kill lands at a random point of a save in
 * progress on a fast or a slow machine alike. Time limits remain only as hang detectors.
 */
class JournalCrashTest {

    private static final Pattern ACK = Pattern.compile("ACK [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int ROUNDS = 30;
    private static final int MOST_SAVES_BEFORE_KILL = 6;
    /** Only a hang detector ({@link org.popcheck.Patience}): a child that makes no progress for this long has stopped. */
    private static final long HANG_SECONDS = org.popcheck.Patience.SECONDS;

    @TempDir
    Path dir;

    @Test
    void afterEveryKillTheJournalLoadsAndHoldsEveryAcknowledgedEntry() throws Exception {
        Random random = new Random(20261121);
        Set<String> acknowledged = new HashSet<>();
        long started = System.nanoTime();
        int killsDuringSaving = 0;
        int killsBetweenWriteAndAck = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Child child = Child.start(dir);
            int savesBeforeKill = 1 + random.nextInt(MOST_SAVES_BEFORE_KILL);
            long interval = child.awaitSaves(savesBeforeKill);
            // anywhere within the next save, however long a save takes on this machine
            LockSupport.parkNanos((long) (random.nextDouble() * interval));
            assertTrue(child.process.isAlive(), "round " + round + ": the child was still saving when it was killed");
            child.process.destroyForcibly(); // SIGKILL on Linux and macOS
            assertTrue(child.process.waitFor(HANG_SECONDS, TimeUnit.SECONDS), "the killed child ended");
            child.reader.join(TimeUnit.SECONDS.toMillis(HANG_SECONDS));
            Set<String> acked = child.acked();
            assertTrue(acked.size() >= savesBeforeKill, "the kill came after " + savesBeforeKill + " acknowledged saves");
            acknowledged.addAll(acked);
            killsDuringSaving++; // asserted above: alive, and after at least one acknowledged save

            try (JournalStore store = JournalStore.open(dir)) {
                assertFalse(store.readOnly(), () -> "round journal opened read-only: " + store.problem().map(JournalProblem::describe).orElse(""));
                Set<String> onDisk = new HashSet<>();
                List<JournalEntry> entries = store.entries();
                entries.forEach(e -> onDisk.add(e.id()));
                assertEquals(entries.size(), onDisk.size(), "no entry is duplicated");
                for (String id : acknowledged) {
                    assertTrue(onDisk.contains(id), "acknowledged entry " + id + " survived the kill");
                }
                // a save that reached the disk but whose acknowledgement the kill cut off: the kill
                // landed late in a save; reported so a run shows where the kills fell, not required
                onDisk.removeAll(acknowledged);
                killsBetweenWriteAndAck += onDisk.isEmpty() ? 0 : 1;
                acknowledged.addAll(onDisk);
            }
        }
        System.out.printf("crash test: %d rounds, %d acknowledged entries, %d kills during saving"
                        + " (%d after a write reached the disk and before its acknowledgement), %.1f s%n",
                ROUNDS, acknowledged.size(), killsDuringSaving, killsBetweenWriteAndAck, (System.nanoTime() - started) / 1e9);
    }

    /** One child process ({@link CrashChild}) and the thread that reads its acknowledgements. */
    private static final class Child {
        final Process process;
        final Thread reader;
        private final CountDownLatch ready = new CountDownLatch(1);
        private final List<String> ids = new ArrayList<>();
        private final List<Long> ackTimes = new ArrayList<>();
        private long readyTime;

        private Child(Process process) {
            this.process = process;
            this.reader = new Thread(this::read);
        }

        static Child start(Path dir) throws java.io.IOException {
            Process p = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Child child = new Child(p);
            child.reader.start();
            return child;
        }

        private void read() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    long now = System.nanoTime();
                    synchronized (this) {
                        if (line.equals("READY")) {
                            readyTime = now;
                            ready.countDown();
                        } else if (ACK.matcher(line).matches()) {
                            // a line cut off by the kill does not match, so it is never counted
                            ids.add(line.substring(4));
                            ackTimes.add(now);
                        }
                        notifyAll();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the pipe closes when the child dies
            }
        }

        /**
         * Waits until the child has acknowledged {@code count} saves; returns the length of the last
         * save (nanoseconds between the last two signals). Fails only if the child stops making progress.
         */
        long awaitSaves(int count) throws InterruptedException {
            assertTrue(ready.await(HANG_SECONDS, TimeUnit.SECONDS), "the child process started and opened the journal");
            return awaitAcknowledged(count);
        }

        private synchronized long awaitAcknowledged(int count) throws InterruptedException {
            long lastProgress = System.nanoTime();
            int seen = ids.size();
            while (ids.size() < count) {
                assertTrue(process.isAlive() || ids.size() > seen, "the child process is still running");
                if (ids.size() > seen) {
                    seen = ids.size();
                    lastProgress = System.nanoTime();
                }
                assertTrue(System.nanoTime() - lastProgress < TimeUnit.SECONDS.toNanos(HANG_SECONDS),
                        "the child acknowledged a save within " + HANG_SECONDS + " s of the one before");
                wait(1000);
            }
            long previous = count == 1 ? readyTime : ackTimes.get(count - 2);
            return Math.max(0, ackTimes.get(count - 1) - previous);
        }

        synchronized Set<String> acked() {
            return new HashSet<>(ids);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
