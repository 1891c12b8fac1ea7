package org.popcheck.journal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import org.popcheck.i18n.Messages;

/**
 * A time as read off a clock (no offset) placed in a time zone, saying so when the clocks changed
 * around it instead of moving it silently: java.time alone would store 02:30 on a spring-forward day
 * as 03:30, and pick one of the two 02:30s on a fall-back day without a word.
 *
 * @param at       the time with its offset; for a time that did not exist, null
 * @param kind     whether the time existed once, never or twice on that day
 * @param change   the clock change it fell into, or null for {@link Kind#ONCE}
 * @param zone     the zone it was placed in, for messages
 */
public record WallClock(OffsetDateTime at, Kind kind, ZoneOffsetTransition change, ZoneId zone) {

    /** How often a clock showed the time that day. */
    public enum Kind { ONCE, NEVER, TWICE }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /**
     * Places {@code local} in {@code zone}. For a time shown twice, {@link #at()} is the first of the
     * two (before the clocks went back), which the app states beside the entry.
     */
    public static WallClock place(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        if (change == null) {
            return new WallClock(local.atZone(zone).toOffsetDateTime(), Kind.ONCE, null, zone);
        }
        if (change.isGap()) {
            return new WallClock(null, Kind.NEVER, change, zone);
        }
        return new WallClock(OffsetDateTime.of(local, change.getOffsetBefore()), Kind.TWICE, change, zone);
    }

    /**
     * Reads the time given to {@code journal add --at}: RFC 3339 with an offset
     * ({@code 2026-03-01T08:30:00+01:00}), or a date and time of day without one, read on the clock of
     * {@code zone}. The time must keep {@link EntryRules#timeProblem} as well.
     *
     * @throws IllegalArgumentException with one plain sentence: not a time, a time the clocks skipped
     *         or showed twice (the message says which offsets to write), or a time out of range
     */
    public static OffsetDateTime parseArgument(String text, ZoneId zone, Instant now) {
        String t = text.strip();
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(t);
        } catch (DateTimeParseException withoutOffset) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(Messages.get("entry.time.bad", text));
            }
            WallClock placed = place(local, zone);
            if (placed.kind() != Kind.ONCE) {
                throw new IllegalArgumentException(placed.problem(local));
            }
            at = placed.at();
        }
        at = toWholeMinuteOffset(at);
        EntryRules.timeProblem(at, now).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return at;
    }

    /**
     * The same instant at an offset of whole minutes: RFC 3339, which the journal is written in, has no
     * seconds in an offset, and some zones had them before about 1940 (Amsterdam +00:19:32).
     */
    public static OffsetDateTime toWholeMinuteOffset(OffsetDateTime at) {
        int seconds = at.getOffset().getTotalSeconds();
        if (seconds % 60 == 0) {
            return at;
        }
        return at.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(Math.round(seconds / 60f) * 60));
    }

    /** For a time that did not exist or was shown twice: what happened, and which offsets to write. */
    String problem(LocalDateTime local) {
        String time = HH_MM.format(local);
        String day = local.toLocalDate().toString();
        String from = HH_MM.format(change.getDateTimeBefore());
        String to = HH_MM.format(change.getDateTimeAfter());
        if (kind == Kind.NEVER) {
            return Messages.get("entry.time.gapWithOffset", time, day, zone.getId(), from, to,
                    ISO_OFFSET.format(OffsetDateTime.of(local, change.getOffsetBefore())));
        }
        return Messages.get("entry.time.overlap", time, day, zone.getId(), from, to,
                ISO_OFFSET.format(OffsetDateTime.of(local, change.getOffsetBefore())),
                ISO_OFFSET.format(OffsetDateTime.of(local, change.getOffsetAfter())));
    }

    /**
     * For the entry dialog, which has no offset field: empty when the time existed once; for a time
     * the clocks skipped, why it cannot be saved; for one shown twice, which of the two is saved.
     */
    public String noteForApp(LocalDateTime local) {
        String time = HH_MM.format(local);
        return switch (kind) {
            case ONCE -> "";
            case NEVER -> Messages.get("entry.time.gap", time, local.toLocalDate().toString(), zone.getId(),
                    HH_MM.format(change.getDateTimeBefore()), HH_MM.format(change.getDateTimeAfter()));
            case TWICE -> Messages.get("entry.time.overlapChosen", time, at.getOffset().getId());
        };
    }

    /** A time the form can save: {@link #at()} exists. */
    public boolean saveable() {
        return at != null;
    }
}
