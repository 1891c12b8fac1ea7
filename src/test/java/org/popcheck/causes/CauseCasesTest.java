package org.popcheck.causes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of cases in src/test/resources/causes/cases.json, and what the table as a whole must cover. */
class CauseCasesTest {

    private final CauseRanker ranker = CauseRanker.standard();

    static List<CauseCase> cases() {
        return CauseCase.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExpectedCauseComesFirst(CauseCase c) {
        List<RankedCause> ranked = ranker.rank(c.assessment());
        String shown = ranked.stream().map(r -> r.cause().id() + "=" + r.score()).collect(Collectors.joining(", "));
        if (c.first() == null) {
            assertTrue(ranked.isEmpty(), "expected 'we can't tell', got " + shown);
            return;
        }
        assertFalse(ranked.isEmpty(), "nothing fitted");
        assertEquals(c.first(), ranked.get(0).cause().id(), shown);
        if (c.likelihood() != null) {
            assertEquals(c.likelihood(), ranked.get(0).likelihood().id(), shown);
        }
        for (String tied : c.tie()) {
            RankedCause other = ranked.stream().filter(r -> r.cause().id().equals(tied)).findFirst().orElseThrow(() -> new AssertionError(tied + " missing: " + shown));
            assertEquals(ranked.get(0).score(), other.score(), "tie expected: " + shown);
            assertEquals(ranked.get(0).likelihood(), other.likelihood());
        }
        for (String absent : c.absent()) {
            assertTrue(ranked.stream().noneMatch(r -> r.cause().id().equals(absent)), absent + " shown: " + shown);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyShownCauseNamesAnswersThatWereGiven(CauseCase c) {
        List<RankedCause> ranked = ranker.rank(c.assessment());
        assertTrue(ranked.size() <= CauseRanker.MAX_SHOWN);
        for (RankedCause r : ranked) {
            assertFalse(r.facts().isEmpty(), r.cause().id());
            for (String f : r.facts()) {
                assertTrue(f.equals("age") || c.assessment().answer(f).isPresent(), r.cause().id() + " names unanswered " + f);
            }
        }
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score(), "most likely first");
        }
    }

    @Test
    void everyCauseIsFirstInAtLeastThreeCases() {
        Map<String, Long> firsts = cases().stream().filter(c -> c.first() != null)
                .collect(Collectors.groupingBy(CauseCase::first, Collectors.counting()));
        for (Cause cause : ranker.book().causes()) {
            assertTrue(firsts.getOrDefault(cause.id(), 0L) >= 3, cause.id() + " is first in only " + firsts.get(cause.id()) + " cases");
        }
    }

    @Test
    void theTableHasTiesAndCasesWhereNothingFits() {
        assertTrue(cases().stream().filter(c -> !c.tie().isEmpty()).count() >= 2);
        assertTrue(cases().stream().filter(c -> c.first() == null).count() >= 2);
    }

    @Test
    void theCauseIdsAreThoseOfTheSpec() {
        assertEquals(List.of("gas_release", "tendon_snap", "cartilage_wear", "bone_spur", "weak_support_after_injury",
                "facet_joint_irritation", "hip_flexor_tightness", "structural_damage"),
                ranker.book().causes().stream().map(Cause::id).toList());
    }
}
