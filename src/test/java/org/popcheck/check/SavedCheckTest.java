package org.popcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.exercise.Caution;
import org.popcheck.exercise.ExercisePlan;
import org.popcheck.exercise.PersonCondition;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;

/**
 * Trial 14: after a check with a hip replacement, a restart showed no plan of that check and the kneeling hip
 * flexor stretch without its caution. The latest saved check, read back from the journal file, gives the plan
 * and cautions it gave right after the check.
 */
class SavedCheckTest {

    private static final TriageEngine ENGINE = TriageEngine.standard();
    private static final String NUMBER = "112";
    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-02T10:00:00+01:00");

    @TempDir
    Path dataDir;

    private static JournalEntry saved(String id, OffsetDateTime at, Assessment a, Level level) {
        return new JournalEntry(id, at, null, null, null, null, List.of(), List.of(), "", false, List.of(), new SavedAssessment(a, level, List.of()));
    }

    private static Assessment hipReplacement() {
        return new Assessment(61, List.of(new BodySite(Region.HIP, Side.RIGHT)), Map.of("joint_replacement", Answer.YesNo.YES));
    }

    @Test
    void theLatestSavedCheckGivesThePlanAndCautionsItGaveRightAfterTheCheck() throws Exception {
        Assessment a = hipReplacement();
        TriageResult result = ENGINE.evaluate(a, NUMBER);
        ExercisePlan rightAfter = CheckComposer.standard().compose(a, result).plan();
        assertTrue(rightAfter.conditions().contains(PersonCondition.HIP_REPLACEMENT), "the check itself knows the hip replacement");
        try (JournalStore store = JournalStore.open(dataDir)) {
            store.add(saved("ankle", MONDAY.minusDays(3), new Assessment(30, List.of(new BodySite(Region.ANKLE, Side.LEFT)), Map.of()), Level.SELF_CARE));
            store.add(saved("hip", MONDAY, a, result.level()));
        }
        List<JournalEntry> afterRestart = JournalStore.readEntries(dataDir);
        ExercisePlan plan = SavedCheck.latest(afterRestart, ENGINE, CheckComposer.standard(), NUMBER).orElseThrow().check().plan();
        assertEquals(rightAfter.conditions(), plan.conditions());
        assertEquals(ids(rightAfter), ids(plan));
        assertEquals(rightAfter.items().stream().map(i -> i.cautions().stream().map(Caution::say).toList()).toList(),
                plan.items().stream().map(i -> i.cautions().stream().map(Caution::say).toList()).toList());
        assertEquals(rightAfter.leftOut().stream().map(l -> l.exercise().id()).toList(), plan.leftOut().stream().map(l -> l.exercise().id()).toList());
        assertTrue(plan.leftOut().stream().anyMatch(l -> l.exercise().id().equals("hip-flexor-stretch")
                && l.caution().condition() == PersonCondition.HIP_REPLACEMENT), "the kneeling stretch left out for the new hip: " + plan.leftOut());
    }

    @Test
    void onlyTheLatestCheckThePersonRanCountsAndItsSavedLevelIsNeverLowered() {
        Assessment hip = hipReplacement();
        Assessment back = new Assessment(61, List.of(new BodySite(Region.SPINE_LOWER, Side.CENTER)), Map.of("fever", Answer.YesNo.YES));
        List<JournalEntry> journal = List.of(
                saved("hip", MONDAY, hip, Level.CONSULTATION_24),
                new JournalEntry("net", MONDAY.plusHours(1), null, null, null, null, List.of(), List.of("fever"), "", false, List.of(),
                        SavedAssessment.ofSafetyNet(back, Level.CONSULTATION, List.of(), false)));
        SavedCheck latest = SavedCheck.latest(journal, ENGINE, CheckComposer.standard(), NUMBER).orElseThrow();
        assertEquals("hip", latest.entry().id(), "the safety net's check of a quick entry is not a plan");
        assertEquals(Level.CONSULTATION_24, latest.check().triage().level(), "the level told at the time stands");
        assertTrue(latest.check().plan().careFirst(), "so no exercises, as right after the check");
        assertTrue(SavedCheck.latest(List.of(), ENGINE, CheckComposer.standard(), NUMBER).isEmpty());
    }

    private static List<String> ids(ExercisePlan p) {
        return p.items().stream().map(i -> i.exercise().id()).toList();
    }
}
