package org.popcheck.journal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 times with offset, as the journal writes them ({@code 2026-03-01T08:30:00+01:00}),
 * read and written by hand: java.time's formatter costs more than the rest of an entry, and a
 * long journal has a hundred thousand of them. Anything unusual falls back to the formatter.
 */
final class IsoTime {

    private IsoTime() {}

    /**
     * RFC 3339: a four-digit year and an offset in hours and minutes. An offset with seconds (some
     * zones before about 1940) is written as the nearest whole minute at the same instant. A year
     * outside 0000 to 9999 cannot be written in RFC 3339; no entry can have one any more
     * ({@link EntryRules}), and one read from an old file is written back as ISO-8601 rather than lost.
     */
    static String format(OffsetDateTime t) {
        t = WallClock.toWholeMinuteOffset(t);
        StringBuilder b = new StringBuilder(35);
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        pad(b, year, 4).append('-');
        pad(b, t.getMonthValue(), 2).append('-');
        pad(b, t.getDayOfMonth(), 2).append('T');
        pad(b, t.getHour(), 2).append(':');
        pad(b, t.getMinute(), 2).append(':');
        pad(b, t.getSecond(), 2);
        int nano = t.getNano();
        if (nano != 0) {
            b.append('.');
            String digits = Integer.toString(1_000_000_000 + nano).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append(digits, 0, end);
        }
        b.append(t.getOffset().getId()); // "Z" or "+01:00"
        return b.toString();
    }

    static OffsetDateTime parse(String s) throws DateTimeParseException {
        OffsetDateTime fast = parseFast(s);
        return fast != null ? fast : OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The common shape only; null sends the text to the full parser, which also words the errors. */
    private static OffsetDateTime parseFast(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                return null;
            }
            nano = digits(s, start, count);
            for (int k = count; k < 9; k++) {
                nano *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0 || oh > 18 || om > 59) {
                return null;
            }
            int sign = s.charAt(i) == '-' ? -1 : 1;
            offset = offset(sign * (oh * 3600 + om * 60));
            if (offset == null) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException e) {
            return null; // e.g. 30 February: the full parser gives the message
        }
    }

    /** Every offset in quarter hours from -18:00 to +18:00, the ones real time zones use. */
    private static final ZoneOffset[] QUARTERS = new ZoneOffset[145];

    static {
        for (int k = 0; k < QUARTERS.length; k++) {
            QUARTERS[k] = ZoneOffset.ofTotalSeconds((k - 72) * 900);
        }
    }

    /**
     * The offset of so many seconds, or null when there is none. A quarter hour comes from the table
     * above: java.time's own cache is a concurrent map with a boxed key, which showed in the load time.
     */
    private static ZoneOffset offset(int totalSeconds) {
        if (totalSeconds % 900 == 0 && Math.abs(totalSeconds) <= 18 * 3600) {
            return QUARTERS[totalSeconds / 900 + 72];
        }
        try {
            return ZoneOffset.ofTotalSeconds(totalSeconds);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** {@code value} (0 to 9999) in exactly {@code width} digits, written straight into the builder. */
    private static StringBuilder pad(StringBuilder b, int value, int width) {
        for (int div = width == 4 ? 1000 : 10; div > 0; div /= 10) {
            b.append((char) ('0' + value / div % 10));
        }
        return b;
    }
}
