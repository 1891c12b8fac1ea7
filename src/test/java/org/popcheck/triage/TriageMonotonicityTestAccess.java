package org.popcheck.triage;

import java.util.Random;
import org.popcheck.assessment.Assessment;

/** The generated assessments of {@link TriageMonotonicityTest} and the case table, for tests in other packages. */
public final class TriageMonotonicityTestAccess {

    private TriageMonotonicityTestAccess() {}

    public static Assessment randomAssessment(Random random) {
        return TriageMonotonicityTest.randomAssessment(random);
    }

    /** The assessments of the realistic case table (src/test/resources/triage/cases.json), by name. */
    public static java.util.Map<String, Assessment> caseTable() {
        java.util.Map<String, Assessment> out = new java.util.LinkedHashMap<>();
        TriageCases.load().forEach(c -> out.put(c.name(), c.assessment()));
        return out;
    }
}
