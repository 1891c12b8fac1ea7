package org.popcheck.ui.journal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.exercise.DoneWords;
import org.popcheck.i18n.LocalFormats;
import org.popcheck.i18n.Messages;

/** Words for the ids stored in the journal, from journal.properties, and the time as the table shows it. */
final class JournalLabels {

    private JournalLabels() {}

    /**
     * The notes of an entry on one line, after what was exercised ("Calf raises: 3 sets", "Calf raises: stopped
     * before the first set", with the stop signs noticed) so that a saved exercise session does not show as a row
     * with only a time.
     */
    static String notesWithExercises(org.popcheck.journal.JournalEntry e) {
        String notes = e.notes().replaceAll("\\s+", " ").trim();
        if (e.exercises().isEmpty()) {
            return notes;
        }
        String done = e.exercises().stream()
                .map(x -> Messages.get("journal.exercise.done",
                        org.popcheck.exercise.ExerciseCatalog.standard().find(x.exerciseId()).map(ex -> ex.name()).orElse(x.exerciseId()),
                        DoneWords.sets(x))
                        + stopSigns(x))
                .collect(Collectors.joining("; "));
        return notes.isEmpty() ? done : done + "; " + notes;
    }

    /** ", stop signs noticed: sharp pain, ..." after a session where the person ticked signs; empty otherwise. */
    private static String stopSigns(org.popcheck.journal.ExerciseDone x) {
        if (!x.stopSign()) {
            return "";
        }
        return " (" + Messages.get("journal.exercise.stopSigns", DoneWords.stopSignsInOneLine(x)) + ")";
    }

    /**
     * One joint in the charts' spoken summary: "Left ankle: 4 entries, average pain 3.5 from 4 scores", "pain 3 (one
     * score)" when only one entry gave a score (an average of one is no average), or "pain not given".
     *
     * @param painSum the sum of the {@code painScores} scores, each 0 to 10
     */
    static String chartSummary(String joint, int entries, int painScores, double painSum) {
        String pain = painScores == 0 ? Messages.get("journal.chart.noPain")
                : Messages.get("journal.chart.pain.scores", LocalFormats.decimal(painSum / painScores, painScores == 1 ? 0 : 1), painScores);
        return Messages.get("journal.chart.summary", joint, entries, pain);
    }

    /** The time of an entry on its own clock, as the language in use writes it. */
    static String time(OffsetDateTime at) {
        return LocalFormats.shortDateTime(at);
    }

    static String region(Region r) {
        return Messages.get("journal.region." + r.id());
    }

    static String side(Side s) {
        return Messages.get("journal.side." + s.id());
    }

    /**
     * The Joint cell: the entry's joint, or for a guided session saved without one, the joints its
     * exercises are for ("Ankle, Foot"), so that its row does not look empty.
     */
    static String joint(org.popcheck.journal.JournalEntry e) {
        if (!e.isSessionWithoutJoint()) {
            return site(e.site());
        }
        return e.exercises().stream()
                .flatMap(x -> org.popcheck.exercise.ExerciseCatalog.standard().find(x.exerciseId()).stream())
                .flatMap(x -> x.regions().stream()).distinct().sorted().map(JournalLabels::region)
                .collect(Collectors.joining(", "));
    }

    /**
     * The Check cell. A check from Check my joint is the result of that check, made with the answers of
     * its day: editing the entry's pain afterwards does not run it again (re-running it could lower a level
     * the person was given, silently). Once the entry's pain is no longer the pain the check was given, the
     * cell says whose level it is ("Within 24 hours (check of 3/1/2026)"), so the row never seems to rate
     * the edited pain. The safety net's checks follow the entry's signs and are made again at each save.
     */
    static String check(org.popcheck.journal.JournalEntry e) {
        org.popcheck.journal.SavedAssessment saved = e.assessment();
        if (saved == null) {
            return "";
        }
        String level = saved.level().shortWords();
        if (!saved.fromWizard()) {
            return level;
        }
        java.util.OptionalDouble checked = saved.assessment().number("pain");
        Integer checkedPain = checked.isPresent() ? (int) Math.round(checked.getAsDouble()) : null;
        return java.util.Objects.equals(checkedPain, e.pain()) ? level
                : Messages.get("journal.check.ofItsDay", level, LocalFormats.date(e.localDate()));
    }

    /**
     * A side as a choice of its own, the first word of what a box shows: "Middle", "Left". The words of
     * {@link #side} go inside a joint's name ("Hip (middle)") and begin in lower case; shown alone in the
     * entry form's side box they began its label in lower case ("middle") in every language.
     */
    static String sideChoice(Side s) {
        return Messages.get("journal.side.choice." + s.id());
    }

    static String site(BodySite site) {
        if (site == null) {
            return "";
        }
        return site.region().isSpine() ? region(site.region()) : Messages.get("journal.site", region(site.region()), side(site.side()));
    }

    /** The word for an option such as {@code sound.pop}; the id itself if the bundle lacks it. */
    static String option(String group, String id) {
        if (id == null) {
            return "";
        }
        String key = "journal." + group + "." + id;
        return Messages.has(key) ? Messages.get(key) : id;
    }

    static String options(String group, List<String> ids) {
        return ids.stream().map(id -> option(group, id)).collect(Collectors.joining(", "));
    }
}
