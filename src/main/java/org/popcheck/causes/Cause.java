package org.popcheck.causes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * @param sources        the guidelines and papers behind it, by names a person can look up; these and
 *                       the texts above are the general ones, naming no region
 * @param regionTexts    what it says instead when shown for one region only (may be empty)
 */
public record Cause(String id, String name, Set<Region> regions, String picture, List<Clue> clues,
                    Clue.When needs, Clue.When notWhen, String explanation, String helps, String concern, List<CauseExercise> exercises,
                    List<Suspicion> holdsExercises, List<String> sources, Map<Region, RegionText> regionTexts) {

    public Cause {
        regionTexts = Map.copyOf(regionTexts);
        regions = Set.copyOf(regions);
        clues = List.copyOf(clues);
        exercises = List.copyOf(exercises);
        holdsExercises = List.copyOf(holdsExercises);
        sources = List.copyOf(sources);
    }

    /** A cause whose texts are the same for every region. */
    public Cause(String id, String name, Set<Region> regions, String picture, List<Clue> clues,
                 Clue.When needs, Clue.When notWhen, String explanation, String helps, String concern, List<CauseExercise> exercises,
                 List<Suspicion> holdsExercises, List<String> sources) {
        this(id, name, regions, picture, clues, needs, notWhen, explanation, helps, concern, exercises, holdsExercises, sources, Map.of());
    }

    /** The regions of {@code checked} that it speaks for: all of them when it concerns every region. */
    public Set<Region> shownFor(Set<Region> checked) {
        Set<Region> out = new LinkedHashSet<>(checked);
        if (!regions.isEmpty()) {
            out.retainAll(regions);
        }
        return out;
    }

    /** The explanation shown for these regions: the region's own when there is exactly one and it has one. */
    public String explanation(Set<Region> shownFor) {
        RegionText t = only(shownFor);
        return t != null && t.explanation() != null ? t.explanation() : explanation;
    }

    /** What helps, shown for these regions (see {@link #explanation(Set)}). */
    public String helps(Set<Region> shownFor) {
        RegionText t = only(shownFor);
        return t != null && t.helps() != null ? t.helps() : helps;
    }

    /** When to worry, shown for these regions (see {@link #explanation(Set)}). */
    public String concern(Set<Region> shownFor) {
        RegionText t = only(shownFor);
        return t != null && t.concern() != null ? t.concern() : concern;
    }

    /**
     * The sources shown for these regions: for each region its own sources (or the general ones),
     * each publication once, in order. A check of the hip and the ankle shows both regions' sources.
     */
    public List<String> sources(Set<Region> shownFor) {
        if (shownFor.isEmpty()) {
            return sources;
        }
        Set<String> out = new LinkedHashSet<>();
        for (Region r : shownFor) {
            RegionText t = regionTexts.get(r);
            out.addAll(t != null && !t.sources().isEmpty() ? t.sources() : sources);
        }
        return new ArrayList<>(out);
    }

    /**
     * Why an exercise is there, for the regions it was chosen for: the region's own why when there is
     * exactly one region and it has one, else the general why.
     */
    public String why(CauseExercise exercise, Set<Region> chosenFor) {
        RegionText t = only(chosenFor);
        String own = t == null ? null : t.whys().get(exercise.exerciseId());
        return own != null ? own : exercise.why();
    }

    private RegionText only(Set<Region> shownFor) {
        return shownFor.size() == 1 ? regionTexts.get(shownFor.iterator().next()) : null;
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
