package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/**
 * Exercises are never offered (by the plan the check composes) while a rule suspects a fracture, infection, nerve or circulation
 * problem and the like, even at {@code consultation} (issue 12: a runner with groin pain and a limp
 * must not be sent to load the hip).
 */
class ExerciseWithholdingTest {

    private final TriageEngine engine = TriageEngine.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            painful limp in an adult runner        | hip         | 28 | limp=yes pain=4                     | fracture
            pain shooting down the leg             | spine_lower | 40 | radiating_leg_pain=yes pain=3       | nerve
            diabetic foot with a click             | foot        | 60 | diabetes_or_neuropathy=yes pain=1   | nerve
            popping in the back after a fall       | spine_lower | 35 | injury=yes pain=2                   | fracture
            cannot rise on tiptoe                  | ankle       | 50 | cannot_rise_on_tiptoe=yes           | tendon_rupture
            a baby's hip click                     | hip         | 0  | pain=0                              | child
            a bruise that lasts                    | foot        | 30 | bruising_days=6 pain=1              | bleeding
            """)
    void noExercisesAtConsultationWhenARuleSuspectsSomethingExerciseCouldHarm(
            String name, String region, int age, String answers, String suspicion) {
        Assessment a = assessment(region, age, answers);
        TriageResult r = engine.evaluate(a, "112");
        assertEquals(Level.CONSULTATION, r.level(), name);
        List<?> offered = exercises(a, r);
        assertTrue(offered.isEmpty(), name + ": " + offered);
        assertTrue(r.exercisesWithheld().contains(Suspicion.fromId(suspicion).orElseThrow()), name + ": " + r.exercisesWithheld());
        assertFalse(r.allowsExercises());
        assertFalse(r.advice().contains("try the exercises"), "the advice must not suggest what the result withholds: " + r.advice());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            painful grinding at 55                 | hip         | 55 | sound=grind pain=3                  | consultation
            locking knee-like catching ankle       | ankle       | 30 | locking=yes pain=2                  | consultation
            painless snapping hip                  | hip         | 22 | sound=snap pain=0                   | self_care
            long-standing back stiffness easing    | spine_lower | 30 | improves_with_movement=yes duration_days=200 pain=2 | consultation
            """)
    void exercisesStayWhereNothingSuspectedRulesThemOut(String name, String region, int age, String answers, String level) {
        Assessment a = assessment(region, age, answers);
        TriageResult r = engine.evaluate(a, "112");
        assertEquals(level, r.level().id(), name);
        assertFalse(exercises(a, r).isEmpty(), name);
        assertEquals(List.of(), r.exercisesWithheld(), name);
        assertTrue(r.advice().contains("exercises"), name + ": " + r.advice());
    }

    @Property(tries = 800)
    void exercisesAreOfferedOnlyWhenNoFiredRuleWithholdsThem(@ForAll("assessments") Assessment a) {
        TriageResult r = engine.evaluate(a, "112");
        boolean withheld = engine.firedRules(a).stream().anyMatch(rule -> rule.suspects().withholdsExercises());
        if (!exercises(a, r).isEmpty() && (withheld || !r.level().allowsExercises())) {
            throw new AssertionError("exercises offered at " + r.level() + " with " + r.exercisesWithheld() + " for " + a);
        }
    }

    /** The exercises the person is offered: the plan the check composes from this result. */
    private static List<?> exercises(Assessment a, TriageResult r) {
        return org.popcheck.check.CheckComposer.standard().compose(a, r).plan().exercises();
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        return Arbitraries.randomValue(TriageMonotonicityTest::randomAssessment);
    }

    private static Assessment assessment(String region, int age, String answers) {
        Region r = Region.fromId(region).orElseThrow();
        Map<String, Answer> facts = new java.util.LinkedHashMap<>();
        for (String pair : answers.trim().split("\\s+")) {
            String[] kv = pair.split("=");
            facts.put(kv[0], switch (kv[1]) {
                case "yes" -> Answer.YesNo.YES;
                case "no" -> Answer.YesNo.NO;
                case "grind", "snap", "click" -> new Answer.Choice(kv[1]);
                default -> new Answer.Number(Double.parseDouble(kv[1]));
            });
        }
        return new Assessment(age, List.of(new BodySite(r, r.isSpine() ? Side.CENTER : Side.LEFT)), facts);
    }
}
