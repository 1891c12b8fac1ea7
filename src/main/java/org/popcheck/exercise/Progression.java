package org.popcheck.exercise;

import java.util.ArrayList;
import java.util.List;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;

/**
 * Suggests the harder or the easier version of an exercise from the pain reported in past sessions:
 * three sessions in a row with pain 2 or less, harder; pain up by 2 or more since the session
 * before, or 5 and above, easier. Always with the reason in words.
 */
public final class Progression {

    public enum Kind { HARDER, EASIER, STAY }

    public record Suggestion(Kind kind, String reason) {}

    static final int EASY_SESSIONS = 3;
    static final int LOW_PAIN = 2;
    static final int HIGH_PAIN = 5;
    static final int RISE = 2;

    private Progression() {}

    /** Pain reported for this exercise, oldest first, from journal entries in time order. */
    static List<Integer> painHistory(String exerciseId, List<JournalEntry> entries) {
        List<Integer> pains = new ArrayList<>();
        entries.stream().sorted(java.util.Comparator.comparing(JournalEntry::at)).forEach(e -> {
            for (ExerciseDone d : e.exercises()) {
                if (d.exerciseId().equals(exerciseId) && d.painDuring() != null) {
                    pains.add(d.painDuring());
                }
            }
        });
        return pains;
    }

    public static Suggestion suggest(Exercise exercise, List<JournalEntry> entries) {
        List<Integer> pains = painHistory(exercise.id(), entries);
        int n = pains.size();
        if (n >= 1 && exercise.easier() != null) {
            int last = pains.get(n - 1);
            int before = n >= 2 ? pains.get(n - 2) : last;
            if (last >= HIGH_PAIN || last - before >= RISE) {
                return new Suggestion(Kind.EASIER, Messages.get("exercises.progress.easier", exercise.easier().text(), before, last));
            }
        }
        if (n >= EASY_SESSIONS && exercise.harder() != null
                && pains.subList(n - EASY_SESSIONS, n).stream().allMatch(p -> p <= LOW_PAIN)) {
            return new Suggestion(Kind.HARDER, Messages.get("exercises.progress.harder", exercise.harder().text(), EASY_SESSIONS, LOW_PAIN));
        }
        return new Suggestion(Kind.STAY, Messages.get("exercises.progress.stay"));
    }
}
