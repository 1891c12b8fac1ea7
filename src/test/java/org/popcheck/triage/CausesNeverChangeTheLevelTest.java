package org.popcheck.triage;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.causes.CauseRanker;
import org.popcheck.causes.RankedCause;
import org.popcheck.check.CheckComposer;
import org.popcheck.check.CheckResult;

/**
 * Composing a check around a triage result adds causes and a plan but never changes the level, and
 * the fact the causes brought in (long_sitting) never moves it either. Random assessments as in
 * {@link TriageMonotonicityTest}.
 */
class CausesNeverChangeTheLevelTest {

    private final TriageEngine engine = TriageEngine.standard();
    private final CheckComposer composer = CheckComposer.standard();

    @Property(tries = 300)
    void theComposedCheckKeepsTheEnginesLevelAndResult(@ForAll("assessments") Assessment a) {
        TriageResult triage = engine.evaluate(a, "112");
        CheckResult check = composer.compose(a, triage);
        if (check.triage() != triage || check.triage().level() != engine.level(a)) {
            throw new AssertionError("the check changed the level: " + triage.level() + " -> " + check.triage().level());
        }
        if (!triage.allowsExercises() && !check.plan().items().isEmpty()) {
            throw new AssertionError("exercises offered at " + triage.level() + " with " + triage.exercisesWithheld());
        }
        if (check.causes().size() > CauseRanker.MAX_SHOWN) {
            throw new AssertionError("more than three causes: " + check.causes());
        }
    }

    @Property(tries = 300)
    void sittingAllDayNeverChangesTheLevel(@ForAll("assessments") Assessment a) {
        java.util.Map<String, Answer> facts = new java.util.LinkedHashMap<>(a.facts());
        facts.remove("long_sitting");
        Level without = engine.level(new Assessment(a.age(), a.sites(), facts));
        for (Answer v : List.of(Answer.YesNo.YES, Answer.YesNo.NO, Answer.YesNo.UNSURE)) {
            Level with = engine.level(a.with("long_sitting", v));
            if (with != without) {
                throw new AssertionError("long_sitting=" + v + " changed the level to " + with);
            }
        }
    }

    @Property(tries = 200)
    void everyRankedCauseFitsARegionThatWasChecked(@ForAll("assessments") Assessment a) {
        for (RankedCause c : CauseRanker.standard().rank(a)) {
            if (!c.cause().concernsAny(a.sites().stream().map(s -> s.region()).collect(java.util.stream.Collectors.toSet()))) {
                throw new AssertionError(c.cause().id() + " shown for " + a.sites());
            }
        }
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        return Arbitraries.randomValue(TriageMonotonicityTest::randomAssessment);
    }
}
