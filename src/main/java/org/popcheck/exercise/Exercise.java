package org.popcheck.exercise;

import java.util.Set;
import org.popcheck.body.Region;

/** One strengthening or mobility exercise of the catalog. */
public record Exercise(String id, String name, Set<Region> regions) {
    public Exercise {
        regions = Set.copyOf(regions);
    }
}
