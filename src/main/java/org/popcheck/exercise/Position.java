package org.popcheck.exercise;

import java.util.Arrays;
import java.util.Optional;

/** The position an exercise is done in (catalog member {@code position}); the lying, kneeling and hands-and-knees ones are floor work. */
public enum Position {
    STANDING("standing"),
    SITTING("sitting"),
    LYING_BACK("lying_back"),
    LYING_SIDE("lying_side"),
    LYING_FRONT("lying_front"),
    KNEELING("kneeling"),
    HANDS_KNEES("hands_knees");

    private final String id;

    Position(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True for positions on the floor, which someone who finds getting down and up hard may need to change. */
    public boolean onTheFloor() {
        return this != STANDING && this != SITTING;
    }

    public static Optional<Position> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
