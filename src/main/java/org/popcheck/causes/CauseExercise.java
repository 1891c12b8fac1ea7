package org.popcheck.causes;

/** An exercise that addresses a cause: its id in assets/exercises/catalog.json and why it helps with this cause. */
public record CauseExercise(String exerciseId, String why) {}
