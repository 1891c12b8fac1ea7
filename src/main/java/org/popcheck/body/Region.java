package org.popcheck.body;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The places PopCheck knows about. The JSON ids are the contract of spec/assessment.md. */
public enum Region {
    ANKLE("ankle", true),
    FOOT("foot", true),
    HIP("hip", true),
    SPINE_NECK("spine_neck", false),
    SPINE_UPPER("spine_upper", false),
    SPINE_LOWER("spine_lower", false);

    private final String id;
    private final boolean paired;

    Region(String id, boolean paired) {
        this.id = id;
        this.paired = paired;
    }

    public String id() {
        return id;
    }

    /** Paired regions have a left and a right; the spine sits in the centre. */
    public boolean isPaired() {
        return paired;
    }

    public boolean isSpine() {
        return !paired;
    }

    public boolean isAnkleOrFoot() {
        return this == ANKLE || this == FOOT;
    }

    /** The sides that fit this region: left/right/both for limbs, center for the spine. */
    public Set<Side> allowedSides() {
        return paired ? EnumSet.of(Side.LEFT, Side.RIGHT, Side.BOTH) : EnumSet.of(Side.CENTER);
    }

    public static Optional<Region> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
