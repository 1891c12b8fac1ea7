package org.popcheck.i18n;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;

/**
 * Dates, times and numbers as the language in use writes them ({@link Messages#locale()}): java.time's
 * and java.text's own locale data, no patterns of our own. "31 Mar 2026" / "31 mar 2026" / "31.03.2026".
 */
public final class LocalFormats {

    private LocalFormats() {}

    /** A day, medium length: "Mar 31, 2026", "31 mar 2026", "31.03.2026". */
    public static String date(TemporalAccessor day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.locale()).format(day);
    }

    /** A day, short: for narrow places such as chart axes ("3/31/26", "31/3/26", "31.03.26"). */
    public static String shortDate(TemporalAccessor day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Messages.locale()).format(day);
    }

    /** A day and time of day: "Mar 31, 2026, 8:30 AM", "31 mar 2026, 8:30", "31.03.2026, 08:30". */
    public static String dateTime(TemporalAccessor at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Messages.locale()).format(at);
    }

    /** A day and time, short, for table cells. */
    public static String shortDateTime(TemporalAccessor at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.SHORT).withLocale(Messages.locale()).format(at);
    }

    /** A number with exactly {@code fractionDigits} decimals and the language's decimal mark: "2.5" / "2,5". */
    public static String decimal(double value, int fractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(Messages.locale());
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return f.format(value);
    }
}
