package org.popcheck.ui.journal;

import javafx.scene.control.Button;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.AppContext;

/** "Log popping" in the navigation: adding an entry is two clicks from anywhere in the app. */
public final class QuickLogButton {

    private QuickLogButton() {}

    public static Button create(AppContext context) {
        JournalViewModel model = JournalViewModel.of(context);
        Button b = new Button(Messages.get("journal.quick"));
        b.setId("quick-log");
        b.getStyleClass().add("accent");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAccessibleText(Messages.get("journal.quick.accessible"));
        // Until the journal file has loaded (and while it is read-only) an entry could not be kept.
        b.disableProperty().bind(model.loadingProperty().or(model.readOnlyProperty()));
        b.setOnAction(e -> EntryDialog.open(b.getScene() == null ? null : b.getScene().getWindow(), model, null));
        return b;
    }
}
