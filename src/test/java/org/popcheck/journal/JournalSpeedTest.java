package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/** A journal of ten years of entries works end to end; the timings are in bench/JournalBenchmark. */
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
}
