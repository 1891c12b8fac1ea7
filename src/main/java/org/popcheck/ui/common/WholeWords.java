package org.popcheck.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Keeps a wrapping label at least as wide as its longest word. JavaFX wraps a label at the width
 * it is given and, when one word is wider than that, breaks the word itself: a German field name in
 * a narrow column read "Uhrzei" / "t". With this least width a layout gives the label room for each
 * word whole, and the words wrap between them.
 */
public final class WholeWords {

    private WholeWords() {}

    /** Makes {@code label} wrap, and never narrower than its longest word in its own font, as both change. */
    public static void keep(Labeled label) {
        label.setWrapText(true);
        label.minWidthProperty().bind(Bindings.createDoubleBinding(() -> longestWord(label),
                label.textProperty(), label.fontProperty(), label.paddingProperty(), label.graphicProperty()));
    }

    /** The width of {@code label}'s widest word in its font, with its padding (and its graphic, which sits beside the words). */
    public static double longestWord(Labeled label) {
        String text = label.getText() == null ? "" : label.getText();
        double widest = 0;
        for (String word : text.split("\\s+")) {
            Text measure = new Text(word);
            measure.setFont(label.getFont());
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        double graphic = label.getGraphic() == null ? 0 : label.getGraphic().prefWidth(-1) + label.getGraphicTextGap();
        // Rounded up: a width a fraction short of the word still broke its last letter off.
        return Math.ceil(widest + graphic + label.snappedLeftInset() + label.snappedRightInset()) + 1;
    }
}
