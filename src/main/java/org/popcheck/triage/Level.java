package org.popcheck.triage;

import java.util.Arrays;
import java.util.Optional;

/** The five triage levels of spec/assessment.md, declared most urgent first. */
public enum Level {
    EMERGENCY_AMBULANCE("emergency_ambulance"),
    EMERGENCY("emergency"),
    CONSULTATION_24("consultation_24"),
    CONSULTATION("consultation"),
    SELF_CARE("self_care");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True when this level asks for more urgent care than {@code other}. */
    public boolean isMoreUrgentThan(Level other) {
        return ordinal() < other.ordinal();
    }

    public static Level mostUrgent(Level a, Level b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** Exercises are offered only at these two levels (spec/triage-rules.md). */
    public boolean allowsExercises() {
        return this == CONSULTATION || this == SELF_CARE;
    }

    public static Optional<Level> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
