package org.popcheck.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.check.CheckResult;
import org.popcheck.exercise.Caution;
import org.popcheck.exercise.DoseWords;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.exercise.ExercisePlan;
import org.popcheck.exercise.PlannedExercise;
import org.popcheck.i18n.AnswerWords;
import org.popcheck.i18n.SuspicionWords;
import org.popcheck.i18n.Messages;
import org.popcheck.report.Labels;
import org.popcheck.triage.AnsweredSigns;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageResult;
import org.popcheck.triage.WatchSign;
import org.popcheck.ui.Outcome;
import org.popcheck.ui.bodymap.BodyMapPanel;
import org.popcheck.ui.common.Styles;

/**
 * The result: the level as a banner (word, icon and colour, never colour alone), what is probably
 * making the noise (first at home-care levels; after the advice, under "get checked first", at
 * consultation_24 and above), what to do now, why (every rule that fired, the answers behind it, its
 * source), what to watch for, and the exercises with why each is there.
 */
final class ResultPage extends VBox {

    /** Where the result stands with the journal: its Save button shows it. */
    enum SaveState {
        NOT_SAVED, SAVING, SAVED
    }

    /** What the buttons at the bottom do; the screen supplies them. */
    interface Actions {
        void change();

        void saveToJournal(Label status);

        /** Whether this result is in the journal (or on its way), so Save is not offered again. */
        default javafx.beans.value.ObservableValue<SaveState> saveState() {
            return new javafx.beans.property.SimpleObjectProperty<>(SaveState.NOT_SAVED);
        }

        void seeExercises();

        void summary();

        void startAgain();

        /** Why this result cannot be saved to the journal now (read-only, still loading); empty when it can. */
        default javafx.beans.value.ObservableStringValue whyNoSaving() {
            return new javafx.beans.property.SimpleStringProperty("");
        }
    }

    ResultPage(Outcome outcome, FactCatalog facts, ExerciseCatalog exercises, Actions actions) {
        super(16);
        getStyleClass().add(Styles.PAGE);
        setId("result");
        CheckResult check = outcome.check();
        TriageResult result = check.triage();
        getChildren().add(banner(result.level()));
        Label disclaimer = new Label(Messages.get("wizard.result.notDiagnosis"));
        disclaimer.setWrapText(true);
        disclaimer.getStyleClass().add(Styles.DISCLAIMER);
        getChildren().add(disclaimer);
        VBox causes = CauseSection.of(check, outcome.assessment(), facts);
        if (!check.checkedFirst()) {
            // At home-care levels the first question is "what is it?"; it is answered first.
            getChildren().add(causes);
        }

        getChildren().add(section("wizard.result.now"));
        Label advice = new Label(result.advice());
        advice.setId("result-advice");
        advice.setWrapText(true);
        getChildren().add(advice);

        getChildren().add(section("wizard.result.why"));
        VBox reasons = new VBox(10);
        reasons.setId("result-reasons");
        if (result.reasons().isEmpty()) {
            // "None of your answers is a warning sign" only when no sign was answered yes or not sure.
            List<String> signs = AnsweredSigns.of(outcome.assessment(), facts);
            reasons.getChildren().add(wrapped(signs.isEmpty() ? Messages.get("wizard.result.why.none")
                    : Messages.get("wizard.result.why.signsNoRule", AnsweredSigns.words(signs, facts))));
        }
        boolean lessUrgentSaid = false;
        for (Reason r : result.reasons()) {
            // Reasons come most urgent first. One that on its own asks for less than the result is still
            // listed, under words that say the advice above comes first, so its own time ("within 24
            // hours") never reads as a second, later answer beside a same-day result (review 13, M2).
            boolean lessUrgent = result.level().isMoreUrgentThan(r.level());
            if (lessUrgent && !lessUrgentSaid) {
                Label also = wrapped(Messages.get("wizard.result.why.lessUrgent", result.level().words()));
                also.setId("result-reasons-less-urgent");
                also.getStyleClass().add(Styles.TEXT_BOLD);
                reasons.getChildren().add(also);
                lessUrgentSaid = true;
            }
            reasons.getChildren().add(reason(r, outcome.assessment(), facts, lessUrgent));
        }
        getChildren().add(reasons);

        if (!result.watchFor().isEmpty()) {
            getChildren().add(section("wizard.result.watch"));
            VBox watch = new VBox(4);
            watch.setId("result-watch");
            WatchSign.byLevel(result.watchFor()).forEach((level, signs) -> {
                Label then = wrapped(Messages.get("wizard.result.watch.group", level.words()));
                then.getStyleClass().addAll(Styles.TEXT_BOLD, "watch-group");
                if (!watch.getChildren().isEmpty()) {
                    VBox.setMargin(then, new javafx.geometry.Insets(8, 0, 0, 0)); // a gap between the groups
                }
                watch.getChildren().add(then);
                signs.forEach(w -> watch.getChildren().add(wrapped("\u2022 " + w.text())));
            });
            getChildren().add(watch);
        }
        if (check.checkedFirst()) {
            // Getting checked comes first, whatever makes the noise (spec/causes.md).
            getChildren().add(causes);
        }

        getChildren().add(section("wizard.result.exercises"));
        getChildren().add(exercises(check.plan(), outcome.assessment()));
        javafx.beans.value.ObservableStringValue whyNot = actions.whyNoSaving();
        getChildren().addAll(whyNotSaved(whyNot), buttons(check.plan(), actions, whyNot));
    }

