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
}
