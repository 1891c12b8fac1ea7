package org.popcheck.ui;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.popcheck.assessment.Assessment;
import org.popcheck.check.CheckComposer;
import org.popcheck.check.CheckResult;
import org.popcheck.triage.TriageResult;

/**
 * A finished wizard run: what was answered and the check composed from it (level, causes, exercise plan).
 *
 * @param at when the check was made. A sign logged or ticked after it is newer than it: taken as made
 *           whenever the exercise screen asked, the check on screen passed for newer than an emergency sign
 *           logged after it, and lifted that sign's hold on every exercise.
 */
public record Outcome(Assessment assessment, CheckResult check, OffsetDateTime at) {

    public Outcome {
        Objects.requireNonNull(at, "at");
    }

    /** A check made now. */
    public Outcome(Assessment assessment, CheckResult check) {
        this(assessment, check, OffsetDateTime.now());
    }

    /** Composes the check for a triage result with the causes and exercises that ship with the app; made now. */
    public Outcome(Assessment assessment, TriageResult result) {
        this(assessment, result, OffsetDateTime.now());
    }

    /** Composes the check for a triage result with the causes and exercises that ship with the app, made at {@code at}. */
    public Outcome(Assessment assessment, TriageResult result, OffsetDateTime at) {
        this(assessment, CheckComposer.standard().compose(assessment, result), at);
    }

    /** The level part of the check. */
    public TriageResult result() {
        return check.triage();
    }
}
