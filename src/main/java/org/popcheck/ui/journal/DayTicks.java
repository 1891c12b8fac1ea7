package org.popcheck.ui.journal;

/** How far apart the trend charts put their date ticks: whole days, at most {@link #MAX_LABELS} of them. */
final class DayTicks {

    /** At most this many date labels fit along the axis at any text size. */
    static final int MAX_LABELS = 6;

    private DayTicks() {}

    /** Days between two date ticks: a whole number, so each label is a distinct date. */
    static long unit(long firstDay, long lastDay) {
        return Math.max(1, (long) Math.ceil((lastDay - firstDay + 1) / (double) MAX_LABELS));
    }
}
