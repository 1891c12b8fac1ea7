package org.popcheck.exercise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.MorningAfter;
import org.popcheck.triage.Level;

/**
 * What to do next time with an exercise, on the pain-monitoring model physiotherapists use: pain
 * during the session (0 to 10) and how it was the next morning.
 *
 * <ul>
 * <li>green: pain {@value #GREEN_MAX} or less, the whole dose done, back to usual soon after: carry on,
 * and after {@value #EASY_DAYS} green days in a row add a little;</li>
 * <li>amber: pain 4 or 5, or it settled only by the next morning, or the session was stopped early, or
 * the morning answer is still missing: repeat the same dose;</li>
 * <li>red: pain above {@value #AMBER_MAX}, or worse the next morning, or more pain this week than the
 * week before: step back;</li>
 * <li>stop: pain {@value #STOP_AT} or more, or a warning sign noted with the session: stop and check
 * the joint again.</li>
 * </ul>
 *
 * Sessions count by day: several on one day count once, with the worst pain and morning answer of the
 * day. The dose rises first (reps by {@value #REP_STEP}, holds by {@value #HOLD_STEP} s, walks by a minute, up to half as
 * much again as the catalog's dose, and never past {@value #MOST_SECONDS} s as the guided timer runs it), and only then
 * the harder version. Nothing gets harder or longer while the last check is above self care.
 *
 * <p>Every dose the advice can give is at most {@link #largestDose}: the planner counts a session at those doses, so a
 * session stays within its 15 minutes after any amount of progression.
 */
public final class Progression {

    /** The zone of one day of sessions. */
    public enum Zone { GREEN, AMBER, RED, STOP }

    /** The advice: what to do next time. */
    public enum Kind { START, MORE, HARDER, REPEAT, STEP_BACK, EASIER, STOP }

    /**
     * @param dose   the dose for next time (the catalog's sets; reps or hold seconds may differ)
     * @param reason the advice in the person's words, with why
     */
    public record Advice(Kind kind, Exercise.Dosage dose, String reason) {}

    /**
     * One day of sessions of an exercise, merged: the worst pain and morning answer of the day.
     *
     * @param stopAt the time of the day's latest session that alone asked to stop (pain {@value #STOP_AT} or more, or a
     *               warning sign), or null when none did
     */
    record Day(LocalDate date, Integer pain, MorningAfter morning, boolean completed, boolean warning, Integer amount,
               OffsetDateTime stopAt) {}

    public static final int GREEN_MAX = 3;
    public static final int AMBER_MAX = 5;
    public static final int STOP_AT = 7;
    public static final int EASY_DAYS = 3;
    static final int REP_STEP = 2;
    static final int HOLD_STEP = 10;
    /** Seconds an activity (a walk) grows by at a time: a minute. */
    static final int ACTIVITY_STEP = 60;
    static final int WEEK = 7;

    /**
     * The most seconds one exercise may run at its largest dose, counted as the guided timer runs it
     * ({@link Exercise.Dosage#guidedSeconds}): under a third of the 15-minute session, so that the three exercises a
     * session holds still fit after any progression beside the one catalog dose that is longer (the 5-minute walk, 305 s),
     * which is not raised at all.
     */
    public static final int MOST_SECONDS = 295;

    private Progression() {}

