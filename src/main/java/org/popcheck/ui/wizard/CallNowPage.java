package org.popcheck.ui.wizard;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageResult;
import org.popcheck.ui.common.Styles;

/** Shown the moment an answer calls for an ambulance: the number, what to do, and why. */
final class CallNowPage extends VBox {

    CallNowPage(TriageResult result, String emergencyNumber) {
        super(14);
        getStyleClass().addAll(Styles.PAGE, Styles.LEVEL_BANNER, Styles.level(result.level().id()));
        setId("call-now");
        FontIcon icon = new FontIcon(Material2AL.LOCAL_HOSPITAL);
        icon.getStyleClass().add(org.popcheck.ui.common.LevelIcons.SIZED); // 48 px here (common.css): a size set in code is lost
        Label title = new Label(Messages.get("wizard.callnow.title", emergencyNumber), icon);
        title.setId("call-now-title");
        title.getStyleClass().add(Styles.TITLE_1);
        title.setWrapText(true);
        Label lead = new Label(Messages.get("wizard.callnow.lead"));
        lead.setWrapText(true);
        Label advice = new Label(result.advice());
        advice.setWrapText(true);
        advice.getStyleClass().add(Styles.TEXT_BOLD);
        Label why = new Label(Messages.get("wizard.callnow.why"));
        why.getStyleClass().add(Styles.TITLE_4);
        getChildren().addAll(title, lead, advice, why);
        for (Reason r : result.reasons()) {
            Label reason = new Label("\u2022 " + r.text() + " (" + r.source() + ")");
            reason.setWrapText(true);
            getChildren().add(reason);
        }
        Label disclaimer = new Label(Messages.get("wizard.result.notDiagnosis"));
        disclaimer.setWrapText(true);
        disclaimer.getStyleClass().add(Styles.DISCLAIMER);
        getChildren().add(disclaimer);
    }
}
