package org.popcheck.check;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.popcheck.body.Region;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageEngine;

/**
 * The latest check saved in the journal for some places, and whether it lets the person exercise:
 * the level kept with it must allow exercises (self care or a routine visit) and no rule that fires
 * for its answers today may withhold them (a suspected fracture, infection...). Read by the exercise
 * screens: no guided session for a place whose last check said to get care first.
 *
 * @param at the time of the entry that holds the check
 */
public record LastCheck(Level level, boolean allowsExercises, OffsetDateTime at) {

    /** The latest saved check with a site in one of these regions, if any. */
    public static Optional<LastCheck> forRegions(Collection<Region> regions, List<JournalEntry> entries, TriageEngine engine) {
        return entries.stream()
                .filter(e -> e.assessment() != null
                        && e.assessment().assessment().sites().stream().anyMatch(s -> regions.contains(s.region())))
                .max(Comparator.comparing(JournalEntry::at))
                .map(e -> of(e.assessment(), engine, e.at()));
    }

    private static LastCheck of(SavedAssessment saved, TriageEngine engine, OffsetDateTime at) {
        boolean withheld = engine.firedRules(saved.assessment()).stream().anyMatch(r -> r.suspects().withholdsExercises());
        Level level = Level.mostUrgent(saved.level(), engine.level(saved.assessment()));
        return new LastCheck(level, level.allowsExercises() && !withheld, at);
    }
}
