package org.popcheck.ui.wizard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.i18n.Messages;
import org.popcheck.plan.SignTier;
import org.popcheck.ui.common.Styles;

/**
 * A list of signs answered together (issue 13, after NHS 111 online): the signs in plain words,
 * then "I have one of these" (tick which), "Not sure about one" (each answered yes, no or not
 * sure, and "not sure" counts as yes) or "None of these". Nothing is chosen until the person
 * chooses. Only the signs the check asks now are shown.
 */
final class SignListView extends VBox {

    private final WizardViewModel model;
    private final SignTier tier;
    private final Map<FactDefinition, Item> items = new LinkedHashMap<>();
    private final ToggleGroup modes = new ToggleGroup();
    /** True while the buttons are set to the model's answer, which must not be answered again. */
    private boolean showingModelsMode;
    private Label personHeading;

    /** One sign: its words, a tick box for "I have one", and yes / no / not sure for "Not sure". */
    private record Item(VBox row, Label bullet, CheckBox tick, Node yesNo) {}

    SignListView(WizardViewModel model, SignTier tier, List<FactDefinition> signs, AnswerControls controls) {
        super(10);
        this.model = model;
        this.tier = tier;
        getStyleClass().addAll(Styles.QUESTION, "pc-sign-list");
        setId("list-" + tier.key());
        Label title = new Label(Messages.get("wizard.list." + tier.key() + ".title"));
        title.setWrapText(true);
        title.getStyleClass().add(Styles.QUESTION_TEXT);
        Label hint = new Label(Messages.get("wizard.list." + tier.key() + ".hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox rows = new VBox(6);
        Label aboutYou = new Label(Messages.get("wizard.list.aboutYou"));
        aboutYou.getStyleClass().add(Styles.TEXT_BOLD);
        aboutYou.setWrapText(true);
        for (FactDefinition sign : signs) {
            // The person's health (diabetes, blood thinners...) is not a sign of the joint: it
            // comes last, under its own heading, so the list does not read as if it were urgent.
            if (sign.group().equals("person") && !rows.getChildren().contains(aboutYou)) {
                rows.getChildren().add(aboutYou);
                personHeading = aboutYou;
            }
            items.put(sign, item(sign, controls));
            rows.getChildren().add(items.get(sign).row());
        }
        FlowPane answers = new FlowPane(18, 8);
        for (WizardViewModel.ListMode mode : WizardViewModel.ListMode.values()) {
            String label = Messages.get("wizard.list." + mode.name().toLowerCase(java.util.Locale.ROOT));
            RadioButton b = org.popcheck.ui.common.Choices.radio(modes, mode, label, title.getText());
            b.setId("list-" + tier.key() + "-" + mode.name().toLowerCase(java.util.Locale.ROOT));
            b.setSelected(model.listMode(tier).map(mode::equals).orElse(false));
            answers.getChildren().add(b);
        }
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && !showingModelsMode) {
                model.answerList(tier, (WizardViewModel.ListMode) now.getUserData());
            }
            refresh();
        });
        title.setLabelFor(answers.getChildren().get(0));
        getChildren().addAll(title, hint, rows, answers);
        refresh();
    }

    private Item item(FactDefinition sign, AnswerControls controls) {
        Label words = new Label(sign.signText());
        words.setWrapText(true);
        words.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(words, Priority.ALWAYS);
        CheckBox tick = new CheckBox();
        tick.setId("tick-" + sign.id());
        tick.setAccessibleText(Messages.get("wizard.list.tickName", sign.signText()));
        tick.setSelected(model.answerOf(sign.id()).map(Answer.YesNo.YES::equals).orElse(false));
        tick.selectedProperty().addListener((obs, was, is) -> model.tick(sign.id(), is));
        Node yesNo = controls.control(sign);
        Label bullet = new Label("\u2022");
        HBox line = new HBox(8, bullet, tick, words);
        if (sign.picture() != null) {
            line.getChildren().add(OttawaPicture.of(sign.picture(), sign.signText()));
        }
        line.setAlignment(Pos.CENTER_LEFT);
        // Yes / No / Not sure on a line of their own under the sign they answer: never squeezed by
        // long words or a picture, and never between two signs.
        HBox answers = new HBox(yesNo);
        answers.setPadding(new javafx.geometry.Insets(0, 0, 4, 20));
        VBox row = new VBox(4, line, answers);
        row.setId("sign-" + sign.id());
        return new Item(row, bullet, tick, answers);
    }

    /** Shows the signs asked now, the tick boxes or the yes / no / not sure answers by mode. */
    void refresh() {
        WizardViewModel.ListMode mode = model.listMode(tier).orElse(null);
        showModelsMode(mode);
        boolean any = false;
        for (Map.Entry<FactDefinition, Item> e : items.entrySet()) {
            boolean asked = model.isAsked(e.getKey());
            any |= asked;
            show(e.getValue().row(), asked);
            show(e.getValue().tick(), mode == WizardViewModel.ListMode.HAVE);
            show(e.getValue().bullet(), mode != WizardViewModel.ListMode.HAVE);
            show(e.getValue().yesNo(), mode == WizardViewModel.ListMode.UNSURE);
            Answer answer = model.answerOf(e.getKey().id()).orElse(null);
            boolean yes = answer == Answer.YesNo.YES;
            if (e.getValue().tick().isSelected() != yes) {
                e.getValue().tick().setSelected(yes);
            }
            // Switching from "None of these" to "Not sure about one" clears the "no" of every sign;
            // buttons still showing "No" would look answered while the check waits for them.
            AnswerControls.showYesNo(e.getValue().yesNo(), answer);
        }
        if (personHeading != null) {
            show(personHeading, anyPersonAsked());
        }
        show(this, any);
    }

    /**
     * The radio buttons show the model's answer to the list. When the model asks the list again
     * (a changed answer added signs the person has not seen), none stays chosen: a button still
     * showing "None of these" would look answered while the result waits for it, and choosing it
     * again would not register.
     */
    private void showModelsMode(WizardViewModel.ListMode mode) {
        Toggle shown = modes.getSelectedToggle();
        Object shownMode = shown == null ? null : shown.getUserData();
        if (shownMode == mode) {
            return;
        }
        showingModelsMode = true;
        try {
            modes.selectToggle(mode == null ? null
                    : modes.getToggles().stream().filter(t -> t.getUserData() == mode).findFirst().orElse(null));
        } finally {
            showingModelsMode = false;
        }
    }

    private boolean anyPersonAsked() {
        return items.keySet().stream().anyMatch(f -> f.group().equals("person") && model.isAsked(f));
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
