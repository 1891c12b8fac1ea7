package org.popcheck.ui.journal;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.Level;
import org.popcheck.ui.common.Styles;

/**
 * The safety net's message for the entry just saved, kept on the journal screen after the pop-up is
 * closed. It was red whatever the level, so a sign that can wait a day looked like one that calls
 * for an ambulance. It now wears the level's look, icon and heading, the same as {@link SafetyAlert}
 * and the wizard's result banner (the pc-level classes of common.css): urgent words and the danger
 * colours only at the two emergency levels.
 */
final class SafetyBanner extends HBox {

    /** The look while the safety net could not check the sign: a warning, not a level. */
    static final String UNCHECKED = "pc-safety-unchecked";

    private final Label heading = new Label();
    private final StackPane icon = new StackPane();

    SafetyBanner(StringProperty message, ObservableValue<Level> level) {
        super(12);
        setId("journal-safety-banner");
        getStyleClass().add(Styles.LEVEL_BANNER);
        setAlignment(Pos.TOP_LEFT);

        heading.setId("journal-safety-heading");
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label text = new Label();
        text.setId("journal-safety");
        text.setWrapText(true);
        text.textProperty().bind(message);
        // Whole at any text size: the screen scrolls instead. Squeezed, the heading lost its end
        // ("Urgent: Call the emergency ...") at twice the text size in a 1024x600 window.
        heading.setMinHeight(Region.USE_PREF_SIZE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox words = new VBox(4, heading, text);
        HBox.setHgrow(words, Priority.ALWAYS);

        Button close = new Button(Messages.get("journal.message.close"));
        close.setAccessibleText(Messages.get("journal.message.close.accessible"));
        close.setOnAction(e -> message.set(""));
        close.setMinWidth(Region.USE_PREF_SIZE);
        icon.setMinWidth(Region.USE_PREF_SIZE);
        // Beside the heading, not halfway down a message that can run to a dozen lines.
        icon.setAlignment(Pos.TOP_CENTER);
        getChildren().addAll(icon, words, close);
        HBox.setMargin(close, new Insets(0, 0, 0, 4));

        accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("journal.safety.accessible", heading.getText() + ". " + message.get()), message, heading.textProperty()));
        visibleProperty().bind(message.isNotEmpty());
        managedProperty().bind(visibleProperty());
        level.addListener((o, was, now) -> dress(now));
        dress(level.getValue());
    }

    /** The look, icon and heading of {@code level}; null is a check that could not be made. */
    private void dress(Level level) {
        getStyleClass().removeIf(c -> c.startsWith(Styles.level("")) && !c.equals(Styles.LEVEL_BANNER) || c.equals(UNCHECKED));
        getStyleClass().add(level == null ? UNCHECKED : Styles.level(level.id()));
        heading.setText(SafetyAlert.isUrgent(level) ? SafetyAlert.title(level) : SafetyAlert.header(level));
        icon.getChildren().setAll(level == null ? java.util.List.of() : java.util.List.of(SafetyAlert.icon(level)));
        icon.setVisible(level != null);
        icon.setManaged(level != null);
    }
}
