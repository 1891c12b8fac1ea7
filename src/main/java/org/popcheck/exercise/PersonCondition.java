package org.popcheck.exercise;

import java.util.Arrays;
import java.util.Optional;

/**
 * Something about the person that changes which exercises are safe or how to do them: the {@code if}
 * of a caution in assets/exercises/catalog.json. Which answers make each one hold is decided by
 * org.popcheck.check.PersonConditions.
 */
public enum PersonCondition {
    OSTEOPOROSIS("osteoporosis"),
    HIP_REPLACEMENT("hip_replacement"),
    NEUROPATHY("neuropathy"),
    PREGNANT("pregnant"),
    SWELLING_OR_GIVING_WAY("swelling_or_giving_way"),
    POSSIBLE_FRACTURE("possible_fracture"),
    AGE_65_PLUS("age_65_plus");

    private final String id;

    PersonCondition(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PersonCondition> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
