package org.popcheck.triage;

import org.popcheck.assessment.Assessment;

/** Turns an assessment into a level with reasons. Rules are data in assets/triage/rules.json. */
public final class TriageEngine {

    /** The engine with the rules that ship with the app. */
    public static TriageEngine standard() {
        return new TriageEngine();
    }

    public TriageResult evaluate(Assessment assessment) {
        // Placeholder until the rule engine lands (issue 2); nothing calls this in a release.
        throw new UnsupportedOperationException("triage engine not yet implemented");
    }
}
