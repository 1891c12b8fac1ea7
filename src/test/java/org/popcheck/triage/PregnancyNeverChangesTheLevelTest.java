package org.popcheck.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;

/**
 * The {@code pregnant} fact is PopCheck's own (issue 21): it adapts the exercise plan and never changes
 * the triage result. Checked over generated assessments: yes, no, not sure and not asked give the same
 * level, reasons and withheld exercises.
 */
class PregnancyNeverChangesTheLevelTest {

    private final TriageEngine engine = TriageEngine.standard();

    @Property(tries = 1500)
    void pregnantYesNoOrUnsureGivesTheSameLevel(@ForAll("assessments") Assessment a) {
        Map<String, Answer> without = new LinkedHashMap<>(a.facts());
        without.remove("pregnant");
        Assessment base = new Assessment(a.age(), a.sites(), without);
        TriageResult expected = engine.evaluate(base, "112");
        for (Answer.YesNo answer : List.of(Answer.YesNo.YES, Answer.YesNo.NO, Answer.YesNo.UNSURE)) {
            TriageResult r = engine.evaluate(base.with("pregnant", answer), "112");
            if (r.level() != expected.level() || !r.exercisesWithheld().equals(expected.exercisesWithheld())
                    || !r.reasons().equals(expected.reasons()) || engine.level(base.with("pregnant", answer)) != expected.level()) {
                throw new AssertionError("pregnant " + answer + " changed " + expected.level() + " to " + r.level() + " for " + base);
            }
        }
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        return Arbitraries.randomValue(TriageMonotonicityTest::randomAssessment);
    }
}
