package org.popcheck.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Assessment;

/**
 * Throughput of full evaluations (with watch-for). Surefire skips the benchmark group; run it with
 * {@code java -cp target/classes:target/test-classes:$(deps) org.popcheck.triage.TriageBenchmark}.
 */
@Tag("benchmark")
class TriageBenchmark {

    public static void main(String[] args) {
        new TriageBenchmark().fullEvaluationsPerSecond();
    }

    @Test
    void fullEvaluationsPerSecond() {
        TriageEngine engine = TriageEngine.standard();
        Random random = new Random(42);
        List<Assessment> inputs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            inputs.add(TriageMonotonicityTest.randomAssessment(random));
        }
        inputs.forEach(a -> engine.evaluate(a, "112")); // warm-up
        long start = System.nanoTime();
        int rounds = 5;
        for (int r = 0; r < rounds; r++) {
            inputs.forEach(a -> engine.evaluate(a, "112"));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("triage: %d full evaluations in %.2f s = %.0f per second%n",
                rounds * inputs.size(), seconds, rounds * inputs.size() / seconds);
    }
}
