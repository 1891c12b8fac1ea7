package org.popcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.popcheck.i18n.LocalFormats;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.MorningAfter;

/**
 * How often the person exercised, in words a person reads at a glance: a count over the days logged ("2 sessions
 * in 3 days"), with a weekly rate only from a week of data on and only when it is at least one a week ("12
 * sessions in 30 days, about 2.8 a week"). A rate from a few days, or below one a week, reads as nonsense ("0.1 per
 * week") to the person and the clinician alike.
 */
public final class SessionWords {

    /** Days of data a weekly rate needs. */
    public static final int WEEK = 7;

    private SessionWords() {}

    /**
     * @param sessions sessions done, 1 or more
     * @param days     the days they were logged over, 1 or more
     */
    public static String sessions(int sessions, long days) {
        if (sessions < 1 || days < 1) {
            throw new IllegalArgumentException("sessions and days must be at least 1, not " + sessions + " and " + days);
        }
        double perWeek = sessions * 7.0 / days;
        if (days < WEEK || perWeek < 1) {
            return Messages.get("summary.pdf.sessions", sessions, days);
        }
        return Messages.get("summary.pdf.sessionsPerWeek", sessions, days, LocalFormats.decimal(perWeek, 1));
    }

    /** One exercise's line: "Calf raises: 3 sessions", with "; stopped once before the first set" when that happened. */
    public static String exercise(Summary.ExerciseCount e) {
        return e.stoppedBeforeFirstSet() == 0 ? Messages.get("summary.pdf.exerciseLine", e.name(), e.sessions())
                : Messages.get("summary.pdf.exerciseLineStopped", e.name(), e.sessions(), e.stoppedBeforeFirstSet());
    }

    /**
     * What one exercise of a session felt like, as the person said it: "Pain at the end: 4 of 10", then how it
     * was the next morning in the words of the morning question, when known.
     */
    public static String painAndMorning(Summary.SessionPain p) {
        // the morning question's answers say "the next morning" themselves
        String morning = p.nextMorning() == null ? null : Messages.get("exercises.morning." + p.nextMorning().id());
        if (p.pain() == null) {
            return morning;
        }
        String pain = Messages.get("summary.pdf.painAtEnd", p.pain());
        return morning == null ? pain : pain + "; " + morning;
    }

    /**
     * Page one's line per exercise on how its sessions felt, most recent exercise first: the range of the pain at the
     * end over how many sessions and the latest with its date ("Calf raises: pain at the end 1–4 of 10 after
     * 12 sessions; latest 2 of 10 on Nov 19, 2026"), then how often it was still sore the next morning. Every
     * session is in the log with its own date and words.
     */
    public static List<String> painByExercise(List<Summary.SessionPain> oldestFirst) {
        Map<String, List<Summary.SessionPain>> byExercise = new LinkedHashMap<>();
        for (int k = oldestFirst.size() - 1; k >= 0; k--) {
            byExercise.computeIfAbsent(oldestFirst.get(k).exercise(), x -> new ArrayList<>()).add(oldestFirst.get(k));
        }
        List<String> lines = new ArrayList<>();
        byExercise.forEach((exercise, newestFirst) -> lines.add(painLine(exercise, newestFirst)));
        return lines;
    }

    private static String painLine(String exercise, List<Summary.SessionPain> newestFirst) {
        List<String> said = new ArrayList<>();
        List<Summary.SessionPain> withPain = newestFirst.stream().filter(p -> p.pain() != null).toList();
        if (!withPain.isEmpty()) {
            int low = withPain.stream().mapToInt(Summary.SessionPain::pain).min().orElseThrow();
            int high = withPain.stream().mapToInt(Summary.SessionPain::pain).max().orElseThrow();
            String range = low == high ? Integer.toString(low) : low + "\u2013" + high;
            Summary.SessionPain latest = withPain.get(0);
            said.add(Messages.get("summary.pdf.painLine", range, withPain.size(), latest.pain(), LocalFormats.date(latest.at().toLocalDate())));
        }
        List<Summary.SessionPain> worse = newestFirst.stream().filter(p -> p.nextMorning() == MorningAfter.WORSE).toList();
        if (!worse.isEmpty()) {
            said.add(Messages.get("summary.pdf.morningWorse", worse.size(), LocalFormats.date(worse.get(0).at().toLocalDate())));
        }
        if (said.isEmpty()) {
            said.add(Messages.get("summary.pdf.morningFine", newestFirst.size()));
        }
        return exercise + ": " + String.join("; ", said);
    }
}
