package org.popcheck.ui.journal;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.Level;
import org.popcheck.ui.common.LevelIcons;
import org.popcheck.ui.common.SettingsDialog;
import org.popcheck.ui.common.Styles;

/**
 * The pop-up after a save that tripped the journal's safety net, dressed for the level behind it.
 * At the two emergency levels it says what to do now in its title and header, with the danger
 * colour and icon of the wizard's result banner for that level: one orange "This needs attention"
 * for every level undersold a sign that means "call the emergency number now". Lesser levels keep a
 * calmer warning, headed by what to do.
 */
final class SafetyAlert {

    private SafetyAlert() {}

    /**
     * The alert for {@code text}; {@code level} is the level the safety net found, or null when it
     * could not check (the text then says so).
     */
    static Alert of(Window owner, String text, Level level) {
        boolean urgent = isUrgent(level);
        Alert alert = new Alert(urgent ? Alert.AlertType.ERROR : Alert.AlertType.WARNING, text, ButtonType.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        String header = header(level);
        alert.setTitle(title(level));
        alert.setHeaderText(header);
        if (level != null) {
            // The level's colours (common.css) and icon, as on the wizard's result banner.
            alert.getDialogPane().getStyleClass().add(Styles.level(level.id()));
            alert.setGraphic(icon(level));
        }
        alert.getDialogPane().setAccessibleText(Messages.get("journal.safety.accessible", header + ". " + text));
        Label words = new Label(text);
        words.setWrapText(true);
        alert.getDialogPane().setContent(words);
        Styles.prefWidthInEm(alert.getDialogPane(), SettingsDialog.FORM_WIDTH_EM, words);
        return alert;
    }

    /** True when {@code level} (null: not checked) sends the person to emergency care now. */
    static boolean isUrgent(Level level) {
        return level != null && level.isEmergency();
    }

    /** "Urgent: call ..." at the two emergency levels, the calmer "This needs attention" otherwise. */
    static String title(Level level) {
        return isUrgent(level) ? Messages.get("journal.safety.title.urgent", level.words()) : Messages.get("journal.safety.title");
    }

    /** What the level asks the person to do, or "This needs attention" when it is not known. */
    static String header(Level level) {
        return level == null ? Messages.get("journal.safety.title") : level.words();
    }

    /** The level's icon, coloured by the level's style class on a node around it (common.css). */
    static FontIcon icon(Level level) {
        return LevelIcons.icon(level);
    }
}
