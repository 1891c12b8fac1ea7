package org.popcheck.causes;

import java.util.List;
import java.util.Set;
import org.popcheck.body.Region;
import org.popcheck.triage.Suspicion;

/**
 * One usual mechanism behind a joint noise (spec/causes.md), as read from assets/causes/causes.json.
 *
 * @param regions        the regions it can explain; empty means every region
 * @param picture        the id of a small drawing of the mechanism, or null for none
 * @param holdsExercises what a likely fit of this cause suspects that rules out exercise until examined
 *                       (a possible fracture or torn tendon after an injury); empty for most causes
 * @param exercises      exercises that address it, in order of preference
 * @param sources        the guidelines and papers behind it, by names a person can look up
 */
public record Cause(String id, String name, Set<Region> regions, String picture, List<Clue> clues,
                    String explanation, String helps, String concern, List<CauseExercise> exercises,
                    List<Suspicion> holdsExercises, List<String> sources) {

    public Cause {
        regions = Set.copyOf(regions);
        clues = List.copyOf(clues);
        exercises = List.copyOf(exercises);
        holdsExercises = List.copyOf(holdsExercises);
        sources = List.copyOf(sources);
    }

    /** True when it can explain a noise in at least one of these regions. */
    public boolean concernsAny(Set<Region> assessed) {
        return regions.isEmpty() || assessed.stream().anyMatch(regions::contains);
    }
}
