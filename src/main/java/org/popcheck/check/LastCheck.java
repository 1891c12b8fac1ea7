package org.popcheck.check;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.Region;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageEngine;

/**
 * A check saved in the journal (or the one on screen), and whether it lets the person exercise: the
 * level kept with it must allow exercises (self care or a routine visit) and no rule that fires for
 * its answers today may withhold them (a suspected fracture, infection...). Read by the exercise
 * screens: no guided session for a place whose last check said to get care first.
 *
 * @param level             the most urgent of the level kept with the check and the level its answers give today
 * @param allowsExercises   false when the check says to get care before exercising
 * @param at                the time of the entry that holds the check (now, for the check on screen)
 * @param regions           the places the check covered
 */
public record LastCheck(Level level, boolean allowsExercises, OffsetDateTime at, List<Region> regions) {

    public LastCheck {
        regions = List.copyOf(regions);
    }

    /** The latest saved check with a site in one of these regions, if any. */
    public static Optional<LastCheck> forRegions(Collection<Region> regions, List<JournalEntry> entries, TriageEngine engine) {
        return checks(entries)
                .filter(e -> concerns(e.assessment().assessment(), regions))
                .max(Comparator.comparing(JournalEntry::at))
                .map(e -> of(e.assessment(), engine, e.at()));
    }

    /**
     * The check that stands in the way of a guided session of an exercise for these places, if any:
     * <ol>
     * <li>for each of the places, the latest check that covered it must allow exercises. An exercise
     * that helps two places is held back by either: a home-care check of the lower back made after a
     * hip check that suspected a broken hip does not clear the hip;</li>
     * <li>the latest check of any place must not be one of the two emergency levels: a person sent to
     * emergency care starts no exercise of any place until a newer check.</li>
     * </ol>
     * Of several such checks the most urgent is given, so that the person is told the strongest advice.
     *
     * @param onScreen the check made in this run of the app and not replaced since (saved or not), or
     *                 null; it counts as the newest check, made now
     */
    public static Optional<LastCheck> blockingFor(Collection<Region> regions, List<JournalEntry> entries, TriageEngine engine, LastCheck onScreen) {
        List<LastCheck> latestOfEach = regions.stream().distinct()
                .map(r -> newest(forRegions(List.of(r), entries, engine), onScreen != null && onScreen.regions().contains(r) ? onScreen : null))
                .flatMap(Optional::stream)
                .toList();
        Optional<LastCheck> heldBackHere = latestOfEach.stream().filter(c -> !c.allowsExercises())
                .min(Comparator.comparing(LastCheck::level));
        if (heldBackHere.isPresent()) {
            return heldBackHere;
        }
        Optional<LastCheck> latestAnywhere = newest(checks(entries).max(Comparator.comparing(JournalEntry::at))
                .map(e -> of(e.assessment(), engine, e.at())), onScreen);
        return latestAnywhere.filter(c -> c.level().isEmergency());
    }

    /** The check on screen: its level and whether its plan left exercises out, as of now. */
    public static LastCheck onScreen(Assessment assessment, Level level, boolean careFirst) {
        return onScreen(assessment, level, careFirst, OffsetDateTime.now());
    }

    /**
     * The check on screen, made at {@code madeAt}: a check saved, or a sign logged, after that time is newer
     * than it.
     */
    public static LastCheck onScreen(Assessment assessment, Level level, boolean careFirst, OffsetDateTime madeAt) {
        return new LastCheck(level, level.allowsExercises() && !careFirst, madeAt, regionsOf(assessment));
    }

    private static Optional<LastCheck> newest(Optional<LastCheck> saved, LastCheck onScreen) {
        if (onScreen == null) {
            return saved;
        }
        return saved.filter(s -> s.at().isAfter(onScreen.at())).or(() -> Optional.of(onScreen));
    }

    private static java.util.stream.Stream<JournalEntry> checks(List<JournalEntry> entries) {
        return entries.stream().filter(e -> e.assessment() != null);
    }

    private static boolean concerns(Assessment a, Collection<Region> regions) {
        return a.sites().stream().anyMatch(s -> regions.contains(s.region()));
    }

    private static List<Region> regionsOf(Assessment a) {
        return a.sites().stream().map(s -> s.region()).distinct().toList();
    }

    private static LastCheck of(SavedAssessment saved, TriageEngine engine, OffsetDateTime at) {
        boolean withheld = engine.firedRules(saved.assessment()).stream().anyMatch(r -> r.suspects().withholdsExercises());
        Level level = Level.mostUrgent(saved.level(), engine.level(saved.assessment()));
        return new LastCheck(level, level.allowsExercises() && !withheld, at, regionsOf(saved.assessment()));
    }
}
