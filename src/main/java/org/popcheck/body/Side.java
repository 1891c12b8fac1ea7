package org.popcheck.body;

import java.util.Arrays;
import java.util.Optional;

/** Which side of the body. The spine is always {@link #CENTER}. */
public enum Side {
    LEFT("left"),
    RIGHT("right"),
    BOTH("both"),
    CENTER("center");

    private final String id;

    Side(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Side> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
