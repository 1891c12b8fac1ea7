package org.popcheck.ui;

import org.popcheck.assessment.Assessment;
import org.popcheck.triage.TriageResult;

/** A finished wizard run: what was answered and what the engine made of it. */
public record Outcome(Assessment assessment, TriageResult result) {}
