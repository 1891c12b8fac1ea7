package org.popcheck.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.common.Choices;
import org.popcheck.ui.common.PainScale;
import org.popcheck.ui.common.Styles;

/**
 * Builds the control for one question of the catalog, bound both ways to the wizard's view model:
 * yes / no / not sure as radio buttons, options as radio buttons or check boxes, numbers as a field
 * (pain as a labelled slider). Every control carries the question in its accessible text.
 */
final class AnswerControls {

    private final WizardViewModel model;

    AnswerControls(WizardViewModel model) {
        this.model = model;
    }

    /** The question with its answer control, laid out as one card-like row. */
    VBox questionRow(FactDefinition fact) {
        Label text = new Label(fact.question());
        text.setWrapText(true);
        text.getStyleClass().add(Styles.QUESTION_TEXT);
        VBox row = new VBox(8, text);
        row.getStyleClass().add(Styles.QUESTION);
        row.setId("q-" + fact.id());
        if (fact.picture() != null) {
            HBox withPicture = new HBox(16, control(fact), OttawaPicture.of(fact.picture(), fact.question()));
            withPicture.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().add(withPicture);
        } else {
            row.getChildren().add(control(fact));
        }
        text.setLabelFor(row.getChildren().get(1));
        return row;
    }

    Node control(FactDefinition fact) {
        return switch (fact.type()) {
            case YESNO -> yesNo(fact);
            case CHOICE -> choice(fact);
            case MULTI -> multi(fact);
            case NUMBER -> fact.id().equals("pain") ? pain(fact) : number(fact);
        };
    }

    private Node yesNo(FactDefinition fact) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(18);
        for (Answer.YesNo value : List.of(Answer.YesNo.YES, Answer.YesNo.NO, Answer.YesNo.UNSURE)) {
            String label = Messages.get("wizard.answer." + value.name().toLowerCase(java.util.Locale.ROOT));
            RadioButton b = Choices.radio(group, value, label, fact.question());
            b.setId("a-" + fact.id() + "-" + value.name().toLowerCase(java.util.Locale.ROOT));
            b.setSelected(model.answerOf(fact.id()).map(value::equals).orElse(false));
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) ->
                model.answer(fact.id(), now == null ? null : (Answer) now.getUserData()));
        return box;
    }

    /**
     * Makes a yes / no / not sure control made by {@link #control} (or a node holding one) show
     * {@code answer}, none of its buttons when null: for an answer the check changed itself.
     */
    static void showYesNo(Node control, Answer answer) {
        control.lookupAll(".radio-button").forEach(n -> {
            if (n instanceof RadioButton b) {
                boolean chosen = answer != null && answer.equals(b.getUserData());
                if (b.isSelected() != chosen) {
                    b.setSelected(chosen);
                }
            }
        });
    }

    private Node choice(FactDefinition fact) {
        ToggleGroup group = new ToggleGroup();
        FlowPane box = new FlowPane(18, 8);
        for (String option : fact.options()) {
            RadioButton b = Choices.radio(group, option, Messages.get("wizard.option." + option), fact.question());
            b.setId("a-" + fact.id() + "-" + option);
            b.setSelected(model.answerOf(fact.id()).map(a -> a instanceof Answer.Choice c && c.option().equals(option)).orElse(false));
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) ->
                model.answer(fact.id(), now == null ? null : new Answer.Choice((String) now.getUserData())));
        return box;
    }

    private Node multi(FactDefinition fact) {
        FlowPane box = new FlowPane(18, 8);
        List<CheckBox> boxes = new ArrayList<>();
        List<String> chosen = model.answerOf(fact.id())
                .map(a -> a instanceof Answer.Choices c ? c.options() : List.<String>of()).orElse(List.of());
        for (String option : fact.options()) {
            CheckBox b = new CheckBox(Messages.get("wizard.option." + option));
            b.setId("a-" + fact.id() + "-" + option);
            b.setAccessibleText(Messages.get("wizard.answer.name", fact.question(), b.getText()));
            b.setSelected(chosen.contains(option));
            b.selectedProperty().addListener((obs, was, is) -> {
                List<String> now = new ArrayList<>();
                for (int i = 0; i < boxes.size(); i++) {
                    if (boxes.get(i).isSelected()) {
                        now.add(fact.options().get(i));
                    }
                }
                model.answer(fact.id(), new Answer.Choices(now));
            });
            boxes.add(b);
            box.getChildren().add(b);
        }
        return box;
    }

    private Node number(FactDefinition fact) {
        TextField field = new TextField(model.numberText(fact.id()));
        field.setId("a-" + fact.id());
        field.setPrefColumnCount(6);
        // Text that is not a usable number marks the field (and says why to a screen reader), not only the footer.
        Styles.markProblem(field, fact.question(), model.numberProblem(fact.id()));
        field.textProperty().addListener((obs, old, now) -> {
            model.setNumberText(fact.id(), now);
            Styles.markProblem(field, fact.question(), model.numberProblem(fact.id()));
        });
        String unitKey = "wizard.unit." + fact.id();
        Label unit = new Label(Messages.has(unitKey) ? Messages.get(unitKey) : "");
        HBox box = new HBox(8, field, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /**
     * Pain 0 to 10 on a slider with ticks, the number and a word beside it (never the colour alone).
     * It starts unanswered: moving the slider answers it, and "No pain" answers 0, so a person who
     * skips it is asked again rather than recorded as pain-free.
     */
    private Node pain(FactDefinition fact) {
        boolean answered = !model.numberText(fact.id()).isEmpty();
        Slider slider = PainScale.slider("a-pain", parseOrZero(model.numberText(fact.id())), fact.question());
        Label value = new Label();
        value.setId("pain-value");
        value.getStyleClass().add(Styles.TEXT_BOLD);
        javafx.scene.control.Button none = new javafx.scene.control.Button(Messages.get("wizard.popping.pain.noneButton"));
        none.setId("a-pain-none");
        none.setAccessibleText(Messages.get("wizard.answer.name", fact.question(), none.getText()));
        Runnable show = () -> {
            int v = (int) Math.round(slider.getValue());
            String text = model.numberText(fact.id()).isEmpty() ? Messages.get("wizard.popping.pain.unanswered")
                    : Messages.get("wizard.popping.pain.value", v, Messages.get("wizard.popping.pain." + painWord(v)));
            value.setText(text);
            slider.setAccessibleText(fact.question() + " " + text);
        };
        slider.valueProperty().addListener((obs, old, now) -> {
            model.setNumberText(fact.id(), Integer.toString((int) Math.round(now.doubleValue())));
            show.run();
        });
        none.setOnAction(e -> {
            slider.setValue(0);
            model.setNumberText(fact.id(), "0");
            show.run();
        });
        if (!answered) {
            model.setNumberText(fact.id(), "");
        }
        show.run();
        // The words under the slider, wrapping: at twice the text size a row of all three ran past
        // the page's right edge.
        value.setWrapText(true);
        // The slider gives way, never the button's words ("Keine Schmerz..." in German at 2x).
        Styles.keepWhole(none);
        HBox controls = new HBox(16, slider, none);
        controls.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, controls, value);
    }

    static String painWord(int pain) {
        if (pain == 0) {
            return "none";
        }
        return pain <= 3 ? "mild" : pain <= 6 ? "moderate" : "severe";
    }

    private static double parseOrZero(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }
}
