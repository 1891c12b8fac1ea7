package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/**
 * The review grid of docs/safety/hazard-log.md, run: every region x age band (baby, child, adult,
 * 65+) x way of starting (no injury, injury, high energy, fall from standing), with a moderate pain
 * and every other answer "no". Each cell must reach at least the level the log says guidance asks
 * for; a new rule that narrows a region, an age band or a way of starting fails here.
 */
class HazardGridTest {

    enum AgeBand {
        BABY(0), CHILD(7), ADULT(40), OLDER(80);

        final int age;

        AgeBand(int age) {
            this.age = age;
        }
    }

    enum Onset { NONE, INJURY, HIGH_ENERGY, FALL }

    private final TriageEngine engine = TriageEngine.standard();

    /** The least urgent level guidance accepts for a cell (hazard log, section "The review grid"). */
    static Level atLeast(Region region, AgeBand band, Onset onset) {
        if (onset == Onset.HIGH_ENERGY) {
            return region == Region.SPINE_NECK ? Level.EMERGENCY_AMBULANCE : Level.EMERGENCY; // H04
        }
        if (band == AgeBand.BABY) {
            return onset == Onset.NONE ? Level.CONSULTATION : Level.EMERGENCY; // H10, H05
        }
        if (onset == Onset.NONE) {
            return Level.CONSULTATION; // moderate pain for two weeks or more (H20)
        }
        if (band == AgeBand.OLDER) {
            return region == Region.HIP || region.isSpine() ? Level.EMERGENCY : Level.CONSULTATION_24; // H05 (the back: review 10, NICE NG41)
        }
        if (band == AgeBand.CHILD) {
            return Level.CONSULTATION; // growth plate (H05)
        }
        return region.isSpine() || region == Region.HIP ? Level.CONSULTATION : Level.SELF_CARE; // H05, H06
    }

    @Test
    void everyCellOfTheGridGetsAtLeastTheLevelGuidanceAsks() {
        List<String> gaps = gaps(engine::level);
        assertTrue(gaps.isEmpty(), "cells below the level guidance asks:\n" + String.join("\n", gaps));
    }

    @Test
    void theGridFindsAnEngineThatSendsEveryoneHome() {
        assertTrue(gaps(a -> Level.SELF_CARE).size() > 80, "the check itself must be able to fail");
    }

    static List<String> gaps(java.util.function.Function<Assessment, Level> levelOf) {
        List<String> gaps = new ArrayList<>();
        for (Region region : Region.values()) {
            for (AgeBand band : AgeBand.values()) {
                for (Onset onset : Onset.values()) {
                    Level level = levelOf.apply(cell(region, band, onset));
                    Level wanted = atLeast(region, band, onset);
                    if (level.compareTo(wanted) > 0) {
                        gaps.add(region.id() + " / " + band + " / " + onset + ": " + level + ", needs " + wanted);
                    }
                }
            }
        }
        return gaps;
    }

    private static Answer yesNo(boolean yes) {
        return yes ? Answer.YesNo.YES : Answer.YesNo.NO;
    }

    static Assessment cell(Region region, AgeBand band, Onset onset) {
        Map<String, Answer> facts = new LinkedHashMap<>();
        facts.put("pain", new Answer.Number(3));
        facts.put("duration_days", new Answer.Number(onset == Onset.NONE ? 20 : 1));
        facts.put("injury", yesNo(onset == Onset.INJURY));
        facts.put("major_trauma", yesNo(onset == Onset.HIGH_ENERGY));
        facts.put("fall_from_standing", yesNo(onset == Onset.FALL));
        if (onset != Onset.NONE) {
            facts.put("injury_days_ago", new Answer.Number(1));
        }
        return new Assessment(band.age, List.of(new BodySite(region, region.isSpine() ? Side.CENTER : Side.LEFT)), facts);
    }
}
