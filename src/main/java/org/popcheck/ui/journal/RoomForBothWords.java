package org.popcheck.ui.journal;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.text.Text;

/**
 * A button whose words change while it works ("Save", then "Saving..."): as wide as the longer
 * words at the current text size, so neither is cut. A dialog's button bar sizes its buttons itself,
 * once, for the words they had then (and overrides a width set on a button), so the least width is
 * asked of the bar.
 */
final class RoomForBothWords {

    /** Beyond the words and the padding: the border and a pixel of rounding. */
    private static final double SLACK = 4;

    private RoomForBothWords() {}

    static void reserve(ButtonBar bar, Button button, String... words) {
        Text probe = new Text();
        DoubleBinding widest = Bindings.createDoubleBinding(() -> {
            probe.setFont(button.getFont());
            double w = 0;
            for (String text : words) {
                probe.setText(text.replace("_", ""));
                w = Math.max(w, probe.getLayoutBounds().getWidth());
            }
            return Math.ceil(w + button.getPadding().getLeft() + button.getPadding().getRight() + SLACK);
        }, button.fontProperty(), button.paddingProperty());
        bar.buttonMinWidthProperty().bind(widest);
    }
}
