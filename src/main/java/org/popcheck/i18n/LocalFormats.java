package org.popcheck.i18n;

import java.text.NumberFormat;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;

/**
 * Dates, times and numbers as the language in use writes them ({@link Messages#locale()}): java.time's
 * and java.text's own locale data (the year always as four digits, see {@link #formatter}). "31 Mar 2026" / "31 mar 2026" / "31.03.2026".
 */
public final class LocalFormats {

    private LocalFormats() {}

    /** A day, medium length: "Mar 31, 2026", "31 mar 2026", "31.03.2026". */
    public static String date(TemporalAccessor day) {
        return formatter(FormatStyle.MEDIUM, null).format(day);
    }

    /** A day, short: for narrow places such as chart axes ("3/31/2026", "31/3/2026", "31.03.2026"). */
    public static String shortDate(TemporalAccessor day) {
        return formatter(FormatStyle.SHORT, null).format(day);
    }

    /** A day and time of day: "Mar 31, 2026, 8:30 AM", "31 mar 2026, 8:30", "31.03.2026, 08:30". */
    public static String dateTime(TemporalAccessor at) {
        return formatter(FormatStyle.MEDIUM, FormatStyle.SHORT).format(at);
    }

    /** A day and time, short, for table cells ("3/31/2026, 8:30 AM", "31.03.2026, 08:30"). */
    public static String shortDateTime(TemporalAccessor at) {
        return formatter(FormatStyle.SHORT, FormatStyle.SHORT).format(at);
    }

    /**
     * The language's own pattern for the style (the JDK's locale data), with its year written as the
     * proleptic four-digit year: the localized styles use the year of era, which prints year 0 as 1,
     * and their short style keeps only two digits, which cannot tell 1926 from 2026 in a journal.
     */
    static DateTimeFormatter formatter(FormatStyle dateStyle, FormatStyle timeStyle) {
        return formatter(dateStyle, timeStyle, Messages.locale());
    }

    /**
     * The same for a given locale, e.g. to read dates typed in the language's short form.
     *
     * @param timeStyle null for a date alone
     */
    public static DateTimeFormatter formatter(FormatStyle dateStyle, FormatStyle timeStyle, java.util.Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(dateStyle, timeStyle, IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(fourDigitProlepticYear(pattern), locale);
    }

    /** Every run of the year-of-era letter outside quoted text becomes "uuuu". */
    static String fourDigitProlepticYear(String pattern) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                out.append(c);
            } else if (!quoted && c == 'y') {
                while (i + 1 < pattern.length() && pattern.charAt(i + 1) == 'y') {
                    i++;
                }
                out.append("uuuu");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A number with exactly {@code fractionDigits} decimals and the language's decimal mark: "2.5" / "2,5". */
    public static String decimal(double value, int fractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(Messages.locale());
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return f.format(value);
    }
}
