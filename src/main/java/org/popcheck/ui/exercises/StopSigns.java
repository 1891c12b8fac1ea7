package org.popcheck.ui.exercises;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.popcheck.exercise.StopList;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.common.Styles;

/** The general stop list (assets/exercises/stop.json) as it appears on every exercise screen, with the painless-click reassurance under it. */
final class StopSigns {

    private StopSigns() {}

    /**
     * @param muted true for the quieter style of the guided session, where the list sits under the
     *              controls; false for the warning panel of the library and the detail
     */
    static VBox node(boolean muted) {
        StopList list = StopList.standard();
        Label title = new Label(Messages.get("exercises.stop.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        VBox box = new VBox(2, title);
        for (String sign : list.texts()) {
            Label l = new Label("\u2022 " + sign);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        Label calm = new Label(list.reassurance());
        calm.setWrapText(true);
        calm.setId("stop-reassurance");
        box.getChildren().add(calm);
        box.getStyleClass().add(muted ? Styles.TEXT_MUTED : Styles.EMERGENCY_PANEL);
        box.setId("stop-signs");
        return box;
    }
}
