package org.popcheck.ui.journal;

import javafx.util.StringConverter;

/** Where the trend charts put their date ticks (whole epoch days) and how they label numbers. */
final class DayTicks {

    /** At most this many date labels fit along the axis at any text size. */
    static final int MAX_LABELS = 6;

    private DayTicks() {}

    /** Days between two date ticks: a whole number, so each label is a distinct date. */
    static long unit(long firstDay, long lastDay) {
        return Math.max(1, (long) Math.ceil((lastDay - firstDay + 1) / (double) MAX_LABELS));
    }

    /** The axis end: the last day, or the tick at or just after it, so the last label is a real date on the axis. */
    static long upperBound(long firstDay, long lastDay) {
        long unit = unit(firstDay, lastDay);
        long steps = (long) Math.ceil((lastDay - firstDay) / (double) unit);
        return Math.max(firstDay + 1, firstDay + steps * unit);
    }

    /** Labels whole numbers only; fractional ticks stay blank (no "0.5 entries per day"). */
    static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
        @Override
        public String toString(Number n) {
            double v = n.doubleValue();
            return Math.abs(v - Math.rint(v)) < 1e-9 ? String.valueOf((long) Math.rint(v)) : "";
        }

        @Override
        public Number fromString(String s) {
            return Double.valueOf(s);
        }
    };
}
