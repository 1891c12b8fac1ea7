package org.popcheck.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.popcheck.i18n.Messages;

/**
 * A bar that says what was just done and offers to undo it: "Entry deleted. Undo", "Your last
 * result was not saved ... Bring it back". The owner decides when it shows (a timer, a wizard
 * step) by setting or binding {@link #visibleProperty()}; a hidden bar takes no room.
 *
 * <p>Ids and texts follow one pattern from a {@code name} such as {@code "journal"}: the bar is
 * {@code #<name>-undo-bar}, its button {@code #<name>-undo}; the button's text and its accessible
 * name come from the keys {@code <name>.undo.action} and {@code <name>.undo.accessible}.
 *
 * <p>The message wraps and gives way first; the button keeps its whole text, so at twice the text
 * size in a narrow window the way back is never cut.
 */
public final class UndoBar extends HBox {

    private final Label message;
    private final Button action;

    /**
     * @param name       the owner's name, for ids and message keys (see the class comment)
     * @param messageKey the key of the sentence that says what was done
     * @param undo       what the button does; the owner hides the bar when that is over
     * @throws java.util.MissingResourceException if a key is missing from the bundles
     */
    public UndoBar(String name, String messageKey, Runnable undo) {
        super(10);
        message = new Label(Messages.get(messageKey));
        action = new Button(Messages.get(name + ".undo.action"));
        initializeParts(name, undo);
        layoutParts();
    }

    /** The undo button, for owners that must disable it for a while (a save under way). */
    public Button action() {
        return action;
    }

    /** The sentence that says what was done. */
    public Label message() {
        return message;
    }

    private void initializeParts(String name, Runnable undo) {
        setId(name + "-undo-bar");
        getStyleClass().add(Styles.UNDO_BAR);
        message.setWrapText(true);
        message.setMinWidth(0);
        action.setId(name + "-undo");
        action.setMnemonicParsing(true);
        action.setAccessibleText(Messages.get(name + ".undo.accessible"));
        action.setOnAction(e -> undo.run());
        Styles.keepWhole(action);
    }

    private void layoutParts() {
        HBox.setHgrow(message, Priority.ALWAYS);
        getChildren().addAll(message, action);
        setAlignment(Pos.CENTER_LEFT);
        // Hidden until its owner has something to offer, and then it takes no room.
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }
}
