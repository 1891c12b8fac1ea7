package org.popcheck.journal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.triage.Level;

/** Entries for tests. */
final class Entries {

    private Entries() {}

    static JournalEntry quick(Region region, Side side, int pain, OffsetDateTime at) {
        return new JournalEntry(UUID.randomUUID().toString(), at, new BodySite(region, side), "pop", "daily", pain,
                List.of("walking"), List.of(), "", false, List.of(), null);
    }

    static JournalEntry quick(int pain, String at) {
        return quick(Region.ANKLE, Side.LEFT, pain, OffsetDateTime.parse(at));
    }

    /** Every field filled, notes in several scripts and emoji, an odd offset. */
    static JournalEntry full(String id, String notes, OffsetDateTime at) {
        Assessment a = new Assessment(34, List.of(new BodySite(Region.HIP, Side.RIGHT), BodySite.spine(Region.SPINE_LOWER)),
                Map.of("injury", Answer.YesNo.UNSURE, "pain", new Answer.Number(6), "sound", new Answer.Choice("click"),
                        "trigger", new Answer.Choices(List.of("walking", "twisting")), "fever", Answer.YesNo.NO,
                        "duration_days", new Answer.Number(2)));
        return new JournalEntry(id, at, new BodySite(Region.HIP, Side.BOTH), "grind", "every_step", 7,
                List.of("getting_up", "twisting"), List.of("swelling", "night_pain"), notes, true,
                List.of(new ExerciseDone("calf-raise", 3, 12, null, 2), new ExerciseDone("plank", 2, null, 30, null)),
                new SavedAssessment(a, Level.CONSULTATION, List.of("hip-night-pain", "worsening")));
    }

    static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }

    static OffsetDateTime utc(int year, int month, int day, int hour) {
        return OffsetDateTime.of(year, month, day, hour, 0, 0, 0, ZoneOffset.UTC);
    }
}
