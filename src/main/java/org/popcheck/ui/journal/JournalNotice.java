package org.popcheck.ui.journal;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalProblem;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;

/**
 * The journal's state in the main window, above every screen: "Loading your journal... 45 %" while
 * the file is read, and, when it opened read-only (damaged, newer, in use elsewhere), why, with a
 * way to the Journal page where the restore choices are. A trial user with a damaged journal did a
 * whole check before learning, on pressing Save, that nothing could be saved; the Journal page was
 * the only place that said so. The read-only notice stays until dismissed or resolved (a restore);
 * a new problem shows again.
 */
public final class JournalNotice {

    /** How long a reading may take before the window says it is loading. */
    static final javafx.util.Duration LOADING_AFTER = javafx.util.Duration.millis(400);

    private JournalNotice() {}

    /** The notice for the main window; it takes no room while there is nothing to say. */
    public static VBox create(AppContext context) {
        VBox box = new VBox(6);
        box.setId("journal-notice");
        box.getStyleClass().add("journal-notice");
        box.setPadding(new Insets(8, 12, 8, 12));
        box.setVisible(false);
        box.setManaged(false);
        whenModelExists(context, model -> fill(box, model, context));
        return box;
    }

    /**
     * Why nothing can be saved to the journal now, for a disabled action's tooltip, accessible text
     * and visible line; empty while saving is possible. Empty too before the file starts loading
     * (the placeholder journal keeps what is saved and hands it to the file).
     */
    public static ObservableStringValue whyNoSaving(AppContext context) {
        ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
        whenModelExists(context, model -> why.bind(whyNoSaving(model)));
        return why.getReadOnlyProperty();
    }

    static StringBinding whyNoSaving(JournalViewModel model) {
        return Bindings.createStringBinding(() -> {
            if (model.loadingProperty().get()) {
                return Messages.get("journal.why.loading");
            }
            return model.readOnlyProperty().get() ? Messages.get("journal.why.readOnly") : "";
        }, model.loadingProperty(), model.readOnlyProperty());
    }

    /** The view model is made when the file starts loading (just after the window is up), as for Log popping. */
    private static void whenModelExists(AppContext context, java.util.function.Consumer<JournalViewModel> then) {
        if (context.journalLoadingProperty().get() != null) {
            then.accept(JournalViewModel.of(context));
            return;
        }
        context.journalLoadingProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                o.removeListener(this);
                then.accept(JournalViewModel.of(context));
            }
        });
    }

    private static void fill(VBox box, JournalViewModel model, AppContext context) {
        BooleanProperty dismissed = new SimpleBooleanProperty();
        model.problemProperty().addListener((o, was, now) -> dismissed.set(false)); // a new problem is said again
        // A journal that reads in a moment (the usual case) should not flash a notice at every start:
        // "Loading" shows only once the reading has taken longer than LOADING_AFTER.
        BooleanProperty slow = new SimpleBooleanProperty();
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(LOADING_AFTER);
        wait.setOnFinished(e -> slow.set(model.loadingProperty().get()));
        Runnable update = () -> show(box, model, context, dismissed, slow.get());
        model.loadingProperty().addListener((o, was, now) -> {
            if (now) {
                wait.playFromStart();
            } else {
                wait.stop();
                slow.set(false);
            }
        });
        if (model.loadingProperty().get()) {
            wait.playFromStart();
        }
        slow.addListener(o -> update.run());
        model.loadingProperty().addListener(o -> update.run());
        model.problemProperty().addListener(o -> update.run());
        dismissed.addListener(o -> update.run());
        update.run();
    }

    private static void show(VBox box, JournalViewModel model, AppContext context, BooleanProperty dismissed, boolean slowLoading) {
        box.getChildren().clear();
        box.getStyleClass().removeAll("journal-notice-loading", "journal-notice-problem");
        JournalProblem problem = model.problemProperty().get();
        boolean loading = model.loadingProperty().get();
        if (loading && slowLoading) {
            box.getStyleClass().add("journal-notice-loading");
            box.setStyle("-fx-background-color: -color-accent-subtle; -fx-border-color: -color-accent-emphasis; -fx-border-width: 0 0 1 0;");
            box.getChildren().add(loadingLine(model));
        } else if (!loading && problem != null && !dismissed.get()) {
            box.getStyleClass().add("journal-notice-problem");
            box.setStyle("-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-emphasis; -fx-border-width: 0 0 2 0;");
            box.getChildren().addAll(problemLines(problem, context, dismissed));
        }
        boolean any = !box.getChildren().isEmpty();
        box.setVisible(any);
        box.setManaged(any);
    }

    private static VBox loadingLine(JournalViewModel model) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(160);
        bar.setMinWidth(60);
        Label words = new Label();
        words.setId("journal-notice-loading");
        words.setWrapText(true);
        words.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        words.textProperty().bind(Bindings.createStringBinding(() -> {
            double p = model.progressProperty().get();
            return p < 0 ? Messages.get("journal.notice.loading")
                    : Messages.get("journal.notice.loadingPercent", Math.round(p * 100));
        }, model.progressProperty()));
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(10, bar, words);
        top.setAlignment(Pos.CENTER_LEFT);
        Label why = new Label(Messages.get("journal.notice.loadingWait"));
        why.setWrapText(true);
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox line = new VBox(4, top, why);
        line.accessibleTextProperty().bind(words.textProperty().concat(". ").concat(why.getText()));
        return line;
    }

    private static java.util.List<javafx.scene.Node> problemLines(JournalProblem problem, AppContext context, BooleanProperty dismissed) {
        // Short, so that at twice the text size in a 1024x600 window the screen below stays in use;
        // the Journal page says it all (the place in the file, the copy kept, the restore).
        String text = "\u26A0 " + Messages.get("journal.notice.title") + " " + ProblemWords.brief(problem) + " "
                + Messages.get("journal.notice.nothingSaved");
        Label message = new Label(text);
        message.setId("journal-notice-text");
        message.setWrapText(true);
        message.getStyleClass().add("text-bold");
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button open = new Button(Messages.get("journal.notice.open"));
        open.setId("journal-notice-open");
        open.setMnemonicParsing(true);
        open.setAccessibleText(Messages.get("journal.notice.open.accessible"));
        open.setOnAction(e -> context.navigator().show(Destination.JOURNAL));
        Button dismiss = new Button(Messages.get("journal.notice.dismiss"));
        dismiss.setId("journal-notice-dismiss");
        dismiss.setAccessibleText(Messages.get("journal.notice.dismiss.accessible"));
        dismiss.setOnAction(e -> dismissed.set(true));
        FlowPane buttons = new FlowPane(10, 6, open, dismiss);
        buttons.setMinWidth(0);
        return java.util.List.of(message, buttons);
    }
}
