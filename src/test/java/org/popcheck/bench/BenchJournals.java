package org.popcheck.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalJson;
import org.popcheck.journal.JournalStore;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Level;

/**
 * Journals that look like years of real use: pops with sounds, triggers and pain, a note on about
 * one entry in four, an exercise session now and then, and a saved wizard run about every 200th
 * entry. Deterministic, so every run measures the same bytes.
 */
final class BenchJournals {

    private static final String[] SOUNDS = {"click", "pop", "crack", "snap", "grind"};
    private static final String[] FREQUENCIES = {"rarely", "sometimes", "daily", "every_step"};
    private static final String[] TRIGGERS = {"walking", "stretching", "massage", "exercise", "getting_up", "twisting", "other"};
    private static final String[] NOTES = {
        "Stairs again this morning, a bit stiff afterwards.",
        "Loud one when I stood up from the desk; no pain after a minute.",
        "After the long walk the ankle felt warm for an hour.",
        "Hip clicked on every step on the way to the bus.",
        "Felt fine today. Did the stretches before breakfast.",
        "Knee-high boots, lots of standing at work; the foot ached in the evening.",
    };
    private static final Region[] REGIONS = {Region.ANKLE, Region.FOOT, Region.HIP};

    private BenchJournals() {}

    /** {@code count} entries about 53 minutes apart, oldest first. */
    static List<JournalEntry> entries(int count, long seed) {
        Random random = new Random(seed);
        OffsetDateTime start = OffsetDateTime.of(2016, 1, 1, 7, 0, 0, 0, ZoneOffset.ofHours(1));
        List<JournalEntry> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            OffsetDateTime at = start.plusMinutes(i * 53L + random.nextInt(20));
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            if (random.nextInt(12) == 0) {
                out.add(new JournalEntry(id, at, null, null, null, null, List.of(), List.of(), "", false,
                        List.of(new ExerciseDone("calf-raise", 3, 12, null, random.nextInt(4)),
                                new ExerciseDone("ankle-circles", 2, null, 30, null)), null));
                continue;
            }
            Region region = REGIONS[random.nextInt(REGIONS.length)];
            BodySite site = new BodySite(region, random.nextBoolean() ? Side.LEFT : Side.RIGHT);
            List<String> triggers = random.nextInt(3) == 0
                    ? List.of(TRIGGERS[random.nextInt(TRIGGERS.length)], TRIGGERS[random.nextInt(TRIGGERS.length)]).stream().distinct().toList()
                    : List.of(TRIGGERS[random.nextInt(TRIGGERS.length)]);
            String notes = random.nextInt(4) == 0 ? NOTES[random.nextInt(NOTES.length)] : "";
            List<String> warnings = random.nextInt(50) == 0 ? List.of("swelling") : List.of();
            SavedAssessment saved = random.nextInt(200) == 0 ? saved(site, random) : null;
            out.add(new JournalEntry(id, at, site, SOUNDS[random.nextInt(SOUNDS.length)],
                    FREQUENCIES[random.nextInt(FREQUENCIES.length)], random.nextInt(11), triggers, warnings, notes,
                    random.nextInt(30) == 0, List.of(), saved));
        }
        return out;
    }

    /** Writes a journal file as the app does, in {@code dir}/journal.json. */
    static Path write(Path dir, List<JournalEntry> entries) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(JournalStore.FILE);
        try (Writer w = Files.newBufferedWriter(file)) {
            JournalJson.standard().write(entries, w);
        }
        return file;
    }

    /** One more entry, after all of {@link #entries} (now: the journal refuses times more than a day ahead). */
    static JournalEntry oneMore(int n) {
        return new JournalEntry("bench-extra-" + n, OffsetDateTime.now(ZoneOffset.UTC).withNano(0),
                new BodySite(Region.ANKLE, Side.LEFT), "pop", "sometimes", 3, List.of("walking"), List.of(),
                "added by the benchmark", false, List.of(), null);
    }

    private static SavedAssessment saved(BodySite site, Random random) {
        Map<String, Answer> facts = new LinkedHashMap<>();
        facts.put("injury", random.nextBoolean() ? Answer.YesNo.YES : Answer.YesNo.NO);
        facts.put("swelling", Answer.YesNo.NO);
        facts.put("night_pain", Answer.YesNo.UNSURE);
        facts.put("fever", Answer.YesNo.NO);
        facts.put("locking", Answer.YesNo.NO);
        facts.put("giving_way", Answer.YesNo.NO);
        facts.put("pain", new Answer.Number(random.nextInt(11)));
        return new SavedAssessment(new Assessment(20 + random.nextInt(60), List.of(site), facts), Level.SELF_CARE, List.of());
    }
}
