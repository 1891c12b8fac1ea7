package org.popcheck.causes;

import java.util.List;
import java.util.Set;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.Region;
import org.popcheck.triage.Suspicion;

/**
 * One usual mechanism behind a joint noise (spec/causes.md), as read from assets/causes/causes.json.
 *
 * @param regions        the regions it can explain; empty means every region
 * @param picture        the id of a small drawing of the mechanism, or null for none
 * @param needs          what must hold for it to be offered at all, or null: an old sprain needs an
 *                       injury more than 10 days ago, whatever the other clues say
 * @param notWhen        what rules it out, or null: wear and tear does not explain a noise that began
 *                       with an injury days ago
 * @param holdsExercises what a likely fit of this cause suspects that rules out exercise until examined
 *                       (a possible fracture or torn tendon after an injury); empty for most causes
 * @param exercises      exercises that address it, in order of preference
 * @param sources        the guidelines and papers behind it, by names a person can look up
 */
public record Cause(String id, String name, Set<Region> regions, String picture, List<Clue> clues,
                    Clue.When needs, Clue.When notWhen, String explanation, String helps, String concern, List<CauseExercise> exercises,
                    List<Suspicion> holdsExercises, List<String> sources) {

    public Cause {
        regions = Set.copyOf(regions);
        clues = List.copyOf(clues);
        exercises = List.copyOf(exercises);
        holdsExercises = List.copyOf(holdsExercises);
        sources = List.copyOf(sources);
    }

    /**
     * True when the answers leave it possible at all: {@link #needs} holds (or there is none) and
     * {@link #notWhen} does not. Clues only weigh a cause; these say when it cannot be the answer, such
     * as an "old" sprain two days after the injury.
     */
    public boolean fitsTheStory(Assessment a) {
        return (needs == null || needs.test(a)) && (notWhen == null || !notWhen.test(a));
    }

    /** True when it can explain a noise in at least one of these regions. */
    public boolean concernsAny(Set<Region> assessed) {
        return regions.isEmpty() || assessed.stream().anyMatch(regions::contains);
    }
}
