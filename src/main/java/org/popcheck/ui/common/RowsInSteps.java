package org.popcheck.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/**
 * Gives a table its rows: blank rows while its data is still being read, then the data, filling
 * the blank rows a few at a time, one step a frame.
 *
 * <p>Why: the costly part of showing a table is making its visible rows and filling their cells
 * (the cell values, their text laid out, their style). The blank rows are made while the data is
 * read, so they exist when it arrives; and filling a whole screenful of them in one frame held the
 * window for about 50 ms the first time in a new JVM, when that code has not been compiled yet.
 * A few rows a frame keeps every frame short, and the rows still appear within a few frames.
 *
 * <p>While {@link #busyProperty() busy}, some rows are blank (their item is null): the caller
 * should keep clicks and keys away from the table.
 */
public final class RowsInSteps<T> {

    private final TableView<T> table;
    private final SortedList<T> blank;
    private final int rowsPerStep;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final AnimationTimer stepper = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step();
        }
    };
    /** The data being filled in, or null when none is. */
    private ObservableList<T> target;
    private int filled;

    /**
     * @param blankRows   how many blank rows to hold: more than the tallest window shows
     * @param rowsPerStep how many of them to fill each frame
     */
    public RowsInSteps(TableView<T> table, int blankRows, int rowsPerStep) {
        if (blankRows < 1 || rowsPerStep < 1) {
            throw new IllegalArgumentException("blankRows and rowsPerStep must be positive");
        }
        this.table = table;
        this.blank = rows(Collections.nCopies(blankRows, null));
        this.rowsPerStep = rowsPerStep;
    }

    /** True while the table holds blank rows, or is still filling them. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Shows blank rows (again). */
    public void showBlank() {
        stop();
        table.setItems(blank);
        busy.set(true);
    }

    /**
     * Shows {@code items}: in steps, if the table holds blank rows now (or is filling them) and
     * {@code items} fill more than one step; else at once.
     */
    public void show(ObservableList<T> items) {
        boolean blankNow = busy.get();
        if (!blankNow || items.size() <= rowsPerStep) {
            showAtOnce(items);
            return;
        }
        if (target == null) {
            filled = 0;
            stepper.start();
        }
        target = items; // a newer list met during the steps carries on from the rows already filled
    }

    /** One frame's step: a few more rows filled; once every row a window can show is, the data itself. */
    private void step() {
        filled = Math.min(filled + rowsPerStep, blank.size());
        if (filled >= Math.min(visibleRows(), target.size())) {
            showAtOnce(target);
            return;
        }
        // A new list of the same length each step: the table keeps its rows and only refills the
        // cells, where changing the items of the list it holds would make it rebuild them all.
        List<T> rows = new ArrayList<>(blank.size());
        rows.addAll(target.subList(0, Math.min(filled, target.size())));
        rows.addAll(Collections.nCopies(blank.size() - rows.size(), null));
        table.setItems(rows(rows));
    }

    /**
     * The rows as a table's items. A sorted list (with no order of its own, so it keeps theirs):
     * given a list of any other kind, a table forgets its sort order.
     */
    private static <T> SortedList<T> rows(List<T> rows) {
        return new SortedList<>(FXCollections.observableList(rows));
    }

    /** The rows the table can show at its height, from its fixed row height; all the blank rows if it has none. */
    private int visibleRows() {
        double rowHeight = table.getFixedCellSize();
        if (rowHeight <= 0 || table.getHeight() <= 0) {
            return blank.size();
        }
        return Math.min(blank.size(), (int) Math.ceil(table.getHeight() / rowHeight));
    }

    private void showAtOnce(ObservableList<T> items) {
        stop();
        table.setItems(items);
        busy.set(false);
    }

    private void stop() {
        stepper.stop();
        target = null;
    }
}
