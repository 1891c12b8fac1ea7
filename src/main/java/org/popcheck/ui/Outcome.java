package org.popcheck.ui;

import org.popcheck.assessment.Assessment;
import org.popcheck.check.CheckComposer;
import org.popcheck.check.CheckResult;
import org.popcheck.triage.TriageResult;

/** A finished wizard run: what was answered and the check composed from it (level, causes, exercise plan). */
public record Outcome(Assessment assessment, CheckResult check) {

    /** Composes the check for a triage result with the causes and exercises that ship with the app. */
    public Outcome(Assessment assessment, TriageResult result) {
        this(assessment, CheckComposer.standard().compose(assessment, result));
    }

    /** The level part of the check. */
    public TriageResult result() {
        return check.triage();
    }
}
