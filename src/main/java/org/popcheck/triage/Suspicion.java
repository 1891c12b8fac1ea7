package org.popcheck.triage;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a rule suspects lies behind the answers that make it fire: the {@code "suspects"} field of
 * assets/triage/rules.json. It groups the rules for the hazard log (docs/safety/hazard-log.md) and
 * decides whether exercises may still be offered: never while a possible fracture, infection, nerve
 * or circulation problem, torn tendon, bleeding, growth or a child's hip condition is suspected,
 * whatever the level (issue "Clinical safety, version 2": a runner with groin pain and a limp must
 * not get hip exercises at {@code consultation}).
 */
public enum Suspicion {
    /** A heart, lung, brain or whole-body emergency. */
    SYSTEMIC("systemic", true),
    FRACTURE("fracture", true),
    INFECTION("infection", true),
    /** A pressed nerve root, the cauda equina or the spinal cord, or feet that cannot feel damage. */
    NERVE("nerve", true),
    /** A clot, poor blood supply, or pressure building in a muscle compartment or under a cast. */
    CIRCULATION("circulation", true),
    TENDON_RUPTURE("tendon_rupture", true),
    BLEEDING("bleeding", true),
    TUMOUR("tumour", true),
    /** A baby's or child's hip or limp, which needs a doctor before any exercise. */
    CHILD("child", true),
    /**
     * A child under five: the questions cannot rule out what a parent cannot see or the child cannot say,
     * and the exercises are made for older children and adults (review 13).
     */
    YOUNG_CHILD("young_child", true),
    /** An inflammatory back condition: exercise is part of its care. */
    INFLAMMATION("inflammation", false),
    /** A joint that catches, gives way, wears or keeps hurting: exercise helps, checked by a clinician. */
    JOINT("joint", false),
    /** A tendon slipping over a bone, not torn. */
    TENDON("tendon", false);

    private final String id;
    private final boolean withholdsExercises;

    Suspicion(String id, boolean withholdsExercises) {
        this.id = id;
        this.withholdsExercises = withholdsExercises;
    }

    /** The id used in rules.json and in the {@code exercises_withheld} list of triage output. */
    public String id() {
        return id;
    }

    /** True when no exercise may be offered while a rule suspects this, at any level. */
    public boolean withholdsExercises() {
        return withholdsExercises;
    }

    public static Optional<Suspicion> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
