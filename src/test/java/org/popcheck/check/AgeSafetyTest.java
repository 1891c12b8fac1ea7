package org.popcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.Suspicion;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;

/**
 * Review 13 (trial findings H2, M2, M3), by kind, for every place and every age of the band: young
 * children get at least a visit and no exercises; back or neck pain under five at least 24 hours; a
 * painful limp at 8 to 16 the same level whichever leg place was picked; a fall at 65 and over at
 * least a visit even without pain; and the words of a sprain's care only when the injury hurts.
 */
class AgeSafetyTest {

    private final TriageEngine engine = TriageEngine.standard();
    private final CheckComposer composer = CheckComposer.standard();

    private static BodySite site(Region r) {
        return new BodySite(r, r.name().startsWith("SPINE") ? Side.CENTER : Side.LEFT);
    }

    private static Assessment at(int age, Region region, Object... factsAndAnswers) {
        Map<String, Answer> facts = new HashMap<>();
        for (int i = 0; i < factsAndAnswers.length; i += 2) {
            facts.put((String) factsAndAnswers[i], (Answer) factsAndAnswers[i + 1]);
        }
        return new Assessment(age, List.of(site(region)), facts);
    }

    private static Answer.Number n(int v) {
        return new Answer.Number(v);
    }

    private static final Answer YES = Answer.YesNo.YES;

    @Test
    void underFiveAnyComplaintAnywhereGetsAVisitWithAReasonAndNoExercises() {
        for (int age = 0; age <= 4; age++) {
            for (Region region : Region.values()) {
                for (int pain : new int[] {0, 2}) {
                    Assessment a = at(age, region, "sound", new Answer.Choice("click"), "pain", n(pain));
                    TriageResult r = engine.evaluate(a, "112");
                    String what = "age " + age + ", " + region + ", pain " + pain + ": " + r.level();
                    assertFalse(Level.CONSULTATION.isMoreUrgentThan(r.level()), what);
                    assertTrue(r.reasons().stream().anyMatch(x -> x.rule().equals("young-child-any-complaint")), what);
                    CheckResult check = composer.compose(a, r);
                    assertTrue(check.plan().items().isEmpty(), what + " offers " + check.plan().ids());
                    assertTrue(check.plan().withheldFor().contains(Suspicion.YOUNG_CHILD)
                            || !r.level().allowsExercises(), what + " says no why: " + check.plan().withheldFor());
                    assertFalse(r.advice().contains("try the exercises"), what + ": " + r.advice());
                }
            }
        }
    }

    @Test
    void fromFiveAPainlessClickIsStillHomeCare() {
        for (Region region : Region.values()) {
            TriageResult r = engine.evaluate(at(5, region, "sound", new Answer.Choice("click"), "pain", n(0)), "112");
            assertEquals(Level.SELF_CARE, r.level(), region + " " + r.reasons());
        }
    }

    @Test
    void backOrNeckPainUnderFiveIsSeenWithin24HoursInEveryPartOfTheSpine() {
        for (int age = 0; age <= 4; age++) {
            for (Region region : List.of(Region.SPINE_NECK, Region.SPINE_UPPER, Region.SPINE_LOWER)) {
                Level level = engine.level(at(age, region, "pain", n(1)));
                assertFalse(Level.CONSULTATION_24.isMoreUrgentThan(level), "age " + age + ", " + region + ": " + level);
            }
        }
    }

    @Test
    void aPainfulLimpInAChildGetsTheSameLevelThroughAnkleFootOrHip() {
        for (int age = 0; age <= 20; age++) {
            for (int pain : new int[] {0, 1, 4, 7}) {
                Set<Level> levels = EnumSet.noneOf(Level.class);
                StringBuilder seen = new StringBuilder();
                for (Region region : List.of(Region.ANKLE, Region.FOOT, Region.HIP)) {
                    Level level = engine.level(at(age, region, "limp", YES, "pain", n(pain)));
                    levels.add(level);
                    seen.append(region).append('=').append(level).append(' ');
                }
                assertEquals(1, levels.size(), "age " + age + ", pain " + pain + ": " + seen);
            }
        }
    }

    @Test
    void aPainfulLimpAtEightToSixteenIsSameDayWhereverItIsPicked() {
        for (int age = 8; age <= 16; age++) {
            for (Region region : List.of(Region.ANKLE, Region.FOOT, Region.HIP, Region.SPINE_LOWER)) {
                Level level = engine.level(at(age, region, "limp", YES, "pain", n(2)));
                assertFalse(Level.EMERGENCY.isMoreUrgentThan(level), "age " + age + ", " + region + ": " + level);
            }
        }
    }

    @Test
    void aFallAt65OrOverIsCheckedEvenWithoutPainAndGetsNoSprainWords() {
        for (int age : new int[] {65, 70, 85}) {
            for (Region region : Region.values()) {
                for (String how : List.of("injury", "fall_from_standing")) {
                    Assessment a = at(age, region, how, YES, "injury_days_ago", n(0), "pain", n(0));
                    TriageResult r = engine.evaluate(a, "112");
                    String what = age + ", " + region + ", " + how + ": " + r.level();
                    assertFalse(Level.CONSULTATION.isMoreUrgentThan(r.level()), what);
                    assertFalse(r.advice().contains("sprain") || r.advice().contains("painkiller"), what + ": " + r.advice());
                    assertTrue(composer.compose(a, r).plan().items().isEmpty(), what);
                }
            }
        }
    }

    @Test
    void theSprainWordsNeedAnInjuryThatHurts() {
        Assessment painless = at(30, Region.ANKLE, "injury", YES, "injury_days_ago", n(2), "pain", n(0));
        TriageResult r = engine.evaluate(painless, "112");
        assertEquals(Level.SELF_CARE, r.level(), r.reasons().stream().map(Reason::rule).toList().toString());
        assertFalse(r.advice().contains("sprain") || r.advice().contains("painkiller") || r.advice().contains("first few days"), r.advice());
        Assessment hurting = at(30, Region.ANKLE, "injury", YES, "injury_days_ago", n(2), "pain", n(2));
        TriageResult h = engine.evaluate(hurting, "112");
        assertEquals(Level.SELF_CARE, h.level());
        assertTrue(h.advice().contains("sprain"), h.advice());
    }
}
