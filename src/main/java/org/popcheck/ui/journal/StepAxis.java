package org.popcheck.ui.journal;

/**
 * One axis of a trend chart, counted in tick steps rather than in days or entries: position 0 is
 * {@code origin}, position 1 is one {@code step} further, and so on. The axis runs from
 * {@link #MARGIN} steps before the first tick to {@code MARGIN} steps after the last value, so a
 * point on the first or last day, at pain 0 or 10, or at no popping, is drawn whole inside the plot
 * (on the very edge, half of it was clipped off). JavaFX puts ticks on whole positions counted from
 * the lower bound rounded up; in steps that is always 0, 1, 2 ..., and each tick stands for
 * {@code origin + n * step}, a whole day or a whole number.
 *
 * @param origin the value at position 0 (an epoch day, or 0 for counts)
 * @param step the value between two ticks: whole days, or entries per day (0.1, 0.2, 0.5 for averages, else whole)
 * @param span the positions the values take up, from 0 to the last value ({@code (last - origin) / step})
 */
record StepAxis(double origin, double step, double span) {

    /** Room before the first tick and after the last value, in steps: about a symbol's width on a small chart. */
    static final double MARGIN = 0.4;

    /** Counts get at most about this many ticks. */
    private static final int COUNT_TICKS = 6;

    /** Days from {@code firstDay} to {@code lastDay} (epoch days), a tick every {@link DayTicks#unit} days. */
    static StepAxis days(long firstDay, long lastDay) {
        long unit = DayTicks.unit(firstDay, lastDay);
        return new StepAxis(firstDay, unit, (lastDay - firstDay) / (double) unit);
    }

    /** Whole numbers from 0 to {@code max} (at least 1), a tick every 1, 2, 5, 10, 20, 50 ... */
    static StepAxis counts(double max) {
        return counts(max, true);
    }

    /**
     * From 0 to {@code max}. Whole values (entries on one day) get ticks on whole numbers, every 1,
     * 2, 5, 10 ...; averages (entries per day over a week or a month, such as 0.43) get ticks every
     * 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2 ..., so such a point lies between ticks that say 0.4 and 0.5,
     * not between 0 and 1 on an axis that reads as if only whole numbers were plotted.
     */
    static StepAxis counts(double max, boolean whole) {
        double top = whole ? Math.max(1, max) : max > 0 ? max : 1;
        double step = whole ? 1 : 0.01;
        for (int i = 0; top / step > COUNT_TICKS + 1e-9; i++) {
            step *= i % 3 == 1 ? 2.5 : 2; // 1, 2, 5, 10 ... or 0.01, 0.02, 0.05, 0.1 ...
        }
        return new StepAxis(0, step, Math.ceil(top / step - 1e-9));
    }

    /** The decimals a tick's label needs to say its value exactly: 0 for steps of 1 and more, 1 for 0.1, 0.2 and 0.5, 2 for 0.01 to 0.05. */
    int decimals() {
        return step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    }

    /** The 0-10 pain scale, a tick at each number. */
    static StepAxis painScale() {
        return new StepAxis(0, 1, 10);
    }

    double lowerBound() {
        return -MARGIN;
    }

    double upperBound() {
        return span + MARGIN;
    }

    /** Where {@code value} (a day or a count) lies on the axis. */
    double position(double value) {
        return (value - origin) / step;
    }

    /** The value a tick at {@code position} stands for; NaN between ticks, at the padded ends and past the last value, which get no label. */
    double valueAt(double position) {
        double whole = Math.rint(position);
        return Math.abs(position - whole) < 1e-9 && whole >= 0 && whole <= span + 1e-9 ? origin + whole * step : Double.NaN;
    }
}
