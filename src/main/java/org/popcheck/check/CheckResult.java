package org.popcheck.check;

import java.util.List;
import org.popcheck.causes.RankedCause;
import org.popcheck.exercise.ExercisePlan;
import org.popcheck.triage.TriageResult;

/**
 * Everything one check shows the person, composed in one place ({@link CheckComposer}): the level and
 * its reasons, what most likely makes the noise, and the exercise plan. The result screen, the
 * {@code triage} command, the journal entry and the clinician summary all read this, so their words
 * cannot disagree.
 *
 * @param causes at most three, most likely first; empty means "we can't tell from these answers"
 */
public record CheckResult(TriageResult triage, List<RankedCause> causes, ExercisePlan plan) {
    public CheckResult {
        causes = List.copyOf(causes);
    }

    /**
     * True when the causes must come after the advice, under words that say to get checked first
     * (consultation_24 and more urgent, spec/causes.md).
     */
    public boolean checkedFirst() {
        return !triage.level().allowsExercises();
    }

    /**
     * True at emergency_ambulance and emergency: the screen, the text output and the clinician
     * summary show no cause of the noise, only a line that getting help comes first and that the
     * cause does not change the advice. A cause such as worn cartilage under an emergency banner
     * could read as a reason to wait. ({@link #causes} still holds them for the JSON output.)
     */
    public boolean causesHeldBack() {
        return triage.level().isEmergency();
    }
}
