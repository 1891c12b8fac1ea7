package org.popcheck.ui.common;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;

/** Theme, text size, emergency number, reduced motion, paper size and language. OK only with a valid number. */
public final class SettingsDialog extends Dialog<Settings> {

    /** The form's width in characters of the current text size: about 40 letters. */
    public static final double FORM_WIDTH_EM = 30;

    private final ChoiceBox<Settings.Theme> theme = new ChoiceBox<>();
    private final ChoiceBox<Settings.LanguageChoice> language = new ChoiceBox<>();
    private final Slider textScale = new Slider(Settings.MIN_SCALE, Settings.MAX_SCALE, 1);
    private final Label textScaleValue = new Label();
    private final TextField emergencyNumber = new TextField();
    private final Label problem = new Label();
    private final CheckBox reducedMotion = new CheckBox(Messages.get("common.settings.reducedMotion"));
    private final ToggleGroup paper = new ToggleGroup();

    public SettingsDialog(Window owner, Settings current) {
        initOwner(owner);
        setTitle(Messages.get("common.settings.title"));
        setHeaderText(null);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // Scrolls when a small screen at large text cannot show it all (the buttons stay in view).
        ScrollPane scroll = new ScrollPane(form(current));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(scroll);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());
        setResultConverter(button -> button == ButtonType.OK ? read(current).orElse(null) : null);
    }

    /**
     * Fills {@code box} with {@code values}, each shown by its message {@code key.NAME} and the box named
     * by {@code key}, with {@code chosen} chosen. The box is only picked from, never typed in.
     */
    private static <T extends Enum<T>> void offer(ChoiceBox<T> box, T[] values, T chosen, String key, String id) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : Messages.get(key + "." + value.name());
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setValue(chosen);
        box.setId(id);
        box.setAccessibleText(Messages.get(key));
    }

    private VBox form(Settings current) {
        offer(theme, Settings.Theme.values(), current.theme(), "common.settings.theme", "settings-theme");
        offer(language, Settings.LanguageChoice.values(), current.language(), "common.settings.language", "settings-language");

        textScale.setValue(current.textScale());
        textScale.setMajorTickUnit(0.2);
        textScale.setBlockIncrement(0.1);
        textScale.setId("settings-text-scale");
        textScale.setAccessibleText(Messages.get("common.settings.textScale"));
        textScale.valueProperty().addListener((o, a, b) -> textScaleValue.setText(Messages.get("common.settings.textScale.value", b.doubleValue())));
        textScaleValue.setText(Messages.get("common.settings.textScale.value", current.textScale()));

        emergencyNumber.setText(current.emergencyNumber());
        emergencyNumber.setId("settings-emergency-number");
        emergencyNumber.setPrefColumnCount(6);
        emergencyNumber.setAccessibleText(Messages.get("common.settings.emergencyNumber"));
        emergencyNumber.textProperty().addListener((o, a, b) -> problem.setText(
                b.trim().matches("[0-9]{2,6}") ? "" : Messages.get("common.settings.invalid")));
        problem.getStyleClass().add(Styles.ERROR);
        problem.setWrapText(true);
        RoomWhileSaying.bind(problem);
        // Six digits' width, not the whole form's.
        emergencyNumber.setMaxWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(Messages.get("common.settings.emergencyNumber.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);

        reducedMotion.setSelected(current.reducedMotion());
        reducedMotion.setId("settings-reduced-motion");
        reducedMotion.setWrapText(true);

        // The paper sizes side by side while they fit, else one under the other.
        FlowPane papers = new FlowPane(16, 8);
        for (Settings.Paper p : Settings.Paper.values()) {
            RadioButton b = Choices.radio(paper, p, Messages.get("common.settings.paper." + p.name()), Messages.get("common.settings.paper"));
            b.setSelected(p == current.paper());
            Styles.keepWhole(b);
            papers.getChildren().add(b);
        }
        papers.setMinWidth(0);

        // The slider takes what the value ("200 %") leaves; the value stays whole at every size.
        HBox scale = new HBox(10, textScale, textScaleValue);
        scale.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(textScale, Priority.ALWAYS);
        textScale.setMinWidth(0);
        textScaleValue.setMinWidth(Region.USE_PREF_SIZE);
        Styles.keepWhole(theme, language);

        // One column, each name above its setting, every text wrapping: the form is never wider
        // than its widest control, so it fits whatever width the dialog gets (trial 3: two columns
        // needed about 780 px at twice the text size in German, and the dialog had 614 px).
        VBox form = new VBox(16,
                setting("common.settings.theme", theme),
                setting("common.settings.textScale", textScale, scale),
                setting("common.settings.emergencyNumber", emergencyNumber, emergencyNumber, hint, problem),
                reducedMotion,
                setting("common.settings.paper", papers.getChildren().get(0), papers),
                setting("common.settings.language", language)) {
            @Override
            protected double computePrefWidth(double height) {
                // About FORM_WIDTH_EM wide, never narrower than its widest control.
                return Math.max(FORM_WIDTH_EM * hint.getFont().getSize(), computeMinWidth(height));
            }
        };
        form.setPadding(new Insets(16));
        form.setFillWidth(true);
        return form;
    }

    /** A setting's name above its control (and any lines under it); the name is the control's label. */
    private static VBox setting(String key, Node control, Node... shown) {
        VBox box = new VBox(6, labelFor(key, control));
        box.getChildren().addAll(shown.length == 0 ? new Node[] {control} : shown);
        return box;
    }

    private static Label labelFor(String key, Node control) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(control);
        l.setWrapText(true);
        return l;
    }

    private Optional<Settings> read(Settings current) {
        try {
            return Optional.of(current.withTheme(theme.getValue())
                    .withTextScale(Math.round(textScale.getValue() * 10) / 10.0)
                    .withEmergencyNumber(emergencyNumber.getText().trim())
                    .withReducedMotion(reducedMotion.isSelected())
                    .withPaper((Settings.Paper) paper.getSelectedToggle().getUserData())
                    .withLanguage(language.getValue()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
