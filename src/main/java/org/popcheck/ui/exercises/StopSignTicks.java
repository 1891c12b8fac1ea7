package org.popcheck.ui.exercises;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.popcheck.exercise.StopList;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.ExerciseDone;

/**
 * At the end of a guided session: "Did you notice any of these?" and one tick box per sign of the general
 * stop list, plus "Something else". Several may be ticked; {@link #ticked} gives their ids for the journal,
 * in list order, so a clinician reads which signs, not only that there was one.
 */
final class StopSignTicks extends VBox {

    /** Width the tick texts wrap at, in lines of text: it grows with the text size, so 2x text does not wrap every few words. */
    private static final double WRAP_EM = 32;

    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();
    private final Label urgent = new Label();

    /**
     * @param emergencyNumber the number to call, for a ticked sign that needs an ambulance ("Call 112 now")
     */
    StopSignTicks(StopList list, String emergencyNumber) {
        super(4);
        setId("session-stop-signs");
        Label question = new Label(Messages.get("exercises.session.stopSigns.question"));
        question.setWrapText(true);
        question.getStyleClass().add(org.popcheck.ui.common.Styles.TEXT_BOLD);
        getChildren().add(question);
        list.signs().forEach(sign -> add(sign.id(), sign.text()));
        add(ExerciseDone.SOMETHING_ELSE, list.words(ExerciseDone.SOMETHING_ELSE));
        // A sign that cannot wait (chest pain, numbness around the genitals, one painful calf) says at
        // once where to go, the moment it is ticked: "stop and check again" alone would be too little.
        urgent.setId("session-stop-sign-urgent");
        urgent.setWrapText(true);
        // in the emergency panel, as the app says emergency care everywhere else
        urgent.getStyleClass().addAll(org.popcheck.ui.common.Styles.ERROR, org.popcheck.ui.common.Styles.EMERGENCY_PANEL);
        org.popcheck.ui.common.RoomWhileSaying.bind(urgent);
        getChildren().add(urgent);
        boxes.values().forEach(b -> b.selectedProperty().addListener((o, was, is) -> urgent.setText(
                list.careNow(ticked()).map(level -> Messages.get("exercises.session.stopSigns.urgent",
                        level == org.popcheck.triage.Level.EMERGENCY_AMBULANCE
                                ? Messages.get("wizard.callnow.title", emergencyNumber) : level.words())).orElse(""))));
        question.fontProperty().addListener((o, was, font) -> setMaxWidth(WRAP_EM * font.getSize()));
        setMaxWidth(WRAP_EM * question.getFont().getSize());
    }

    private void add(String id, String text) {
        CheckBox box = new CheckBox(text);
        box.setId("session-stop-sign-" + id);
        box.setWrapText(true);
        box.setAccessibleText(text);
        boxes.put(id, box);
        getChildren().add(box);
    }

    /** What to do at once for the ticked signs, or empty when none of them needs care at once. */
    String urgentAdvice() {
        return urgent.getText();
    }

    /** Ticks the signs of {@code ids} (as {@link #ticked} gives them), as the person did on this list built before. */
    void tick(List<String> ids) {
        ids.forEach(id -> {
            CheckBox box = boxes.get(id);
            if (box != null) {
                box.setSelected(true);
            }
        });
    }

    /** The ids of the ticked signs, in list order; empty when none. */
    List<String> ticked() {
        List<String> out = new ArrayList<>();
        boxes.forEach((id, box) -> {
            if (box.isSelected()) {
                out.add(id);
            }
        });
        return out;
    }
}
