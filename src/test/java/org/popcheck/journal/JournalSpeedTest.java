package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

class JournalSpeedTest {

    @TempDir
    Path dir;

    /** About ten years of several entries a day. */
    static List<JournalEntry> years(int count) {
        Random random = new Random(1);
        List<JournalEntry> out = new ArrayList<>(count);
        OffsetDateTime start = OffsetDateTime.of(2016, 1, 1, 7, 0, 0, 0, ZoneOffset.ofHours(1));
        Region[] regions = {Region.ANKLE, Region.FOOT, Region.HIP};
        String[] sounds = {"click", "pop", "crack", "snap", "grind"};
        for (int i = 0; i < count; i++) {
            Region r = regions[random.nextInt(regions.length)];
            out.add(new JournalEntry(new UUID(random.nextLong(), random.nextLong()).toString(), start.plusMinutes(i * 53L),
                    new BodySite(r, random.nextBoolean() ? Side.LEFT : Side.RIGHT), sounds[random.nextInt(5)], "daily",
                    random.nextInt(11), List.of("walking"), List.of(), random.nextInt(4) == 0 ? "stairs again, a bit stiff" : "",
                    false, List.of(), null));
        }
        return out;
    }

    @Test
    void aJournalOfOneHundredThousandEntriesSavesAndLoads() throws IOException {
        Path file = dir.resolve(JournalStore.FILE);
        try (Writer w = Files.newBufferedWriter(file)) {
            JournalJson.standard().write(years(100_000), w);
        }
        double[] lastProgress = {0};
        try (JournalStore store = JournalStore.open(dir, p -> lastProgress[0] = p)) {
            assertEquals(100_000, store.size());
            assertEquals(1.0, lastProgress[0]);
            store.add(Entries.quick(3, "2026-03-01T10:00:00Z"));
        }
        assertEquals(100_001, JournalStore.readEntries(dir).size());
    }

    /** Issue 7's target: load and save at most 1.5 times plain Gson on the same file. */
    @Test
    @Tag("benchmark")
    void loadingAndSavingTakeAtMostOneAndAHalfTimesPlainGson() throws IOException {
        List<JournalEntry> entries = years(100_000);
        JournalJson json = JournalJson.standard();
        Path file = dir.resolve("bench.json");
        Path plain = dir.resolve("plain.json");
        try (Writer w = Files.newBufferedWriter(file)) {
            json.write(entries, w);
        }
        Gson gson = new Gson();
        JsonElement tree = JsonParser.parseString(Files.readString(file));
        long oursRead = Long.MAX_VALUE;
        long gsonRead = Long.MAX_VALUE;
        long oursWrite = Long.MAX_VALUE;
        long gsonWrite = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            long t = System.nanoTime();
            try (Reader r = new BufferedReader(Files.newBufferedReader(file), 1 << 16)) {
                assertEquals(100_000, json.read(r).entries().size());
            }
            oursRead = Math.min(oursRead, System.nanoTime() - t);
            t = System.nanoTime();
            try (Reader r = new BufferedReader(Files.newBufferedReader(file), 1 << 16)) {
                JsonElement e = JsonParser.parseReader(r);
                assertTrue(e.isJsonObject());
            }
            gsonRead = Math.min(gsonRead, System.nanoTime() - t);
            t = System.nanoTime();
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
                json.write(entries, w);
            }
            oursWrite = Math.min(oursWrite, System.nanoTime() - t);
            t = System.nanoTime();
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(plain, StandardCharsets.UTF_8), 1 << 16)) {
                gson.toJson(tree, w);
            }
            gsonWrite = Math.min(gsonWrite, System.nanoTime() - t);
        }
        System.out.printf("100,000 entries (%.1f MB): load %d ms vs plain Gson %d ms (%.2fx); save %d ms vs %d ms (%.2fx)%n",
                Files.size(file) / 1e6, oursRead / 1_000_000, gsonRead / 1_000_000, (double) oursRead / gsonRead,
                oursWrite / 1_000_000, gsonWrite / 1_000_000, (double) oursWrite / gsonWrite);
        assertTrue(oursRead <= gsonRead * 1.5, "load within 1.5x of plain Gson");
        assertTrue(oursWrite <= gsonWrite * 1.5, "save within 1.5x of plain Gson");
        assertTrue(new StringWriter().toString().isEmpty());
    }
}
