package org.popcheck.journal;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The journal as CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, one row per entry, and a
 * UTF-8 byte order mark so spreadsheet programs read accents and other scripts correctly as-is.
 *
 * <p>The time is two columns: {@code local_time}, the date and time on the person's clock to the
 * second ({@code 2026-03-01 08:30:00}), which spreadsheets read as a date-time, and
 * {@code utc_offset} ({@code UTC+01:00}), kept apart because no spreadsheet reads an ISO time with
 * an offset as a date. A leading "UTC" keeps the offset text: "+01:00" alone would be taken for a
 * formula or a time of day.
 */
public final class JournalCsv {

    public static final List<String> HEADER = List.of("id", "local_time", "utc_offset", "region", "side", "sound", "frequency", "pain",
            "triggers", "warning_signs", "notes", "for_clinician", "exercises", "level");

    /** Seconds precision, a space rather than ISO's "T", and a four-digit year: what spreadsheets take as a date. */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private JournalCsv() {}

    public static void write(List<JournalEntry> entries, Writer out) throws IOException {
        out.write('\uFEFF');
        row(out, HEADER);
        for (JournalEntry e : entries) {
            row(out, List.of(
                    e.id(),
                    LOCAL_TIME.format(e.at()),
                    "UTC" + e.at().getOffset().getId().replace("Z", "+00:00"),
                    e.site() == null ? "" : e.site().region().id(),
                    e.site() == null ? "" : e.site().side().id(),
                    nullToEmpty(e.sound()),
                    nullToEmpty(e.frequency()),
                    e.pain() == null ? "" : e.pain().toString(),
                    String.join(";", e.triggers()),
                    // The signs the entry holds wherever it keeps them: ticked, or answered yes or not sure in
                    // its check, as the table and the summary count them.
                    String.join(";", EntrySigns.of(e)),
                    e.notes(),
                    e.forClinician() ? "yes" : "",
                    e.exercises().stream().map(JournalCsv::exercise).collect(Collectors.joining(";")),
                    e.assessment() == null ? "" : e.assessment().level().id()));
        }
        out.flush();
    }

    /**
     * In the {@code exercises} column, a session stopped before its first set: the screens and the
     * summary say so in words, and "0x12" read as twelve repetitions planned and none done, or as a typo.
     */
    static final String STOPPED_BEFORE_FIRST_SET = "stopped before the first set";

    /**
     * One session: {@code calf-raise 3x12}, {@code plank 2x30s}, or {@code calf-raise stopped before
     * the first set}; then {@code pain N}, {@code next morning ID} and {@code stop signs A+B} when known.
     */
    private static String exercise(ExerciseDone x) {
        StringBuilder b = new StringBuilder(x.exerciseId()).append(' ');
        if (x.noSetDone()) {
            b.append(STOPPED_BEFORE_FIRST_SET);
        } else {
            b.append(x.sets()).append('x');
            if (x.reps() != null) {
                b.append(x.reps());
            }
            if (x.seconds() != null) {
                b.append(x.seconds()).append('s');
            }
        }
        if (x.painDuring() != null) {
            b.append(" pain ").append(x.painDuring());
        }
        if (x.nextMorning() != null) {
            b.append(" next morning ").append(x.nextMorning().id());
        }
        if (x.stopSign()) {
            b.append(" stop signs ").append(String.join("+", x.stopSigns()));
        }
        return b.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, and quotes inside are doubled. */
    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        String safe = neutraliseFormula(cell);
        if (!needs && safe.equals(cell)) {
            return cell;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /**
     * A note that starts with = + - or @ would run as a formula in a spreadsheet; a leading
     * apostrophe makes it plain text there. Only free text can start that way.
     */
    private static String neutraliseFormula(String cell) {
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
