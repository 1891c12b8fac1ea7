package org.popcheck.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageResult;

/** Journals for the summary tests: realistic, deterministic, any length. */
public final class SampleJournal {

    static final BodySite LEFT_ANKLE = new BodySite(Region.ANKLE, Side.LEFT);
    static final BodySite RIGHT_HIP = new BodySite(Region.HIP, Side.RIGHT);
    static final BodySite LOWER_BACK = BodySite.spine(Region.SPINE_LOWER);
    static final String REASON_TEXT = "Popping with swelling after a twist needs a clinician within a day";

    private SampleJournal() {}

    public static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(ZoneOffset.UTC);
    }

    /** Three entries a day for {@code days} days ending on {@code last}: morning pop, midday exercise, evening pop. */
    public static List<JournalEntry> threeADay(LocalDate last, int days) {
        List<JournalEntry> out = new ArrayList<>();
        LocalDate first = last.minusDays(days - 1L);
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            BodySite site = d % 3 == 0 ? RIGHT_HIP : LEFT_ANKLE;
            int pain = Math.max(0, 6 - d * 5 / Math.max(1, days) + (d % 4 == 0 ? 1 : 0));
            out.add(entry("m" + d, at(day, 8), site, pain, "click", "daily", List.of("walking"), List.of(),
                    d % 10 == 0 ? "Clicks on the stairs" : "", d % 10 == 0, List.of(), null));
            out.add(entry("x" + d, at(day, 13), null, null, null, null, List.of(), List.of(), "", false,
                    List.of(d % 2 == 0 ? new ExerciseDone("calf-raise", 3, 12, null, 1) : new ExerciseDone("ankle-circles", 2, null, 30, 0)), null));
            out.add(entry("e" + d, at(day, 20), d % 5 == 0 ? LOWER_BACK : site, Math.max(0, pain - 1), "crack", "sometimes",
                    List.of("getting_up"), d % 30 == 0 ? List.of("swelling") : List.of(), "", false, List.of(), null));
        }
        return out;
    }

    static JournalEntry entry(String id, OffsetDateTime at, BodySite site, Integer pain, String sound, String frequency,
            List<String> triggers, List<String> warnings, String notes, boolean flagged, List<ExerciseDone> exercises,
            SavedAssessment assessment) {
        return new JournalEntry(id, at, site, sound, frequency, pain, triggers, warnings, notes, flagged, exercises, assessment);
    }

    static Assessment assessment() {
        Map<String, Answer> facts = new LinkedHashMap<>();
        facts.put("injury", Answer.YesNo.YES);
        facts.put("swelling", Answer.YesNo.YES);
        facts.put("night_pain", Answer.YesNo.UNSURE);
        facts.put("fever", Answer.YesNo.NO);
        facts.put("locking", Answer.YesNo.NO);
        facts.put("giving_way", Answer.YesNo.NO);
        facts.put("unable_4_steps_now", Answer.YesNo.NO);
        facts.put("pain", new Answer.Number(5));
        return new Assessment(47, List.of(LEFT_ANKLE, RIGHT_HIP), facts);
    }

    /** An entry saved from the wizard at {@code at}. */
    public static JournalEntry savedCheck(OffsetDateTime at) {
        return savedCheck(at, Level.CONSULTATION_24);
    }

    static JournalEntry savedCheck(OffsetDateTime at, Level levelThen) {
        return entry("check-" + at.toLocalDate(), at, LEFT_ANKLE, 5, "pop", "daily", List.of("twisting"), List.of("swelling"),
                "Saved from the check", false, List.of(),
                new SavedAssessment(assessment(), levelThen, List.of("ankle_injury_swelling")));
    }

    static TriageResult triageResult(Assessment a) {
        Reason r = new Reason("ankle_injury_swelling", Level.CONSULTATION_24, LEFT_ANKLE, List.of("injury", "swelling"),
                REASON_TEXT, "Ottawa ankle rules");
        return new TriageResult(Level.CONSULTATION_24, List.of(r), "advice", List.of(), List.of());
    }

    static SummaryBuilder builder() {
        return new SummaryBuilder(SampleJournal::triageResult, FactCatalog.standard(), ExerciseCatalog.standard());
    }
}