    /**
     * The advice for an exercise from the journal.
     *
     * @param entries   the journal, in any order
     * @param lastCheck the level of the latest check of the exercise's places, or null when there is none
     * @param checkedAt the time of that check, or null: a check made after the session that asked to stop lifts the
     *                  stop, and the advice is then to step back. The time, not the day: a check made before the
     *                  session on the same day says nothing of how the joint was after it.
     */
    public static Advice advise(Exercise exercise, List<JournalEntry> entries, Level lastCheck, OffsetDateTime checkedAt) {
        List<Day> days = days(exercise, entries);
        Exercise.Dosage base = exercise.dosage();
        if (days.isEmpty()) {
            return new Advice(Kind.START, base, Messages.get("exercises.progress.start", DoseWords.dose(base), DoseWords.frequency(exercise.daysPerWeek())));
        }
        Day last = days.get(days.size() - 1);
        // a logged amount above the largest dose (an older catalog's, or a file edited by hand) is taken as the largest
        Exercise.Dosage now = withAmount(base, last.amount() == null ? amount(base) : Math.min(last.amount(), ceiling(base)));
        String dose = DoseWords.dose(now);
        int pain = last.pain() == null ? 0 : last.pain();
        Zone zone = zone(last);
        boolean checkedSince = checkedAt != null && last.stopAt() != null && checkedAt.isAfter(last.stopAt());
        switch (zone) {
            case STOP -> {
                if (checkedSince) {
                    return stepBack(exercise, now, Messages.get("exercises.progress.red.checked"));
                }
                String why = last.warning() ? Messages.get("exercises.progress.stop.sign") : Messages.get("exercises.progress.stop.pain", pain);
                return new Advice(Kind.STOP, now, Messages.get("exercises.progress.stop", why));
            }
            case RED -> {
                String why = pain > AMBER_MAX ? Messages.get("exercises.progress.red.pain", pain) : Messages.get("exercises.progress.red.morning");
                return stepBack(exercise, now, why);
            }
            case AMBER -> {
                return new Advice(Kind.REPEAT, now, amberReason(last, dose));
            }
            default -> { }
        }
        if (worseThanLastWeek(days)) {
            return stepBack(exercise, now, Messages.get("exercises.progress.red.week"));
        }
        int green = 0;
        for (int i = days.size() - 1; i >= 0 && zone(days.get(i)) == Zone.GREEN; i--) {
            green++;
        }
        if (green < EASY_DAYS) {
            return new Advice(Kind.REPEAT, now, Messages.get("exercises.progress.repeat.notYet", dose, EASY_DAYS));
        }
        if (lastCheck != null && lastCheck != Level.SELF_CARE) {
            return new Advice(Kind.REPEAT, now, Messages.get("exercises.progress.repeat.care", dose));
        }
        int ceiling = ceiling(base);
        if (amount(now) < ceiling) {
            Exercise.Dosage more = withAmount(base, Math.min(ceiling, amount(now) + step(base)));
            return new Advice(Kind.MORE, more, Messages.get("exercises.progress.more", EASY_DAYS, DoseWords.dose(more)));
        }
        if (exercise.harder() != null) {
            return new Advice(Kind.HARDER, base, Messages.get("exercises.progress.harder", exercise.harder().text()));
        }
        return new Advice(Kind.REPEAT, now, Messages.get("exercises.progress.repeat.full", dose));
    }

    /** The zone of a day: see the class comment. */
    static Zone zone(Day d) {
        int pain = d.pain() == null ? 0 : d.pain();
        if (pain >= STOP_AT || d.warning()) {
            return Zone.STOP;
        }
        if (pain > AMBER_MAX || d.morning() == MorningAfter.WORSE) {
            return Zone.RED;
        }
        if (d.pain() == null || pain > GREEN_MAX || d.morning() != MorningAfter.SETTLED_SOON || !d.completed()) {
            return Zone.AMBER;
        }
        return Zone.GREEN;
    }

    private static String amberReason(Day d, String dose) {
        if (!d.completed()) {
            return Messages.get("exercises.progress.repeat.stopped", dose);
        }
        if (d.pain() != null && d.pain() > GREEN_MAX) {
            return Messages.get("exercises.progress.repeat.pain", d.pain(), dose);
        }
        if (d.morning() == MorningAfter.SETTLED_BY_MORNING) {
            return Messages.get("exercises.progress.repeat.overnight", dose);
        }
        return Messages.get("exercises.progress.repeat.morning", dose);
    }

