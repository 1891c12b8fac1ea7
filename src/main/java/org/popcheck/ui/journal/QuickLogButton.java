package org.popcheck.ui.journal;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Button;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.AppContext;

/** "Log popping" in the navigation: adding an entry is two clicks from anywhere in the app. */
public final class QuickLogButton {

    private QuickLogButton() {}

    public static Button create(AppContext context) {
        Button b = new Button(Messages.get("journal.quick"));
        b.setId("quick-log");
        b.getStyleClass().add("accent");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setWrapText(true); // wraps in the navigation rather than widening it
        b.setAccessibleText(Messages.get("journal.quick.accessible"));
        // Until the journal file has loaded (and while it is read-only) an entry could not be kept.
        // The journal's view model, which knows both, is made when the file starts loading, just
        // after the window is up: making it while the window opens delayed the first screen.
        b.setDisable(true);
        if (context.journalLoadingProperty().get() != null) {
            follow(b, context);
        } else {
            context.journalLoadingProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    o.removeListener(this);
                    follow(b, context);
                }
            });
        }
        b.setOnAction(e -> EntryDialog.open(b.getScene() == null ? null : b.getScene().getWindow(), JournalViewModel.of(context), null));
        return b;
    }

    private static void follow(Button b, AppContext context) {
        JournalViewModel model = JournalViewModel.of(context);
        b.disableProperty().bind(model.loadingProperty().or(model.readOnlyProperty()));
        // A greyed-out button said nothing about why (trial 12): the reason goes in its tooltip and
        // in what a screen reader says; the main window's notice says it in sight.
        javafx.beans.binding.StringBinding why = JournalNotice.whyNoSaving(model);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.textProperty().bind(why);
        b.tooltipProperty().bind(javafx.beans.binding.Bindings.when(why.isEmpty())
                .then((javafx.scene.control.Tooltip) null).otherwise(tip));
        b.accessibleTextProperty().bind(javafx.beans.binding.Bindings.when(why.isEmpty())
                .then(Messages.get("journal.quick.accessible"))
                .otherwise(Messages.get("journal.quick.accessible") + ". ").concat(why));
    }
}
