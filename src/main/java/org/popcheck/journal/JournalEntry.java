package org.popcheck.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.popcheck.body.BodySite;

/**
 * One line of the popping and pain log. Only id and time are required: a quick entry may have just a
 * site and a pain score, an exercise session just the exercises, a saved wizard run just the assessment.
 *
 * <p>A value: equal when every field is, as a record would be. It is not a record because of how
 * it keeps its time. An {@link OffsetDateTime} is four objects (96 bytes); ten years of entries
 * held 9.6 MB of them, and every collection while a journal loaded had to copy them, which held
 * every thread, the window's too. The entry keeps the instant and the offset instead and makes
 * the date-time when asked; {@link #epochSecond()} and {@link #nano()} order entries without it.
 *
 * <p>The fields, each with its accessor:
 * <ul>
 *   <li>{@code site}: where it popped, or null for an entry that is only an exercise session;</li>
 *   <li>{@code sound}, {@code frequency}: options of the fact catalog, or null;</li>
 *   <li>{@code pain}: 0 to 10, or null when not given;</li>
 *   <li>{@code triggers}: {@code trigger} options of the fact catalog;</li>
 *   <li>{@code warningSigns}: fact ids of spec/assessment.md noticed with this entry;</li>
 *   <li>{@code notes}: free text, at most {@link EntryRules#MAX_NOTES} characters (code points), never null
 *       (empty when none);</li>
 *   <li>{@code forClinician}: the person flagged these notes for the clinician summary;</li>
 *   <li>{@code assessment}: for an entry saved from the wizard, the assessment and its result, else null.</li>
 * </ul>
 */
public final class JournalEntry {

    /** The most characters (code points) a note may have; {@link EntryRules} holds all the limits. */
    public static final int MAX_NOTES = EntryRules.MAX_NOTES;

    private final String id;
    private final long epochSecond;
    private final int nano;
    private final ZoneOffset offset;
    private final BodySite site;
    private final String sound;
    private final String frequency;
    private final Integer pain;
    private final List<String> triggers;
    private final List<String> warningSigns;
    private final String notes;
    private final boolean forClinician;
    private final List<ExerciseDone> exercises;
    private final SavedAssessment assessment;

    public JournalEntry(String id, OffsetDateTime at, BodySite site, String sound, String frequency, Integer pain,
            List<String> triggers, List<String> warningSigns, String notes, boolean forClinician,
            List<ExerciseDone> exercises, SavedAssessment assessment) {
        this.id = Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        this.epochSecond = at.toEpochSecond();
        this.nano = at.getNano();
        this.offset = at.getOffset();
        this.site = site;
        this.sound = sound;
        this.frequency = frequency;
        this.pain = pain;
        this.triggers = triggers == null ? List.of() : List.copyOf(triggers);
        this.warningSigns = warningSigns == null ? List.of() : List.copyOf(warningSigns);
        this.notes = notes == null ? "" : notes;
        this.forClinician = forClinician;
        this.exercises = exercises == null ? List.of() : List.copyOf(exercises);
        this.assessment = assessment;
    }

    public String id() {
        return id;
    }

    /** When, with the offset from UTC the person's clock had then. Made anew on each call. */
    public OffsetDateTime at() {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond, nano), offset);
    }

    /**
     * The day of {@link #at()} on the person's clock, without making the date-time: charts and
     * filters ask it of every entry.
     */
    public LocalDate localDate() {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond + offset.getTotalSeconds(), 86_400L));
    }

    /** The instant of {@link #at()}: whole seconds since 1970-01-01T00:00Z. */
    public long epochSecond() {
        return epochSecond;
    }

    /** The instant of {@link #at()}: the nanoseconds within its second. */
    public int nano() {
        return nano;
    }

    public BodySite site() {
        return site;
    }

    public String sound() {
        return sound;
    }

    public String frequency() {
        return frequency;
    }

    public Integer pain() {
        return pain;
    }

    /**
     * The pain to show for this entry: its own score, or for a guided session saved without one, the pain
     * given at the end of the session (the highest, if it holds several exercises); null when neither is.
     * A session keeps its pain with the exercise ({@code pain_during}), and the journal's table showed a
     * blank pain for it.
     */
    public Integer painOrSessionPain() {
        if (pain != null) {
            return pain;
        }
        return exercises.stream().map(ExerciseDone::painDuring).filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }

    /** True for a guided exercise session saved with no joint of its own: its exercise may serve several. */
    public boolean isSessionWithoutJoint() {
        return site == null && !exercises.isEmpty();
    }

    public List<String> triggers() {
        return triggers;
    }

    public List<String> warningSigns() {
        return warningSigns;
    }

    public String notes() {
        return notes;
    }

    public boolean forClinician() {
        return forClinician;
    }

    public List<ExerciseDone> exercises() {
        return exercises;
    }

    public SavedAssessment assessment() {
        return assessment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalEntry e
                && epochSecond == e.epochSecond && nano == e.nano && forClinician == e.forClinician
                && id.equals(e.id) && offset.equals(e.offset) && Objects.equals(site, e.site)
                && Objects.equals(sound, e.sound) && Objects.equals(frequency, e.frequency)
                && Objects.equals(pain, e.pain) && triggers.equals(e.triggers) && warningSigns.equals(e.warningSigns)
                && notes.equals(e.notes) && exercises.equals(e.exercises) && Objects.equals(assessment, e.assessment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, epochSecond, nano, offset, site, sound, frequency, pain, triggers, warningSigns, notes,
                forClinician, exercises, assessment);
    }

    @Override
    public String toString() {
        return "JournalEntry[id=" + id + ", at=" + at() + ", site=" + site + ", sound=" + sound + ", frequency=" + frequency
                + ", pain=" + pain + ", triggers=" + triggers + ", warningSigns=" + warningSigns + ", notes=" + notes
                + ", forClinician=" + forClinician + ", exercises=" + exercises + ", assessment=" + assessment + "]";
    }
}
