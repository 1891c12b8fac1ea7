package org.popcheck.ui.wizard;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.common.Styles;

/**
 * One question step: every question in scope for the places picked, each shown only while it is
 * asked (an "askIf" question appears when the answer it depends on is yes or not sure).
 */
final class QuestionsPage extends VBox {

    private final WizardViewModel model;
    private final Map<FactDefinition, VBox> rows = new LinkedHashMap<>();
    private final MapChangeListener<String, Object> refresh = c -> updateVisibility();

    QuestionsPage(WizardViewModel model, WizardStep step) {
        super(14);
        this.model = model;
        getStyleClass().add(Styles.PAGE);
        Label intro = new Label(Messages.get("wizard." + step.key() + ".intro"));
        intro.setWrapText(true);
        getChildren().add(intro);
        if (step == WizardStep.ABOUT) {
            getChildren().add(ageRow());
        }
        AnswerControls controls = new AnswerControls(model);
        for (FactDefinition fact : model.questionsOf(step)) {
            VBox row = controls.questionRow(fact);
            rows.put(fact, row);
            getChildren().add(row);
        }
        updateVisibility();
        model.answers().addListener(refresh);
    }

    /** Stops listening: the page is thrown away when the step changes. */
    void dispose() {
        model.answers().removeListener(refresh);
    }

    private void updateVisibility() {
        rows.forEach((fact, row) -> {
            boolean asked = model.isAsked(fact);
            row.setVisible(asked);
            row.setManaged(asked);
        });
    }

    private VBox ageRow() {
        Label label = new Label(Messages.get("wizard.about.age"));
        label.setMnemonicParsing(true);
        label.getStyleClass().add(Styles.QUESTION_TEXT);
        TextField age = new TextField(model.ageTextProperty().get());
        age.setId("age");
        age.setPromptText(Messages.get("wizard.about.age.prompt"));
        age.setPrefColumnCount(5);
        age.setMaxWidth(180);
        age.setAccessibleText(Messages.get("wizard.about.age").replace("_", ""));
        age.textProperty().bindBidirectional(model.ageTextProperty());
        label.setLabelFor(age);
        VBox row = new VBox(8, label, new HBox(age));
        row.getStyleClass().add(Styles.QUESTION);
        return row;
    }
}
