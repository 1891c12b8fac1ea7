package org.popcheck.exercise;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.popcheck.journal.EntrySigns;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;
import org.popcheck.triage.Level;

/**
 * A stop sign ticked at the end of a guided session that cannot wait (a sign of the stop list with a
 * {@code care}: the emergency department, or the emergency number), with no check made since.
 *
 * <p>It holds back every guided session, of every exercise and every place, until a newer check, as a
 * warning sign logged with a journal entry at those levels does (its safety-net check is an emergency
 * check, which {@code LastCheck.blockingFor} holds against every place): chest pain or numbness around
 * the genitals is not about the one joint the exercise was for. Before this, such a sign stopped only the
 * exercise it was ticked after ({@link Progression}), and the person could start the next one.
 *
 * <p>Only a check the person ran in Check my joint after the session lifts it (saved, or the one on screen
 * made after the session): the safety net's check of a quick entry's other signs does not answer these.
 *
 * @param at         when the session was saved
 * @param exerciseId the exercise the signs were ticked after
 * @param care       the most urgent care the ticked signs call for: {@link Level#EMERGENCY} or {@link Level#EMERGENCY_AMBULANCE}
 * @param signs      the ids of the ticked signs that call for care at once, in the order ticked
 */
public record UrgentStopSign(OffsetDateTime at, String exerciseId, Level care, List<String> signs) {

    public UrgentStopSign {
        signs = List.copyOf(signs);
    }

    /**
     * The session stop sign that cannot wait and that no check has answered, if any; of several, the most
     * urgent, and of those the latest.
     *
     * @param entries          the journal, in any order
     * @param list             the stop list that says which signs cannot wait
     * @param checkOnScreenAt  when the check made in this run of the app (saved or not) was made, or null
     */
    public static Optional<UrgentStopSign> standing(List<JournalEntry> entries, StopList list, OffsetDateTime checkOnScreenAt) {
        Optional<OffsetDateTime> lastCheck = entries.stream().filter(EntrySigns::isWizardCheck).map(JournalEntry::at)
                .max(Comparator.comparing(OffsetDateTime::toInstant));
        if (checkOnScreenAt != null && lastCheck.map(c -> checkOnScreenAt.isAfter(c)).orElse(true)) {
            lastCheck = Optional.of(checkOnScreenAt);
        }
        OffsetDateTime since = lastCheck.orElse(null);
        return entries.stream()
                .filter(e -> since == null || e.at().isAfter(since))
                .flatMap(e -> e.exercises().stream().flatMap(d -> of(e, d, list).stream()))
                .max(Comparator.comparing(UrgentStopSign::care, Comparator.<Level>reverseOrder())
                        .thenComparing(u -> u.at().toInstant()));
    }

    private static Optional<UrgentStopSign> of(JournalEntry e, ExerciseDone d, StopList list) {
        return list.careNow(d.stopSigns()).filter(Level::isEmergency).map(care -> new UrgentStopSign(e.at(), d.exerciseId(), care,
                d.stopSigns().stream().filter(id -> list.careNow(List.of(id)).isPresent()).toList()));
    }
}
