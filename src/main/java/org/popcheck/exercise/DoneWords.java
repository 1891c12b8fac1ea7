package org.popcheck.exercise;

import java.util.List;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;

/**
 * What was done in one logged exercise session, in the person's words, for every place a session is shown
 * (the journal list, the clinician summary and its log) so they cannot disagree. A session stopped before its
 * first set reads as that ("stopped before the first set"), never as a count of zero sets such as "0×12".
 */
public final class DoneWords {

    private DoneWords() {}

    /** The sets done: "3 sets", "1 set", or "stopped before the first set" when none was. */
    public static String sets(ExerciseDone x) {
        return Messages.get("exercises.done.sets", x.sets());
    }

    /**
     * The session in a clinician's short hand, after the exercise's name: "Calf raises 3×12", "Plank 2×30 s", or
     * "Calf raises: stopped before the first set".
     */
    public static String shortLine(String name, ExerciseDone x) {
        if (x.noSetDone()) {
            return Messages.get("exercises.done.line", name, sets(x));
        }
        return x.reps() != null ? name + " " + x.sets() + "×" + x.reps()
                : x.seconds() != null ? name + " " + x.sets() + "×" + x.seconds() + " s" : name + " " + x.sets() + "×";
    }

    /**
     * The stop signs the person ticked after the session, in the stop list's words and the order ticked
     * ("Something else that worried you" and "which one was not recorded" included); empty when none.
     */
    public static List<String> stopSigns(ExerciseDone x) {
        StopList list = StopList.standard();
        return x.stopSigns().stream().map(list::words).toList();
    }

    /** One stop sign of the stop list in its words, by id ("Something else that worried you" for that id). */
    public static String stopSign(String id) {
        return StopList.standard().words(id);
    }

    /** {@link #stopSigns} on one line, separated by semicolons (a sign's own words may hold a comma). */
    public static String stopSignsInOneLine(ExerciseDone x) {
        return String.join("; ", stopSigns(x));
    }
}