    private static VBox exercises(ExercisePlan plan, Assessment assessment) {
        VBox box = new VBox(4);
        box.setId("result-exercises");
        if (plan.items().isEmpty() && plan.level().allowsExercises() && !plan.withheldFor().isEmpty()) {
            box.getChildren().add(wrapped(Messages.get("wizard.result.exercises.withheld", SuspicionWords.of(plan.withheldFor()))));
        } else if (plan.items().isEmpty()) {
            box.getChildren().add(wrapped(Messages.get("wizard.result.exercises.none")));
        } else {
            if (plan.checkWithClinicianFirst()) {
                box.getChildren().add(wrapped(Messages.get("wizard.result.exercises.checkFirst")));
            }
            if (org.popcheck.check.PersonConditions.childToBeWatched(assessment)) {
                Label child = wrapped(Messages.get("wizard.result.exercises.child"));
                child.setId("result-exercises-child");
                box.getChildren().add(child);
            }
            box.getChildren().add(wrapped(Messages.get("wizard.result.exercises.session", plan.items().size(), plan.minutes())));
            for (PlannedExercise p : plan.items()) {
                Label l = wrapped("\u2022 " + Messages.get("wizard.result.exercises.item", p.exercise().name(), p.why()));
                l.setUserData(p.exercise().id());
                box.getChildren().add(l);
                Label dose = wrapped(DoseWords.doseAndFrequency(p.exercise()));
                dose.getStyleClass().add(Styles.TEXT_MUTED);
                dose.setPadding(new Insets(0, 0, 0, 16));
                box.getChildren().add(dose);
                for (Caution c : p.cautions()) {
                    Label say = wrapped(Messages.get("wizard.result.exercises.caution", c.say()));
                    say.setPadding(new Insets(0, 0, 0, 16));
                    box.getChildren().add(say);
                }
            }
        }
        return box;
    }

