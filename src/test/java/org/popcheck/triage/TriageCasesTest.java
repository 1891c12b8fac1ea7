package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;

class TriageCasesTest {

    private static final List<TriageCases> CASES = TriageCases.load();
    private final TriageEngine engine = TriageEngine.standard();

    @TestFactory
    Stream<DynamicTest> everyRealisticCaseGetsItsExpectedLevelAndRules() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            TriageResult r = engine.evaluate(c.assessment(), "112");
            List<String> fired = r.reasons().stream().map(Reason::rule).toList();
            assertEquals(c.level(), r.level(), c.name() + " fired " + fired);
            assertEquals(c.level(), engine.level(c.assessment()), "the fast level agrees with the full evaluation");
            for (String id : c.rules()) {
                assertTrue(fired.contains(id), c.name() + ": expected rule " + id + " among " + fired);
            }
            for (String id : c.notRules()) {
                assertFalse(fired.contains(id), c.name() + ": rule " + id + " must not fire");
            }
        }));
    }

    @Test
    void everyRuleOfTheRuleFileFiresInAtLeastOneCase() {
        Set<String> fired = new TreeSet<>();
        for (TriageCases c : CASES) {
            engine.evaluate(c.assessment(), "112").reasons().forEach(r -> fired.add(r.rule()));
        }
        Set<String> missing = new TreeSet<>(engine.rules().ids());
        missing.removeAll(fired);
        assertTrue(missing.isEmpty(), "rules no case makes fire: " + missing);
    }

    @Test
    void theTableIsLargeAndCoversEveryRegionAndEveryLevel() {
        assertTrue(CASES.size() >= 40, "only " + CASES.size() + " cases");
        Set<Region> regions = EnumSet.noneOf(Region.class);
        Set<Level> levels = EnumSet.noneOf(Level.class);
        for (TriageCases c : CASES) {
            c.assessment().sites().stream().map(BodySite::region).forEach(regions::add);
            levels.add(c.level());
        }
        assertEquals(EnumSet.allOf(Region.class), regions);
        assertEquals(EnumSet.allOf(Level.class), levels);
    }

    @Test
    void eachRegionHasCasesAtSeveralLevels() {
        for (Region region : Region.values()) {
            Set<Level> levels = EnumSet.noneOf(Level.class);
            CASES.stream().filter(c -> c.assessment().sites().stream().anyMatch(s -> s.region() == region))
                    .forEach(c -> levels.add(c.level()));
            assertTrue(levels.size() >= 3, region + " has cases only at " + levels);
        }
    }
}
