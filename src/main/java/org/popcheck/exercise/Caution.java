package org.popcheck.exercise;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What an exercise needs when a condition holds for the person (a caution of assets/exercises/catalog.json,
 * following common physiotherapy practice: NICE NG226/NG59, Royal Osteoporosis Society guidance, hip
 * replacement precautions, pregnancy advice on lying flat after about 16 weeks).
 *
 * @param condition the condition of the person it is about
 * @param action    AVOID leaves the exercise out of the plan, ADAPT keeps it with {@code say}
 * @param say       plain words for the person, shown on the exercise's detail screen
 * @param instead   the id of another exercise of the catalog to do instead, or null
 */
public record Caution(PersonCondition condition, Action action, String say, String instead) {

    public Caution {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(action, "action");
        if (say == null || say.isBlank()) {
            throw new IllegalArgumentException("a caution needs words for the person (say)");
        }
    }

    public Optional<String> insteadId() {
        return Optional.ofNullable(instead);
    }

    /** Leave the exercise out, or keep it and do it the safer way. */
    public enum Action {
        AVOID("avoid"),
        ADAPT("adapt");

        private final String id;

        Action(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Action> fromId(String id) {
            return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
        }
    }
}