    private static VBox banner(Level level) {
        FontIcon icon = org.popcheck.ui.common.LevelIcons.icon(level);
        Label word = new Label(level.shortWords().toUpperCase(Locale.ROOT));
        word.getStyleClass().add(Styles.TEXT_BOLD);
        Label text = new Label(level.words());
        text.setId("result-level");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TITLE_2);
        VBox words = new VBox(2, word, text);
        HBox row = new HBox(16, icon, words);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox banner = new VBox(row);
        banner.getStyleClass().addAll(Styles.LEVEL_BANNER, Styles.level(level.id()));
        banner.setAccessibleText(word.getText() + ": " + text.getText());
        banner.setUserData(level);
        return banner;
    }

    private static VBox reason(Reason r, Assessment assessment, FactCatalog facts, boolean lessUrgent) {
        Label text = wrapped(r.text());
        text.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(3, text);
        box.getStyleClass().add(Styles.REASON);
        box.setUserData(r.rule());
        if (r.site() != null) {
            box.getChildren().add(muted(Messages.get("wizard.result.where", BodyMapPanel.nameOf(r.site()))));
        }
        List<String> answers = new ArrayList<>();
        for (String id : r.facts()) {
            answers.add(AnswerWords.describe(id, assessment, facts));
        }
        if (!answers.isEmpty()) {
            box.getChildren().add(wrapped(Messages.get("wizard.result.because", String.join("; ", answers))));
        }
        box.getChildren().add(muted(Labels.sources(r.source()) + "  \u00b7  "
                + (lessUrgent ? Messages.get("wizard.result.reason.onItsOwn", r.level().words()) : r.level().words())));
        return box;
    }

    /**
     * Said in sight above the buttons when the result cannot be saved, rather than only after pressing
     * Save to journal at the end (trial 12: "The journal is open read-only, so this result was not saved").
     */
    private static Label whyNotSaved(javafx.beans.value.ObservableStringValue why) {
        Label line = new Label();
        line.textProperty().bind(why);
        line.getStyleClass().add(Styles.TEXT_BOLD);
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return org.popcheck.ui.common.StatusLine.dress(line, "result-save-why");
    }

    private static FlowPane buttons(ExercisePlan plan, Actions actions, javafx.beans.value.ObservableStringValue whyNot) {
        Label status = org.popcheck.ui.common.StatusLine.dress(new Label(), "result-status");
        Button change = button("wizard.result.change", "result-change", actions::change);
        Button save = button("wizard.result.save", "result-save", () -> actions.saveToJournal(status));
        Button exercises = button("wizard.result.seeExercises", "result-exercises-button", actions::seeExercises);
        exercises.setDisable(plan.items().isEmpty());
        Button summary = button("wizard.result.summary", "result-summary", actions::summary);
        Button again = button("wizard.result.again", "result-again", actions::startAgain);
        save.getStyleClass().add(Styles.ACCENT);
        // Held back while the journal cannot take it (read-only, still loading): the reason as a tooltip and
        // in what a screen reader says; the button's saved state is shown by showSaveState.
        javafx.beans.binding.BooleanBinding cannotSave = javafx.beans.binding.Bindings.isNotEmpty(whyNot);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.textProperty().bind(whyNot);
        save.tooltipProperty().bind(javafx.beans.binding.Bindings.when(cannotSave).then(tip).otherwise((javafx.scene.control.Tooltip) null));
        showSaveState(save, actions.saveState(), whyNot);
        FlowPane pane = new FlowPane(10, 10, change, save, exercises, summary, again, status);
        pane.setId("result-actions");
        // A button wider than the page (a long name at twice the text size) wraps its words.
        pane.setMinWidth(0);
        Styles.wrapWithin(pane, change, save, exercises, summary, again);
        return pane;
    }

    /**
     * The Save button says where the result stands: once saved it reads "Saved in journal" with a tick,
     * is no longer the page's main button and cannot be pressed again by accident (the trial's save
     * still looked ready to press). Screen readers hear "Saved in your journal."; while it saves it says so.
     */
    private static void showSaveState(Button save, javafx.beans.value.ObservableValue<SaveState> state,
                                      javafx.beans.value.ObservableStringValue whyNot) {
        String saveText = save.getText();
        String saveAccessible = save.getAccessibleText();
        javafx.beans.value.ChangeListener<SaveState> show = (o, was, now) -> {
            String why = whyNot.get();
            boolean blocked = why != null && !why.isEmpty();
            save.setDisable(now != SaveState.NOT_SAVED || blocked);
            save.setMnemonicParsing(now == SaveState.NOT_SAVED);
            save.getStyleClass().remove(Styles.ACCENT);
            save.setGraphic(null);
            switch (now) {
                case NOT_SAVED -> {
                    save.setText(saveText);
                    save.setAccessibleText(blocked ? saveAccessible + ". " + why : saveAccessible);
                    save.getStyleClass().add(Styles.ACCENT);
                }
                case SAVING -> {
                    save.setText(Messages.get("wizard.result.saving"));
                    save.setAccessibleText(Messages.get("wizard.result.saving"));
                }
                case SAVED -> {
                    save.setText(Messages.get("wizard.result.save.done"));
                    save.setAccessibleText(Messages.get("wizard.result.saved"));
                    save.setGraphic(new FontIcon(org.kordamp.ikonli.material2.Material2AL.CHECK));
                }
            }
            save.pseudoClassStateChanged(SAVED, now == SaveState.SAVED);
        };
        state.addListener(new javafx.beans.value.WeakChangeListener<>(show));
        javafx.beans.InvalidationListener whyChanged = o -> show.changed(state, state.getValue(), state.getValue());
        whyNot.addListener(new javafx.beans.WeakInvalidationListener(whyChanged));
        save.getProperties().put(SaveState.class, show); // the page keeps its listeners while it lives
        save.getProperties().put(javafx.beans.InvalidationListener.class, whyChanged);
        show.changed(state, null, state.getValue());
    }

    /** The Save button's state once the result is in the journal. */
    static final javafx.css.PseudoClass SAVED = javafx.css.PseudoClass.getPseudoClass("saved");

    private static Button button(String key, String id, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setMnemonicParsing(true);
        b.setId(id);
        b.setAccessibleText(b.getText().replace("_", ""));
        b.setOnAction(e -> action.run());
        return b;
    }

    static Label section(String key) {
        Label l = new Label(Messages.get(key));
        // Wraps: at twice the text size in a small window a title would otherwise be cut short.
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.SECTION_TITLE, Styles.TITLE_4);
        return l;
    }

    static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    static Label muted(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
