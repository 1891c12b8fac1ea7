package org.popcheck.exercise;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an exercise trains, in the order a physiotherapist brings them in after a recent injury:
 * gentle range of movement first, then strength, then balance (catalog member {@code stage}).
 */
public enum Stage {
    MOBILITY("mobility"),
    STRENGTH("strength"),
    BALANCE("balance");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /** The id as written in assets/exercises/catalog.json. */
    public String id() {
        return id;
    }

    public static Optional<Stage> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
