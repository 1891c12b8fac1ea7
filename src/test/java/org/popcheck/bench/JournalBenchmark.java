package org.popcheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.ref.Reference;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalException;
import org.popcheck.journal.JournalStore;

/**
 * Journal load and save through the real store, against Gson alone on the same file in the same
 * run (issue 7's floor; target: at most 1.5 times).
 *
 * <ul>
 *   <li>load: {@code JournalStore.open} as the app does it (lock, read, check every field, sort,
 *       index) against {@code JsonParser.parseReader} building a tree of the same file;</li>
 *   <li>save: one {@code add()}, which rewrites the whole file to a temporary file, forces it to
 *       disk, keeps the old file as the backup and moves the new one over it, against
 *       {@code gson.toJson(tree)} of the same content (same indentation), in two variants:
 *       "plain" writes straight to a file with no fsync (the bare floor the issue names), "fair"
 *       does the same temporary file + fsync + atomic move + folder sync as the store, so the ratio
 *       shows the cost of our own code rather than of the disk.</li>
 * </ul>
 * Medians of several rounds after warm-up rounds, with a collection before each timed step so that
 * neither side pays for the other's garbage; nothing here asserts on time.
 */
@Tag("benchmark")
class JournalBenchmark {

    @TempDir
    Path tmp;

    @Test
    void loadAndSaveAgainstGsonAloneAtThreeSizes() throws Exception {
        // Warm-up rounds until each side has read about 100,000 entries, so that both are measured
        // compiled: five rounds at 1,000 entries left the JIT half done, and the ratio then
        // measured how far the compiler had got (2.4x in a fresh JVM) more than either reader.
        // More rounds at the small size, where a round takes a millisecond and the machine's noise
        // is as large as the difference measured.
        run(1_000, 100, 61);
        run(10_000, 10, 15);
        run(100_000, 2, 7);
    }

    @Test
    void memoryHeldWithOneHundredThousandEntriesOpen() throws Exception {
        Path dir = tmp.resolve("memory");
        List<JournalEntry> entries = BenchJournals.entries(100_000, 100_000);
        Path file = BenchJournals.write(dir, entries);
        entries = null; // only the store should hold entries while measuring
        long before = usedAfterGc();
        JournalStore store = JournalStore.open(dir);
        long after = usedAfterGc();
        assertEquals(100_000, store.size());
        Figures.print("journal.100000.file-size", Files.size(file) / 1e6, "MB");
        Figures.print("journal.100000.heap-held-by-open-store", (after - before) / 1e6, "MB");
        Figures.print("journal.100000.heap-per-entry", (after - before) / 100_000.0, "bytes");
        Reference.reachabilityFence(store);
        store.close();
    }

    private void run(int size, int warmUps, int rounds) throws IOException, JournalException {
        Path dir = tmp.resolve("j" + size);
        Path file = BenchJournals.write(dir, BenchJournals.entries(size, size));
        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        Path plainTarget = dir.resolve("gson-plain.json");
        Path fairTarget = dir.resolve("gson-fair.json");
        List<Double> load = new ArrayList<>();
        List<Double> gsonLoad = new ArrayList<>();
        List<Double> save = new ArrayList<>();
        List<Double> gsonPlain = new ArrayList<>();
        List<Double> gsonFair = new ArrayList<>();
        for (int round = 0; round < warmUps + rounds; round++) {
            boolean counted = round >= warmUps;
            // load, ours then Gson's, on the same file
            JournalStore[] opened = new JournalStore[1];
            settle();
            double ours = Figures.millis(() -> opened[0] = JournalStore.open(dir));
            JsonElement[] tree = new JsonElement[1];
            settle();
            double theirs = Figures.millis(() -> tree[0] = parse(file));
            assertEquals(size, opened[0].size());
            assertTrue(tree[0].getAsJsonObject().getAsJsonArray("entries").size() == size);
            // save: one entry added (the whole file rewritten), then taken out again untimed
            JournalEntry extra = BenchJournals.oneMore(round);
            settle();
            long t0 = System.nanoTime();
            opened[0].add(extra);
            double saved = (System.nanoTime() - t0) / 1e6;
            opened[0].delete(extra.id());
            opened[0].close();
            settle();
            double plain = Figures.millis(() -> writePlain(gson, tree[0], plainTarget));
            settle();
            double fair = Figures.millis(() -> writeFair(gson, tree[0], fairTarget));
            if (counted) {
                load.add(ours);
                gsonLoad.add(theirs);
                save.add(saved);
                gsonPlain.add(plain);
                gsonFair.add(fair);
            }
        }
        String n = "journal." + size;
        double l = Figures.median(load);
        double gl = Figures.median(gsonLoad);
        double s = Figures.median(save);
        double gp = Figures.median(gsonPlain);
        double gf = Figures.median(gsonFair);
        Figures.print(n + ".file-size", Files.size(file) / 1e6, "MB");
        Figures.print(n + ".load.store-open", l, "ms");
        Figures.print(n + ".load.gson-tree", gl, "ms");
        Figures.print(n + ".load.ratio (target <= 1.5)", l / gl, "x");
        Figures.print(n + ".save.store-add (fsync+atomic)", s, "ms");
        Figures.print(n + ".save.gson-plain (no fsync)", gp, "ms");
        Figures.print(n + ".save.gson-fair (fsync+atomic)", gf, "ms");
        Figures.print(n + ".save.ratio-vs-plain (target <= 1.5)", s / gp, "x");
        Figures.print(n + ".save.ratio-vs-fair", s / gf, "x");
    }

    private static JsonElement parse(Path file) {
        try (Reader r = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16)) {
            return JsonParser.parseReader(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same indentation as the journal file, so both write the same number of bytes. */
    private static void toJson(Gson gson, JsonElement tree, Writer w) throws IOException {
        JsonWriter jw = gson.newJsonWriter(w);
        jw.setIndent(" ");
        gson.toJson(tree, jw);
        jw.flush();
    }

    private static void writePlain(Gson gson, JsonElement tree, Path target) {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 16)) {
            toJson(gson, tree, w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the store's save does around the writing: temporary file, fsync, atomic move, folder sync. */
    private static void writeFair(Gson gson, JsonElement tree, Path target) {
        Path folder = target.getParent();
        try {
            Path temp = Files.createTempFile(folder, ".gson-", ".tmp");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8), 1 << 16)) {
                toJson(gson, tree, w);
                w.flush();
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel dirChannel = FileChannel.open(folder, StandardOpenOption.READ)) {
                dirChannel.force(true);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each side starts with the other's garbage collected, so neither pays for the other's leftovers. */
    private static void settle() {
        System.gc();
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