    /** Back one dose step; at or below the catalog's dose, the easier version when there is one. */
    private static Advice stepBack(Exercise exercise, Exercise.Dosage now, String why) {
        Exercise.Dosage base = exercise.dosage();
        if (amount(now) <= amount(base) && exercise.easier() != null) {
            return new Advice(Kind.EASIER, base, Messages.get("exercises.progress.easier", why, exercise.easier().text()));
        }
        int floor = Math.max(1, (amount(base) + 1) / 2);
        int less = amount(now) > amount(base) ? Math.max(amount(base), amount(now) - step(base)) : Math.max(floor, amount(now) - step(base));
        Exercise.Dosage back = withAmount(base, less);
        return new Advice(Kind.STEP_BACK, back, Messages.get("exercises.progress.stepBack", why, DoseWords.dose(back)));
    }

    /** True when the mean pain of the last week is above green and above the mean of the week before. */
    static boolean worseThanLastWeek(List<Day> days) {
        LocalDate end = days.get(days.size() - 1).date();
        double recent = meanPain(days, end.minusDays(WEEK - 1), end);
        double before = meanPain(days, end.minusDays(2 * WEEK - 1), end.minusDays(WEEK));
        return !Double.isNaN(recent) && !Double.isNaN(before) && recent > GREEN_MAX && recent > before;
    }

    private static double meanPain(List<Day> days, LocalDate from, LocalDate to) {
        return days.stream().filter(d -> d.pain() != null && !d.date().isBefore(from) && !d.date().isAfter(to))
                .mapToInt(Day::pain).average().orElse(Double.NaN);
    }

    /** The sessions of this exercise grouped by calendar day (the entry's own date), oldest first. */
    static List<Day> days(Exercise exercise, List<JournalEntry> entries) {
        Map<LocalDate, List<Object[]>> byDay = new TreeMap<>();
        for (JournalEntry e : entries) {
            for (ExerciseDone d : e.exercises()) {
                if (d.exerciseId().equals(exercise.id())) {
                    byDay.computeIfAbsent(e.at().toLocalDate(), k -> new ArrayList<>()).add(new Object[] {e, d});
                }
            }
        }
        List<Day> out = new ArrayList<>();
        byDay.forEach((date, sessions) -> {
            Integer pain = null;
            MorningAfter morning = null;
            boolean completed = true;
            boolean warning = false;
            Integer amount = null;
            OffsetDateTime stopAt = null;
            sessions.sort(Comparator.comparing(o -> ((JournalEntry) o[0]).at()));
            for (Object[] o : sessions) {
                JournalEntry e = (JournalEntry) o[0];
                ExerciseDone d = (ExerciseDone) o[1];
                if (d.painDuring() != null) {
                    pain = pain == null ? d.painDuring() : Math.max(pain, d.painDuring());
                }
                if (d.nextMorning() != null && (morning == null || d.nextMorning().compareTo(morning) > 0)) {
                    morning = d.nextMorning();
                }
                completed &= d.sets() >= exercise.dosage().totalSets();
                boolean signed = !e.warningSigns().isEmpty() || d.stopSign();
                warning |= signed;
                if (signed || d.painDuring() != null && d.painDuring() >= STOP_AT) {
                    stopAt = e.at();
                }
                Integer done = exercise.dosage().isHold() ? d.seconds() : d.reps();
                if (done != null) {
                    amount = done;
                }
            }
            out.add(new Day(date, pain, morning, completed, warning, amount, stopAt));
        });
        return out;
    }

    /**
     * A session of another exercise for one of this exercise's places that ended with a stop sign ticked.
     *
     * @param signs the ids of the signs ticked, in the order ticked
     */
    public record PlaceStop(OffsetDateTime at, String exerciseId, List<String> signs) {
        public PlaceStop {
            signs = List.copyOf(signs);
        }
    }

