package org.popcheck.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.popcheck.i18n.Messages;

/**
 * The limits a new or edited entry must keep, in one place: the entry dialog, {@code journal add},
 * the journal store (add, edit and import) and the JSON reader ask these, and a test holds
 * assets/journal/journal.schema.json to the same numbers.
 *
 * <p>Notes are counted in characters as a person sees them (Unicode code points), not in Java's
 * UTF-16 units: a foot emoji is one character, though Java stores it as two.
 */
public final class EntryRules {

    /** The most characters (code points) a note may have. */
    public static final int MAX_NOTES = 2000;

    /** The earliest day an entry can be on, on its own clock. Before it a date is a typing slip. */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);

    /**
     * How far past now an entry may be: a day, so a person who flies across the date line, or whose
     * computer clock is a little behind, can still log, while a wrong year (2062) is refused.
     */
    public static final Duration MAX_AHEAD = Duration.ofHours(24);

    // "uuuu" is the proleptic year: "yyyy" (year of era) would print year 0 as 0001.
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx");
    private static final DateTimeFormatter SHOWN_LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private EntryRules() {}

    /** The length of a text in characters (code points); a surrogate pair counts once. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Empty when the notes fit; else a sentence that says how long they are and may be. */
    public static Optional<String> notesProblem(String notes) {
        int n = length(notes);
        return n <= MAX_NOTES ? Optional.empty() : Optional.of(Messages.get("entry.notes.tooLong", MAX_NOTES, n));
    }

    /**
     * Empty when an entry may be at {@code at}: on or after {@link #EARLIEST_DAY} on its own clock,
     * and at most {@link #MAX_AHEAD} after {@code now}. Else a sentence naming the time and the limit.
     */
    public static Optional<String> timeProblem(OffsetDateTime at, Instant now) {
        if (at.toLocalDate().isBefore(EARLIEST_DAY)) {
            return Optional.of(Messages.get("entry.time.tooEarly", shown(at), EARLIEST_DAY.toString()));
        }
        if (at.toInstant().isAfter(now.plus(MAX_AHEAD))) {
            return Optional.of(Messages.get("entry.time.tooLate", shown(at)));
        }
        return Optional.empty();
    }

    /**
     * An entry's time as every part of the app prints it: ISO order with its offset
     * ({@code 2026-03-01 08:30 +01:00}), a four-digit year even for year 0 (never "0001"), and ISO-8601
     * as it is for a year outside 0000 to 9999.
     */
    public static String shown(OffsetDateTime at) {
        int year = at.getYear();
        return year < 0 || year > 9999 ? at.toString() : SHOWN.format(at);
    }

    /** The same on the entry's own clock without the offset ({@code 2026-03-01 08:30}), for a table. */
    public static String shownLocal(OffsetDateTime at) {
        int year = at.getYear();
        return year < 0 || year > 9999 ? at.toLocalDateTime().toString() : SHOWN_LOCAL.format(at);
    }
}
