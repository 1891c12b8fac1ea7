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

    /** Told each time a text is refused; set by {@link #attachTo}. */
    private Runnable onRefused = () -> { };

    /**
     * Makes {@code picker} a strict date box, as every date box of the app is: shown and read in the
     * app's language ({@code 31.12.2026}), a text that is no date ("31.02.2026", "abc", "2026-13-01")
     * gives no date rather than the one before or one moved to fit, stays in the box to be corrected,
     * and marks the box (AtlantaFX danger, and {@code name} with the problem for a screen reader). A
     * date picked or typed that can be read clears all that. Enter confirms the date typed and does
     * no more (it does not press the window's default button as well).
     *
     * <p>The sentence naming the problem is the caller's to place ({@link #problemProperty()}).
     *
     * @param name the box's name, as its label says it (its accessible text while all is well)
     */
    public static StrictDateConverter attachTo(javafx.scene.control.DatePicker picker, String name) {
        StrictDateConverter dates = new StrictDateConverter(Messages.locale());
        picker.setConverter(dates);
        picker.setPromptText(dates.toString(LocalDate.now()));
        picker.setAccessibleText(name);
        picker.getEditor().setAccessibleText(name);
        dates.problemProperty().addListener((o, was, now) ->
                org.popcheck.ui.common.Styles.markProblem(picker.getEditor(), name, now));
        picker.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                dates.clearProblem();
            }
        });
        // The picker empties its box once it has no date (after the converter has been asked): the
        // text typed is put back, to be corrected.
        dates.onRefused = () -> javafx.application.Platform.runLater(() -> {
            String refused = dates.refusedText();
            if (!refused.isEmpty() && picker.getValue() == null && picker.getEditor().getText().isEmpty()) {
                picker.getEditor().setText(refused);
                picker.getEditor().positionCaret(refused.length());
            }
        });
        picker.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
            }
        });
        return dates;
    }

    /**
     * The problems of several date boxes as one sentence, in the boxes' order ("" while every box
     * reads well), given to {@code sentence} each time one of them changes: a "from" and a "to" box
     * name their problems together under both.
     */
    public static void whenProblemsChange(java.util.function.Consumer<String> sentence, StrictDateConverter... boxes) {
        for (StrictDateConverter box : boxes) {
            box.problemProperty().addListener((o, was, now) -> sentence.accept(String.join(" ",
                    java.util.Arrays.stream(boxes).map(b -> b.problemProperty().get()).filter(p -> !p.isEmpty()).toList())));
        }
    }

    /**
     * Reads the text in {@code picker}'s box if it is not what its date shows: a shortcut key or a
     * button reached with the keyboard can act before the box has been left. A text that is no date
     * leaves the picker without a date (and the problem named).
     */
    public static void readTyped(javafx.scene.control.DatePicker picker) {
        if (picker.getSkin() == null) {
            // Never shown, so nothing typed: its box is filled from the date only by its skin, and an
            // empty box read here dropped a date set before (a summary period after a change of language).
            return;
        }
        String typed = picker.getEditor().getText();
        if (!typed.equals(picker.getConverter().toString(picker.getValue()))) {
            LocalDate date = picker.getConverter().fromString(typed);
            picker.setValue(date);
            if (date == null) {
                picker.getEditor().setText(typed.strip());
            }
        }
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
        onRefused.run();
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
