package org.popcheck.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageResult;
import org.popcheck.triage.WatchSign;
import org.popcheck.ui.Outcome;
import org.popcheck.ui.bodymap.BodyMapPanel;
import org.popcheck.ui.common.Styles;

/**
 * The result: the level as a banner (word, icon and colour, never colour alone), what to do now,
 * why (every rule that fired, the answers behind it, its source), what to watch for, and exercises.
 */
final class ResultPage extends VBox {

    /** What the buttons at the bottom do; the screen supplies them. */
    interface Actions {
        void change();

        void saveToJournal(Label status);

        void seeExercises();

        void summary();

        void startAgain();
    }

    ResultPage(Outcome outcome, FactCatalog facts, ExerciseCatalog exercises, Actions actions) {
        super(16);
        getStyleClass().add(Styles.PAGE);
        setId("result");
        TriageResult result = outcome.result();
        getChildren().add(banner(result.level()));
        Label disclaimer = new Label(Messages.get("wizard.result.notDiagnosis"));
        disclaimer.setWrapText(true);
        disclaimer.getStyleClass().add(Styles.DISCLAIMER);
        getChildren().add(disclaimer);

        getChildren().add(section("wizard.result.now"));
        Label advice = new Label(result.advice());
        advice.setId("result-advice");
        advice.setWrapText(true);
        getChildren().add(advice);

        getChildren().add(section("wizard.result.why"));
        VBox reasons = new VBox(10);
        reasons.setId("result-reasons");
        if (result.reasons().isEmpty()) {
            reasons.getChildren().add(wrapped(Messages.get("wizard.result.why.none")));
        }
        for (Reason r : result.reasons()) {
            reasons.getChildren().add(reason(r, outcome.assessment(), facts));
        }
        getChildren().add(reasons);

        if (!result.watchFor().isEmpty()) {
            getChildren().add(section("wizard.result.watch"));
            VBox watch = new VBox(4);
            watch.setId("result-watch");
            for (WatchSign w : result.watchFor()) {
                watch.getChildren().add(wrapped("\u2022 " + w.text() + " \u2014 "
                        + Messages.get("wizard.result.watch.level", w.wouldBecome().words())));
            }
            getChildren().add(watch);
        }

        getChildren().add(section("wizard.result.exercises"));
        VBox exerciseBox = new VBox(4);
        exerciseBox.setId("result-exercises");
        if (result.exercises().isEmpty()) {
            exerciseBox.getChildren().add(wrapped(Messages.get("wizard.result.exercises.none")));
        } else {
            if (result.level() == Level.CONSULTATION) {
                exerciseBox.getChildren().add(wrapped(Messages.get("wizard.result.exercises.checkFirst")));
            }
            for (String id : result.exercises()) {
                exerciseBox.getChildren().add(wrapped("\u2022 " + exercises.find(id).map(e -> e.name()).orElse(id)));
            }
        }
        getChildren().add(exerciseBox);
        getChildren().add(buttons(result, actions));
    }

    private static VBox banner(Level level) {
        FontIcon icon = new FontIcon(iconOf(level));
        icon.setIconSize(40);
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

    static Ikon iconOf(Level level) {
        return switch (level) {
            case EMERGENCY_AMBULANCE -> Material2AL.LOCAL_HOSPITAL;
            case EMERGENCY -> Material2MZ.WARNING;
            case CONSULTATION_24 -> Material2AL.ACCESS_TIME;
            case CONSULTATION -> Material2AL.EVENT;
            case SELF_CARE -> Material2AL.CHECK_CIRCLE;
        };
    }

    private static VBox reason(Reason r, Assessment assessment, FactCatalog facts) {
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
            answers.add(describe(id, assessment, facts));
        }
        if (!answers.isEmpty()) {
            box.getChildren().add(wrapped(Messages.get("wizard.result.because", String.join("; ", answers))));
        }
        box.getChildren().add(muted(Messages.get("wizard.result.source", r.source()) + "  \u00b7  "
                + r.level().words()));
        return box;
    }

    /** "Did it start with a twist...? yes" for a fact; "age 67" for the age. */
    private static String describe(String id, Assessment assessment, FactCatalog facts) {
        if (id.equals("age")) {
            return Messages.get("wizard.result.fact.age", assessment.age());
        }
        String question = facts.find(id).map(f -> f.question()).orElse(id);
        String value = assessment.answer(id).map(ResultPage::valueOf).orElse("");
        return value.isEmpty() ? question : question + " " + value;
    }

    private static String valueOf(Answer a) {
        if (a instanceof Answer.YesNo yn) {
            return yn == Answer.YesNo.UNSURE ? Messages.get("wizard.result.fact.unsure") : Messages.get("wizard.result.fact.yes");
        }
        if (a instanceof Answer.Number n) {
            return Long.toString(Math.round(n.value()));
        }
        if (a instanceof Answer.Choice c) {
            return Messages.get("wizard.option." + c.option());
        }
        return "";
    }

    private static FlowPane buttons(TriageResult result, Actions actions) {
        Label status = new Label();
        status.setId("result-status");
        status.setWrapText(true);
        Button change = button("wizard.result.change", "result-change", actions::change);
        Button save = button("wizard.result.save", "result-save", () -> actions.saveToJournal(status));
        Button exercises = button("wizard.result.seeExercises", "result-exercises-button", actions::seeExercises);
        exercises.setDisable(result.exercises().isEmpty());
        Button summary = button("wizard.result.summary", "result-summary", actions::summary);
        Button again = button("wizard.result.again", "result-again", actions::startAgain);
        save.getStyleClass().add(Styles.ACCENT);
        FlowPane pane = new FlowPane(10, 10, change, save, exercises, summary, again, status);
        pane.setId("result-actions");
        return pane;
    }

    private static Button button(String key, String id, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setMnemonicParsing(true);
        b.setId(id);
        b.setAccessibleText(b.getText().replace("_", ""));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().addAll(Styles.SECTION_TITLE, Styles.TITLE_4);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
