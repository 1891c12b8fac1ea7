package org.popcheck.ui.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.i18n.Messages;
import org.popcheck.plan.CheckPlanner;
import org.popcheck.plan.SignTier;
import org.popcheck.ui.common.Styles;

/**
 * One step of the check: its lists of signs and its single questions, in the order the planner
 * gives. Every node that can appear is built once; what the answers so far ask is shown, the rest
 * hidden, so focus never jumps while the person answers (follow-ups open in place).
 */
final class QuestionsPage extends VBox {

    private final WizardViewModel model;
    private final Map<FactDefinition, VBox> rows = new LinkedHashMap<>();
    private final List<SignListView> lists = new ArrayList<>();
    private final InvalidationListener refresh = o -> updateVisibility();

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
        List<FactDefinition> facts = model.questionsOf(step);
        var planner = model.planner();
        // Questions before the lists (the popping; "did it start with an injury" and when), then
        // each list of signs with its follow-ups, then the remaining numbers: the planner's order.
        for (FactDefinition f : facts) {
            if (!planner.isListSign(f) && !planner.isFollowUp(f) && !f.group().equals("emergency")
                    && (f.type() != org.popcheck.assessment.FactType.NUMBER || f.group().equals("popping")
                        || CheckPlanner.isInjuryDate(f.id()))) {
                addRow(controls, f);
            }
        }
        for (SignTier tier : SignTier.values()) {
            List<FactDefinition> signs = facts.stream()
                    .filter(f -> (planner.isListSign(f) || f.group().equals("emergency")) && tierOf(planner, f) == tier).toList();
            if (signs.isEmpty()) {
                continue;
            }
            SignListView list = new SignListView(model, tier, inListOrder(signs), controls);
            lists.add(list);
            getChildren().add(list);
            for (FactDefinition f : facts) {
                if (planner.isFollowUp(f) && signs.stream().anyMatch(s -> f.askedAfter().contains(s.id()))) {
                    addRow(controls, f);
                }
            }
        }
        for (FactDefinition f : facts) {
            if (f.type() == org.popcheck.assessment.FactType.NUMBER && !f.group().equals("popping") && !planner.isFollowUp(f)
                    && !CheckPlanner.isInjuryDate(f.id())) {
                addRow(controls, f);
            }
        }
        updateVisibility();
        model.answers().addListener(refresh);
        model.numberTexts().addListener(refresh);
        model.listModes().addListener(refresh);
    }

    private static SignTier tierOf(org.popcheck.plan.CheckPlanner planner, FactDefinition f) {
        return f.group().equals("emergency") ? SignTier.EMERGENCY : planner.tierOf(f.id());
    }

    /** The body's signs first, then how it started, then the person's health. */
    private static List<FactDefinition> inListOrder(List<FactDefinition> signs) {
        List<String> order = List.of("emergency", "warning", "onset", "person");
        return signs.stream()
                .sorted(java.util.Comparator.comparingInt(f -> order.contains(f.group()) ? order.indexOf(f.group()) : order.size()))
                .toList();
    }

    private void addRow(AnswerControls controls, FactDefinition f) {
        VBox row = controls.questionRow(f);
        rows.put(f, row);
        getChildren().add(row);
    }

    /** Stops listening: the page is thrown away when the step changes. */
    void dispose() {
        model.answers().removeListener(refresh);
        model.numberTexts().removeListener(refresh);
        model.listModes().removeListener(refresh);
    }

    private void updateVisibility() {
        rows.forEach((fact, row) -> {
            boolean asked = model.isAsked(fact);
            row.setVisible(asked);
            row.setManaged(asked);
        });
        lists.forEach(SignListView::refresh);
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
        String name = Messages.get("wizard.about.age").replace("_", "");
        age.textProperty().bindBidirectional(model.ageTextProperty());
        // Text that is not an age in digits marks the field (and says why to a screen reader), not only the footer.
        Styles.markProblem(age, name, model.ageProblem());
        age.textProperty().addListener((o, was, now) -> Styles.markProblem(age, name, model.ageProblem()));
        label.setLabelFor(age);
        VBox row = new VBox(8, label, new HBox(age));
        row.getStyleClass().add(Styles.QUESTION);
        return row;
    }
}