    /**
     * The latest session of another exercise that helps one of the same places and ended with a stop sign,
     * with no check since; empty when none. The stop of such a sign holds for the place, not only for the
     * exercise it was ticked after: swelling or a joint that gives way after the glute bridge says as much
     * about the hip flexor stretch, and the same sign logged with an entry holds back the place's exercises
     * (its safety-net check). Signs that cannot wait hold back every exercise ({@link UrgentStopSign}).
     *
     * @param checkedAt the time of the latest check of the exercise's places, or null: a check made after the
     *                  session lifts the stop, as it does for the exercise itself ({@link #advise})
     */
    public static Optional<PlaceStop> stoppedAtPlace(Exercise exercise, ExerciseCatalog catalog, List<JournalEntry> entries,
            OffsetDateTime checkedAt) {
        return entries.stream()
                .filter(e -> checkedAt == null || e.at().isAfter(checkedAt))
                .flatMap(e -> e.exercises().stream()
                        .filter(d -> d.stopSign() && !d.exerciseId().equals(exercise.id()))
                        .filter(d -> catalog.find(d.exerciseId()).map(x -> x.regions().stream().anyMatch(exercise.regions()::contains)).orElse(false))
                        .map(d -> new PlaceStop(e.at(), d.exerciseId(), d.stopSigns())))
                .max(Comparator.comparing(p -> p.at().toInstant()));
    }

    /**
     * The entry of the latest session of this exercise when it was on an earlier day than {@code today}
     * and still waits for its next-morning answer (update it with {@link #answerMorning}); empty
     * otherwise. Only the latest session is asked about: an older missing answer stays missing.
     */
    public static Optional<JournalEntry> awaitingMorning(Exercise exercise, List<JournalEntry> entries, LocalDate today) {
        return entries.stream()
                .filter(e -> e.exercises().stream().anyMatch(d -> d.exerciseId().equals(exercise.id())))
                .max(Comparator.comparing(JournalEntry::at))
                .filter(e -> e.at().toLocalDate().isBefore(today))
                .filter(e -> e.exercises().stream().anyMatch(d -> d.exerciseId().equals(exercise.id()) && d.nextMorning() == null));
    }

    /** A copy of the entry with the next-morning answer on every session of this exercise in it. */
    public static JournalEntry answerMorning(JournalEntry entry, String exerciseId, MorningAfter answer) {
        List<ExerciseDone> done = entry.exercises().stream()
                .map(d -> d.exerciseId().equals(exerciseId) ? d.withNextMorning(answer) : d).toList();
        return new JournalEntry(entry.id(), entry.at(), entry.site(), entry.sound(), entry.frequency(), entry.pain(), entry.triggers(),
                entry.warningSigns(), entry.notes(), entry.forClinician(), done, entry.assessment());
    }

    private static int amount(Exercise.Dosage d) {
        return d.isHold() ? d.holdSeconds() : d.reps();
    }

    private static int step(Exercise.Dosage d) {
        return d.isActivity() ? ACTIVITY_STEP : d.isHold() ? HOLD_STEP : REP_STEP;
    }

    /**
     * The largest dose the advice can ever give for this exercise: the catalog's, with reps or seconds raised at most
     * half as much again and only while the guided timer runs it in {@value #MOST_SECONDS} s or less.
     */
    public static Exercise.Dosage largestDose(Exercise exercise) {
        return withAmount(exercise.dosage(), ceiling(exercise.dosage()));
    }

    /**
     * The largest amount: half as much again as the catalog's, rounded down to a whole rep, five seconds of a hold or a
     * minute of a walk, within {@value #MOST_SECONDS} s; never below the catalog's.
     */
    static int ceiling(Exercise.Dosage base) {
        int most = amount(base) + amount(base) / 2;
        // an activity is told in whole minutes and a hold in fives (a "37-second hold" reads as a slip)
        int unit = base.isActivity() ? ACTIVITY_STEP : base.isHold() ? 5 : 1;
        most = most / unit * unit;
        while (most > amount(base) && base.withAmount(most).guidedSeconds() > MOST_SECONDS) {
            most -= unit;
        }
        return Math.max(most, amount(base));
    }

    /** The catalog's dose with other reps per set or seconds per hold. */
    static Exercise.Dosage withAmount(Exercise.Dosage base, int amount) {
        return base.withAmount(amount);
    }
}
