package org.popcheck.journal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.popcheck.body.BodySite;

/**
 * One line of the popping and pain log. Only id and time are required: a quick entry may have just a
 * site and a pain score, an exercise session just the exercises, a saved wizard run just the assessment.
 *
 * @param site         where it popped, or null for an entry that is only an exercise session
 * @param sound        a {@code sound} option of the fact catalog, or null
 * @param frequency    a {@code frequency} option of the fact catalog, or null
 * @param pain         0 to 10, or null when not given
 * @param triggers     {@code trigger} options of the fact catalog
 * @param warningSigns fact ids of spec/assessment.md noticed with this entry
 * @param notes        free text, at most 2,000 characters, never null (empty when none)
 * @param forClinician the person flagged these notes for the clinician summary
 * @param assessment   for an entry saved from the wizard, the assessment and its result, else null
 */
public record JournalEntry(
        String id,
        OffsetDateTime at,
        BodySite site,
        String sound,
        String frequency,
        Integer pain,
        List<String> triggers,
        List<String> warningSigns,
        String notes,
        boolean forClinician,
        List<ExerciseDone> exercises,
        SavedAssessment assessment) {

    public static final int MAX_NOTES = 2000;

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        warningSigns = warningSigns == null ? List.of() : List.copyOf(warningSigns);
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
        notes = notes == null ? "" : notes;
    }
}
