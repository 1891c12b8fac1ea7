package org.popcheck.ui.common;

import javafx.scene.control.Slider;

/** The one 0-to-10 pain slider of the app: whole steps, every number labelled, arrow keys move by one. */
public final class PainScale {

    private PainScale() {}

    public static Slider slider(String id, double value, String accessibleText) {
        Slider s = new Slider(0, 10, value);
        s.setId(id);
        s.setMajorTickUnit(1);
        s.setMinorTickCount(0);
        s.setSnapToTicks(true);
        s.setShowTickLabels(true);
        s.setShowTickMarks(true);
        s.setBlockIncrement(1);
        s.setPrefWidth(340);
        s.setAccessibleText(accessibleText);
        return s;
    }
}
