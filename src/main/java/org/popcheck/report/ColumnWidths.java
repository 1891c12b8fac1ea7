package org.popcheck.report;

/**
 * The widths of a table's columns: each its share of the table's width, but never narrower than the least it
 * needs to keep its widest word whole; the columns that have room to spare give it up, in proportion to their
 * shares. A column never claims more than {@link #MOST} of the table for one word (a web address in a note):
 * such a word is cut instead of squeezing every other column.
 */
final class ColumnWidths {

    /** The most of the table's width one column's widest word may claim. */
    static final float MOST = 0.3f;

    private ColumnWidths() {}

    /**
     * @param shares each column's share of {@code width}; they add up to one
     * @param least  each column's least width
     */
    static float[] of(float[] shares, float[] least, float width) {
        int n = shares.length;
        float[] need = new float[n];
        float needed = 0;
        for (int k = 0; k < n; k++) {
            need[k] = Math.min(least[k], MOST * width);
            needed += need[k];
        }
        float[] widths = new float[n];
        if (needed >= width) {
            // not every widest word fits however the width is shared: each column gets its part of what there is
            for (int k = 0; k < n; k++) {
                widths[k] = need[k] * width / needed;
            }
            return widths;
        }
        boolean[] atLeast = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float fixed = 0;
            float freeShares = 0;
            for (int k = 0; k < n; k++) {
                if (atLeast[k]) {
                    fixed += need[k];
                } else {
                    freeShares += shares[k];
                }
            }
            for (int k = 0; k < n; k++) {
                widths[k] = atLeast[k] ? need[k] : shares[k] / freeShares * (width - fixed);
                if (!atLeast[k] && widths[k] < need[k]) {
                    atLeast[k] = true;
                    changed = true;
                }
            }
        }
        return widths;
    }

    /**
     * Widths from what the columns hold: a column whose longest line fits gets just that; the others share the
     * rest in proportion to how much text they hold, so that a column with long text (the warning signs of a
     * check, "Swelling you can see; It gives way …") is not squeezed to a word or two a line while a column of
     * short words keeps room to spare. A column whose longest line fits in its share of the width (a time, a
     * pain score) is set whole first, so that "2026-11-20 09:00" never breaks in two. Then {@link #of} keeps each
     * column at least as wide as its widest word.
     *
     * @param shares  each column's share of {@code width} when content does not decide; they add up to one
     * @param natural each column's widest line, unwrapped
     * @param amount  how much text each column holds: the width of all its cells' text set on one line
     * @param least   each column's least width
     */
    static float[] fromContent(float[] shares, float[] natural, float[] amount, float[] least, float width) {
        int n = natural.length;
        float[] want = new float[n];
        float wanted = 0;
        for (int k = 0; k < n; k++) {
            want[k] = Math.max(natural[k], least[k]);
            wanted += want[k];
        }
        float[] widths = new float[n];
        if (wanted <= width) {
            // every line fits unwrapped: the room to spare goes to the columns as they are wide
            for (int k = 0; k < n; k++) {
                widths[k] = want[k] + (width - wanted) * want[k] / wanted;
            }
            return widths;
        }
        boolean[] whole = new boolean[n];
        for (int k = 0; k < n; k++) {
            whole[k] = want[k] <= shares[k] * width;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            float room = width;
            float free = 0;
            int freeColumns = 0;
            for (int k = 0; k < n; k++) {
                if (whole[k]) {
                    room -= want[k];
                } else {
                    free += amount[k];
                    freeColumns++;
                }
            }
            for (int k = 0; k < n; k++) {
                if (whole[k]) {
                    widths[k] = want[k];
                    continue;
                }
                widths[k] = free > 0 ? room * amount[k] / free : room / Math.max(1, freeColumns);
                if (widths[k] >= want[k]) {
                    whole[k] = true;
                    changed = true;
                }
            }
        }
        float[] given = new float[n];
        for (int k = 0; k < n; k++) {
            given[k] = widths[k] / width;
        }
        return of(given, least, width);
    }
}
