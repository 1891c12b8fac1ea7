package org.popcheck.triage;

/** A warning sign not present now that would raise the level if it appeared: the take-home safety net. */
public record WatchSign(String fact, String text, Level wouldBecome) {}
