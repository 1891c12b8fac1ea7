package org.popcheck.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;

/**
 * Makes a combo box as wide as its widest item at the text size it is shown in, plus its arrow, and
 * never narrower.
 *
 * <p>Why: JavaFX sizes a combo box to its list, and measures the list before the list has ever been
 * shown, with no style and so at the default font, not the person's text size. A box then fits
 * the item shown when it opened ("Not given") and cuts a longer one chosen later ("With every step
 * or movem..."), more so at twice the text size. Here each item is measured in the font of the box's
 * own button cell, whenever that font, the items or the arrow change.
 */
public final class RoomForEveryItem {

    private RoomForEveryItem() {}

    /**
     * Keeps {@code box}'s preferred and least width at its widest item. The box needs a button cell
     * ({@link ComboBox#setButtonCell}) that shows what its converter says for each item, null
     * included; the box is left as it is without one.
     */
    public static <T> void fit(ComboBox<T> box) {
        InvalidationListener refit = o -> refit(box);
        box.getItems().addListener(refit);
        box.converterProperty().addListener(refit);
        box.buttonCellProperty().addListener((o, was, now) -> watch(box, now, refit));
        box.skinProperty().addListener((o, was, now) -> {
            Node arrow = box.lookup(".arrow-button");
            if (arrow instanceof javafx.scene.layout.Region a) {
                a.widthProperty().addListener(refit);
            }
            refit(box);
        });
        watch(box, box.getButtonCell(), refit);
    }

    private static <T> void watch(ComboBox<T> box, ListCell<T> cell, InvalidationListener refit) {
        if (cell != null) {
            cell.fontProperty().addListener(refit);
            refit.invalidated((Observable) cell.fontProperty());
        }
    }

    private static <T> void refit(ComboBox<T> box) {
        ListCell<T> cell = box.getButtonCell();
        Node arrow = box.lookup(".arrow-button");
        if (cell == null || !(arrow instanceof javafx.scene.layout.Region a) || box.getConverter() == null) {
            return;
        }
        double widest = 0;
        for (T item : box.getItems()) {
            Text text = new Text(box.getConverter().toString(item));
            text.setFont(cell.getFont());
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        double arrowWidth = Math.max(a.getWidth(), a.prefWidth(-1));
        double width = box.snappedLeftInset() + cell.snappedLeftInset() + widest + cell.snappedRightInset() + arrowWidth
                + box.snappedRightInset();
        // One pixel more: the text is measured to a fraction, the cell lays it out on whole pixels.
        // Never narrower either: a form that shares out too little room shrinks its wrapping labels, not the box.
        box.setPrefWidth(Math.ceil(width) + 1);
        box.setMinWidth(Math.ceil(width) + 1);
    }
}
