package org.popcheck.ui.wizard;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.Icons;
import org.popcheck.ui.common.Styles;

/** What PopCheck does and does not do, with the call-now signs first of all. */
final class StartPage extends VBox {

    /**
     * The title follows the emergency number as it is changed in Settings, while the page is shown.
     *
     * @param emergencySigns the catalog's emergency signs, the only call-now list (one source with
     *                       the emergency questions, so the page names nothing the check does not ask)
     */
    StartPage(ObservableValue<Settings> settings, java.util.List<String> emergencySigns) {
        super(16);
        getStyleClass().add(Styles.PAGE);
        VBox emergency = new VBox(6);
        emergency.getStyleClass().add(Styles.EMERGENCY_PANEL);
        emergency.setId("emergency-panel");
        Label title = new Label();
        title.setId("emergency-title");
        title.textProperty().bind(settings.map(s -> Messages.get("wizard.start.emergency.title", s.emergencyNumber())));
        title.setGraphic(Icons.of("hospital", title, 1.1));
        title.setWrapText(true);
        title.getStyleClass().add(Styles.TITLE_4);
        emergency.getChildren().add(title);
        for (String text : emergencySigns) {
            Label sign = new Label("\u2022 " + text);
            sign.setWrapText(true);
            emergency.getChildren().add(sign);
        }
        Label heading = new Label(Messages.get("wizard.start.heading"));
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(Messages.get("wizard.start.intro"));
        intro.setWrapText(true);
        Label disclaimer = new Label(Messages.get("wizard.start.notDiagnosis"));
        disclaimer.setWrapText(true);
        disclaimer.getStyleClass().add(Styles.DISCLAIMER);
        Label time = new Label(Messages.get("wizard.start.time"));
        time.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(emergency, heading, intro, disclaimer, time);
    }
}
