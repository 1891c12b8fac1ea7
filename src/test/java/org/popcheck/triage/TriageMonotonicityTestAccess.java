package org.popcheck.triage;

import java.util.Random;
import org.popcheck.assessment.Assessment;

/** The generated assessments of {@link TriageMonotonicityTest}, for property tests in other packages. */
public final class TriageMonotonicityTestAccess {

    private TriageMonotonicityTestAccess() {}

    public static Assessment randomAssessment(Random random) {
        return TriageMonotonicityTest.randomAssessment(random);
    }
}
