package org.popcheck.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageEngine;

/**
 * In every place's same-day list, a sign of the body that alone sends the person to emergency care
 * there comes before every sign that alone gives only a routine visit or home care (trial 13: in a
 * back check the cauda equina signs stood 17th to 19th of 29, after night pain and swelling). The
 * order is the catalogue's (assets/assessment/facts.json); the person's own health keeps its place at
 * the end of the list.
 */
class GravestSignsFirstTest {

    private static final Set<Level> ROUTINE = Set.of(Level.CONSULTATION, Level.SELF_CARE);

    @Test
    void emergencySignsComeBeforeRoutineOnesInEverySameDayList() {
        FactCatalog catalog = FactCatalog.standard();
        TriageEngine engine = TriageEngine.standard();
        List<String> wrong = new ArrayList<>();
        List<Map<String, Answer>> starts = List.of(
                Map.of("injury", Answer.YesNo.NO, "pain", new Answer.Number(0)),
                Map.of("injury", Answer.YesNo.NO, "pain", new Answer.Number(3)),
                Map.of("injury", Answer.YesNo.YES, "injury_days_ago", new Answer.Number(2), "pain", new Answer.Number(3)));
        for (Region region : Region.values()) {
            BodySite site = region.allowedSides().contains(Side.LEFT) ? new BodySite(region, Side.LEFT) : BodySite.spine(region);
            for (Map<String, Answer> start : starts) {
                for (int age : new int[] {30, 70}) {
                    for (PlanScreen s : CheckPlanner.standard().screens(age, Set.of(region), start)) {
                        if (s.kind() != PlanScreen.Kind.LIST || s.tier() != SignTier.SAME_DAY) {
                            continue;
                        }
                        String routineSeen = null;
                        for (String id : s.facts()) {
                            if (!catalog.find(id).orElseThrow().group().equals("warning")) {
                                continue;
                            }
                            Map<String, Answer> facts = new HashMap<>(start);
                            facts.put(id, Answer.YesNo.YES);
                            Level alone = engine.level(new Assessment(age, List.of(site), facts));
                            if (ROUTINE.contains(alone) && routineSeen == null) {
                                routineSeen = id;
                            } else if (alone.isEmergency() && routineSeen != null) {
                                wrong.add(region.id() + ", age " + age + ", " + start + ": " + id + " (" + alone.id() + ") after " + routineSeen);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " emergency signs listed after a routine one:\n" + String.join("\n", wrong));
    }
}
