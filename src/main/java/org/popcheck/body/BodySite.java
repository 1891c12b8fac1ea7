package org.popcheck.body;

import java.util.Objects;

/** One marked place: a region and the side it is on. Construction checks that the side fits. */
public record BodySite(Region region, Side side) {

    public BodySite {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(side, "side");
        if (!region.allowedSides().contains(side)) {
            throw new IllegalArgumentException("side '" + side.id() + "' does not fit region '" + region.id() + "'");
        }
    }

    /** The spine parts have one site each, in the centre. */
    public static BodySite spine(Region region) {
        return new BodySite(region, Side.CENTER);
    }

    /** A stable key such as {@code ankle/left}, used for i18n lookups and chart series. */
    public String key() {
        return region.id() + "/" + side.id();
    }
}
