package org.popcheck.ui.journal;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;
import org.popcheck.i18n.Messages;

/**
 * The journal's date boxes: shown in the language's short form with the whole year ({@code 3/1/2026},
 * {@code 1/3/2026}, {@code 01.03.2026}: the order every other date in the app uses), read in that form
 * or in ISO order ({@code 2026-03-01}), and read strictly: "2/30/2026" is refused with a
 * sentence naming it ({@link #problem()}) instead of quietly becoming 28 February, as the date
 * picker's own converter does.
 *
 * <p>A text that cannot be read gives {@code null} (no date) and sets {@link #problem()}; a date
 * that can be read clears it.
 */
public final class StrictDateConverter extends StringConverter<LocalDate> {

    // "uuuu" (proleptic year), not "yyyy": with STRICT a year of era needs an era to resolve.
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Locale locale;
    private final DateTimeFormatter shown;
    private final List<DateTimeFormatter> readers;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** The text last refused, while its problem stands; else empty. */
    private String refused = "";

    /** @param locale the language's locale ({@code Messages.locale()}), whose short date form is shown and read */
    public StrictDateConverter(Locale locale) {
        this.locale = locale;
        this.shown = ownShortForm(locale);
        this.readers = List.of(ISO, shown);
    }

    /** The locale's short date with a four-digit proleptic year ("M/d/uuuu" in the US), strict. */
    static DateTimeFormatter ownShortForm(Locale locale) {
        return org.popcheck.i18n.LocalFormats.formatter(FormatStyle.SHORT, null, locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * The text last refused while its problem stands, else empty: the date picker empties its box
     * once it has no date, and a box that shows what was typed can be corrected.
     */
    public String refusedText() {
        return refused;
    }

    /** Empty, or why the last text typed is not a date, naming it. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    String problem() {
        return problem.get();
    }

    /** Forgets a refused text, once a date has been chosen another way. */
    public void clearProblem() {
        refused = "";
        problem.set("");
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            clearProblem();
            return null;
        }
        for (DateTimeFormatter reader : readers) {
            try {
                LocalDate date = LocalDate.parse(t, reader);
                clearProblem();
                return date;
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        refused = t;
        problem.set(why(t));
        return null;
    }

    /** Why {@code t} is no date: a day its month does not have, no such month, or not a date at all. */
    private String why(String t) {
        for (DateTimeFormatter reader : readers) {
            ParsePosition at = new ParsePosition(0);
            TemporalAccessor fields = reader.parseUnresolved(t, at);
            if (fields == null || at.getErrorIndex() >= 0 || at.getIndex() != t.length()
                    || !fields.isSupported(ChronoField.YEAR) || !fields.isSupported(ChronoField.MONTH_OF_YEAR)
                    || !fields.isSupported(ChronoField.DAY_OF_MONTH)) {
                continue;
            }
            long year = fields.getLong(ChronoField.YEAR);
            long month = fields.getLong(ChronoField.MONTH_OF_YEAR);
            long day = fields.getLong(ChronoField.DAY_OF_MONTH);
            if (month < 1 || month > 12 || year < -999_999 || year > 999_999) {
                return Messages.get("journal.dialog.date.noMonth", t);
            }
            YearMonth ym = YearMonth.of((int) year, (int) month);
            if (day < 1 || day > ym.lengthOfMonth()) {
                String monthName = ym.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
                return Messages.get("journal.dialog.date.noSuchDay", t, monthName + " " + year, ym.lengthOfMonth());
            }
        }
        return Messages.get("journal.dialog.date.unreadable", t, shown.format(LocalDate.now()));
    }
}
