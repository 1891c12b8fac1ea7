package org.popcheck.check;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.popcheck.journal.EntrySigns;
import org.popcheck.journal.JournalEntry;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;

/**
 * The latest check the person ran in Check my joint and saved, composed again from the answers the journal
 * keeps with it: the same exercise plan and cautions as right after the check. Without it the exercise
 * screen had a plan only in the run of the app that made the check; after a restart a hip replacement's
 * kneeling stretch could be started with no word of its caution.
 *
 * <p>The level is the more urgent of the one saved with the check and the one its answers give today, as
 * {@link LastCheck} reads a saved check: never less cautious than what the person was told.
 *
 * @param entry the journal entry that holds the check
 * @param check the check composed from its answers
 */
public record SavedCheck(JournalEntry entry, CheckResult check) {

    /** The latest wizard check of the journal composed again, or empty when the journal holds none. */
    public static Optional<SavedCheck> latest(List<JournalEntry> entries, TriageEngine engine, CheckComposer composer, String emergencyNumber) {
        return latestEntry(entries).map(e -> of(e, engine, composer, emergencyNumber));
    }

    /** The entry of the latest check the person ran in Check my joint and saved, if any. */
    public static Optional<JournalEntry> latestEntry(List<JournalEntry> entries) {
        return entries.stream().filter(EntrySigns::isWizardCheck).max(Comparator.comparing(e -> e.at().toInstant()));
    }

    /** The check of this entry (a saved wizard run) composed again from its answers. */
    public static SavedCheck of(JournalEntry entry, TriageEngine engine, CheckComposer composer, String emergencyNumber) {
        var answers = entry.assessment().assessment();
        return new SavedCheck(entry, composer.compose(answers, atLeast(engine.evaluate(answers, emergencyNumber), entry.assessment().level())));
    }

    private static TriageResult atLeast(TriageResult today, Level saved) {
        return saved.isMoreUrgentThan(today.level())
                ? new TriageResult(saved, today.reasons(), today.advice(), today.watchFor(), today.exercisesWithheld())
                : today;
    }
}
