package org.popcheck.ui.common;

import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import org.popcheck.i18n.Messages;

/** The app's radio buttons, made one way wherever one of several answers is picked. */
public final class Choices {

    private Choices() {}

    /**
     * One choice of {@code group}: {@code text} on the button, {@code value} as its user data (what the
     * group's listener reads back), and for a screen reader the question it answers before its words
     * ("Period: Last 30 days"), as a lone button out of its group would say too little.
     */
    public static RadioButton radio(ToggleGroup group, Object value, String text, String question) {
        RadioButton b = new RadioButton(text);
        b.setUserData(value);
        b.setToggleGroup(group);
        b.setAccessibleText(Messages.get("common.choice.name", question, text));
        return b;
    }
}
