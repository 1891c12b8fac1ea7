package org.popcheck.ui.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.common.PainScale;
import org.popcheck.journal.EntryRules;
import org.popcheck.ui.common.SettingsDialog;
import org.popcheck.ui.common.Styles;
import org.popcheck.ui.common.WholeWords;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.WallClock;

/**
 * The fields of one journal entry: when, where, how much it hurt, what it sounded like, what set it
 * off, warning signs and notes. Used by the add and edit dialogs. Starts at "now" so a quick entry
 * is: joint, side, pain, Save.
 */
final class EntryForm extends ScrollPane {

    /** The width (px) a wrapping box of check boxes asks for; it takes whatever it is given. */
    private static final double NARROW = 200;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final FactCatalog facts = FactCatalog.standard();
    private final JournalEntry original;
    final DatePicker date = new DatePicker(LocalDate.now());
    /** Reads a typed date strictly: an impossible one ("2/30/2026") is refused in words, not moved. */
    final StrictDateConverter dateConverter = StrictDateConverter.attachTo(date, Messages.get("journal.dialog.date.accessible"));
    final TextField time = new TextField(LocalTime.now().format(HH_MM));
    final ComboBox<Region> region = new ComboBox<>(FXCollections.observableArrayList(Region.values()));
    final ComboBox<Side> side = new ComboBox<>();
    final Slider pain = PainScale.slider("entry-pain", 0, Messages.get("journal.dialog.pain.accessible"));
    final Label painValue = new Label();
    final ComboBox<String> sound = new ComboBox<>();
    final ComboBox<String> frequency = new ComboBox<>();
    final Map<String, CheckBox> triggers = new LinkedHashMap<>();
    final Map<String, CheckBox> warnings = new LinkedHashMap<>();
    final FlowPane warningBox = new FlowPane(8, 6);
    final TextArea notes = new TextArea();
    final Label notesCount = new Label();
    final CheckBox forClinician = new CheckBox(Messages.get("journal.dialog.forClinician"));
    final Label problem = new Label();
    /** Says which of two equal clock times is saved on the day the clocks go back; else empty. */
    final Label timeNote = new Label();
    /** What the form held when it opened, to tell whether closing it unsaved loses anything. */
    private List<Object> atOpening;
    /** The pain score the slider showed when the form opened: a score not moved is saved as it was kept. */
    private int painAtOpening;
    /** Under the joint, for a guided session saved without one: why the joint may stay empty; else empty. */
    final Label jointNote = new Label();
    /** Under the pain, for an entry holding a check from Check my joint: that its level stays the check's; else empty. */
    final Label checkNote = new Label();

    EntryForm(JournalEntry original) {
        this.original = original;
        VBox content = new VBox(10);
        content.setPadding(new Insets(12));
        Styles.prefWidthInEm(content, SettingsDialog.FORM_WIDTH_EM, problem);

        // Each field's name above the field, not in a column beside it: a column wide enough for the
        // longest name ("Schmerz jetzt (0 = keiner, 10 = am stärksten)") left too little room for
        // the fields at twice the text size, and the form scrolled sideways, names and all; a
        // column narrow enough for the fields broke German names inside their words ("Uhrzei" / "t").
        VBox fields = new VBox(8);
        time.setPromptText(Messages.get("journal.dialog.time.prompt"));
        time.setAccessibleText(Messages.get("journal.dialog.time.accessible"));
        time.setPrefColumnCount(5);
        region.setId("entry-region");
        region.setAccessibleText(Messages.get("journal.dialog.region.accessible"));
        region.setConverter(converter(r -> r == null ? "" : JournalLabels.region(r)));
        region.setButtonCell(cell(r -> JournalLabels.region(r)));
        side.setId("entry-side");
        side.setAccessibleText(Messages.get("journal.dialog.side.accessible"));
        side.setConverter(converter(s -> s == null ? "" : JournalLabels.sideChoice(s)));
        side.setButtonCell(cell(s -> JournalLabels.sideChoice(s)));
        region.valueProperty().addListener((o, a, r) -> fitSides(r));
        // A date that cannot be read is named right under its box, as in the journal's filter and the
        // summary's period (the line at the foot of the form may be out of sight in a short window).
        Label dateProblem = org.popcheck.ui.common.FieldProblem.label("entry-date-problem");
        dateProblem.textProperty().bind(dateConverter.problemProperty());
        // As wide as the box: the sentence wraps under it rather than widening the form.
        dateProblem.setMinWidth(0);
        dateProblem.prefWidthProperty().bind(date.widthProperty());
        VBox dateRow = addRow(fields, "journal.dialog.date", date);
        dateRow.getChildren().add(dateProblem);
        addRow(fields, "journal.dialog.time", time);
        VBox jointRow = addRow(fields, "journal.dialog.region", region);
        jointRow.getChildren().add(note(jointNote, "entry-joint-note", jointNoteText()));
        addRow(fields, "journal.dialog.side", side);

        painValue.textProperty().bind(Bindings.createStringBinding(() -> Integer.toString(painScore()), pain.valueProperty()));
        painValue.getStyleClass().add("title-4");
        javafx.scene.layout.HBox painRow = new javafx.scene.layout.HBox(10, pain, painValue);
        javafx.scene.layout.HBox.setHgrow(pain, Priority.ALWAYS);
        // A session's pain is the one given at its end, kept with its exercise: said so, and saved there.
        VBox painBox = addRow(fields, sessionPainInForm() ? "journal.dialog.pain.session" : "journal.dialog.pain", painRow);
        painBox.getChildren().add(note(checkNote, "entry-check-note", checkNoteText()));

        optionBox(sound, "sound", "journal.dialog.sound.accessible");
        optionBox(frequency, "frequency", "journal.dialog.frequency.accessible");
        addRow(fields, "journal.dialog.sound", sound);
        addRow(fields, "journal.dialog.frequency", frequency);
        content.getChildren().add(fields);
        timeNote.setId("entry-time-note");
        timeNote.setWrapText(true);
        timeNote.getStyleClass().add("text-muted");
        timeNote.textProperty().bind(Bindings.createStringBinding(this::timeNoteText, time.textProperty(), date.valueProperty()));
        org.popcheck.ui.common.RoomWhileSaying.bind(timeNote);
        // Beside the time it is about, not at the foot of a long form.
        content.getChildren().add(timeNote);

        FlowPane triggerBox = new FlowPane(8, 6);
        for (String t : facts.find("trigger").map(FactDefinition::options).orElse(List.of())) {
            CheckBox c = new CheckBox(JournalLabels.option("trigger", t));
            c.setAccessibleText(Messages.get("journal.dialog.triggers") + ": " + c.getText());
            triggers.put(t, c);
            triggerBox.getChildren().add(c);
        }
        content.getChildren().addAll(heading("journal.dialog.triggers"), triggerBox);

        Label hint = new Label(Messages.get("journal.dialog.warnings.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        // Both boxes wrap at the width the dialog gives them; their own wish (the wrap length) is
        // kept small, or they would ask for more room than a small screen has and run off its edge.
        warningBox.setPrefWrapLength(NARROW);
        triggerBox.setPrefWrapLength(NARROW);
        // And no least width of their own: a flow pane is at least as wide as its widest child, and
        // each warning sign is made as wide as the box (to wrap within it), so the box could never
        // be narrower than it once was: the form kept whatever width it first had and scrolled
        // sideways in any narrower dialog.
        warningBox.setMinWidth(0);
        triggerBox.setMinWidth(0);
        content.getChildren().addAll(heading("journal.dialog.warnings"), hint, warningBox);

        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.setAccessibleText(Messages.get("journal.dialog.notes.accessible"));
        notesCount.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("journal.dialog.notes.count", EntryRules.length(notesText()), EntryRules.MAX_NOTES),
                notes.textProperty()));
        forClinician.setAccessibleText(Messages.get("journal.dialog.forClinician.accessible"));
        content.getChildren().addAll(heading("journal.dialog.notes"), notes, notesCount, forClinician);

        problem.setId("entry-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(problemText());
        content.getChildren().add(problem);

        setContent(content);
        setFitToWidth(true);
        setPrefViewportHeight(560);
        VBox.setVgrow(notes, Priority.SOMETIMES);
        fitSides(null);
        if (original != null) {
            fill(original);
        }
        painAtOpening = painScore();
        atOpening = filledIn();
    }

    /** True when something in the form differs from what it held when it opened. */
    boolean changedSinceOpened() {
        return !filledIn().equals(atOpening);
    }

    /**
     * Everything the person can fill in, as plain values. A date typed and not yet confirmed counts
     * by its text: the box shows the text of its date until then, or nothing before it is first drawn.
     */
    private List<Object> filledIn() {
        String shown = date.getEditor().getText() == null ? "" : date.getEditor().getText();
        String typedDate = shown.isEmpty() || shown.equals(date.getConverter().toString(date.getValue())) ? "" : shown;
        List<String> ts = triggers.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
        List<String> ws = warnings.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
        return java.util.Arrays.asList(date.getValue(), typedDate, time.getText(), region.getValue(), side.getValue(),
                painScore(), sound.getValue(), frequency.getValue(), ts, ws, notesText(), forClinician.isSelected());
    }

    private void fill(JournalEntry e) {
        date.setValue(e.localDate());
        time.setText(e.at().toLocalTime().format(HH_MM));
        if (e.site() != null) {
            region.setValue(e.site().region());
            side.setValue(e.site().side());
        }
        Integer shown = e.painOrSessionPain();
        pain.setValue(shown == null ? 0 : shown);
        sound.setValue(e.sound());
        frequency.setValue(e.frequency());
        e.triggers().forEach(t -> {
            if (triggers.containsKey(t)) {
                triggers.get(t).setSelected(true);
            }
        });
        e.warningSigns().forEach(w -> {
            if (warnings.containsKey(w)) {
                warnings.get(w).setSelected(true);
            }
        });
        notes.setText(e.notes());
        forClinician.setSelected(e.forClinician());
    }

    /** The sides that fit the joint, and the warning signs that apply to it. */
    private void fitSides(Region r) {
        Side previous = side.getValue();
        if (r == null) {
            side.getItems().setAll(Side.LEFT, Side.RIGHT, Side.BOTH);
        } else {
            List<Side> fit = new ArrayList<>();
            for (Side s : Side.values()) {
                if (r.allowedSides().contains(s)) {
                    fit.add(s);
                }
            }
            side.getItems().setAll(fit);
        }
        side.setValue(side.getItems().contains(previous) ? previous : side.getItems().size() == 1 ? side.getItems().get(0) : null);
        side.setDisable(side.getItems().size() == 1);

        List<String> kept = warnings.entrySet().stream().filter(w -> w.getValue().isSelected()).map(Map.Entry::getKey).toList();
        warnings.clear();
        warningBox.getChildren().clear();
        List<FactDefinition> signs = new java.util.ArrayList<>(facts.group("emergency"));
        signs.addAll(facts.group("warning"));
        for (FactDefinition f : signs) {
            // Signs that only matter right after an injury (askIf) belong to the full check, not a daily log.
            boolean applies = r == null ? f.scope().size() == Region.values().length : f.appliesTo(r);
            // A sign already on the entry (logged from the command line, say) always stays visible, so editing never drops it.
            boolean onEntry = original != null && original.warningSigns().contains(f.id());
            // A sign that only files others under it in the wizard's lists (pain shooting down an arm or
            // a leg) raises nothing itself: the log offers the signs it stands for instead.
            boolean onlyFilesOthers = !f.raises() && facts.all().stream().anyMatch(g -> f.id().equals(g.listedUnder()));
            if (!onEntry && (f.type() != FactType.YESNO || !f.askIf().isEmpty() || !applies || onlyFilesOthers)) {
                continue;
            }
            CheckBox c = new CheckBox(f.signText());
            c.setWrapText(true);
            // A sign per line, wrapping within the dialog's width at any text size.
            c.prefWidthProperty().bind(warningBox.widthProperty().subtract(4));
            c.setAccessibleText(f.signText());
            c.setSelected(kept.contains(f.id()));
            warnings.put(f.id(), c);
            warningBox.getChildren().add(c);
        }
    }

    private StringBinding problemText() {
        return Bindings.createStringBinding(this::validate, region.valueProperty(), side.valueProperty(), time.textProperty(),
                date.valueProperty(), dateConverter.problemProperty(), notes.textProperty());
    }

    /** Empty when the entry can be saved; else what to fix. */
    String validate() {
        // The date first, as it comes first in the form: a text typed there that is no date is named
        // before what is still to be chosen.
        if (!dateConverter.problem().isEmpty()) {
            return dateConverter.problem();
        }
        if (date.getValue() == null) {
            return Messages.get("journal.dialog.date.bad");
        }
        if (region.getValue() == null && !mayStayWithoutJoint()) {
            return Messages.get("journal.dialog.region.missing");
        }
        if (region.getValue() != null && side.getValue() == null) {
            return Messages.get("journal.dialog.side.missing");
        }
        if (parseTime() == null) {
            return Messages.get("journal.dialog.time.bad");
        }
        WallClock placed = placed();
        if (!placed.saveable()) {
            return placed.noteForApp(date.getValue().atTime(parseTime()));
        }
        return EntryRules.timeProblem(placed.at(), Instant.now()).or(() -> EntryRules.notesProblem(notesText())).orElse("");
    }

    /** The date and time on this computer's clock; call only with both filled in. */
    private WallClock placed() {
        return WallClock.place(date.getValue().atTime(parseTime()), ZoneId.systemDefault());
    }

    private String timeNoteText() {
        if (date.getValue() == null || parseTime() == null) {
            return "";
        }
        WallClock placed = placed();
        return placed.saveable() ? placed.noteForApp(date.getValue().atTime(parseTime())) : "";
    }

    private String notesText() {
        return notes.getText() == null ? "" : notes.getText();
    }

    BooleanBinding invalid() {
        return problem.textProperty().isNotEmpty();
    }

    private LocalTime parseTime() {
        String t = time.getText() == null ? "" : time.getText().strip();
        try {
            return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t, HH_MM);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The entry as filled in; call only when {@link #validate()} is empty. */
    JournalEntry toEntry() {
        LocalTime t = parseTime();
        OffsetDateTime at = WallClock.toWholeMinuteOffset(placed().at());
        if (original != null && original.localDate().equals(date.getValue())
                && original.at().toLocalTime().truncatedTo(ChronoUnit.MINUTES).equals(t)) {
            at = original.at(); // unchanged: keep the seconds and the offset it was logged with
        }
        List<String> ts = triggers.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
        List<String> ws = warnings.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
        // A pain score not moved is kept as it was: not given stays not given (the slider shows it as 0),
        // and a session's stays with its exercise. A moved one goes where the form said it would.
        Integer entryPain = painScore();
        List<org.popcheck.journal.ExerciseDone> exercises = original != null ? original.exercises() : List.of();
        if (original != null && painScore() == painAtOpening) {
            entryPain = original.pain();
        } else if (sessionPainInForm()) {
            entryPain = null;
            org.popcheck.journal.ExerciseDone x = exercises.get(0);
            exercises = List.of(new org.popcheck.journal.ExerciseDone(x.exerciseId(), x.sets(), x.reps(), x.seconds(), painScore(),
                    x.nextMorning(), x.stopSigns()));
        }
        BodySite site = region.getValue() == null ? null : new BodySite(region.getValue(), side.getValue());
        return new JournalEntry(original != null ? original.id() : UUID.randomUUID().toString(), at,
                site, sound.getValue(), frequency.getValue(), entryPain, ts, ws,
                notes.getText() == null ? "" : notes.getText(), forClinician.isSelected(),
                exercises, original != null ? original.assessment() : null);
    }

    /**
     * True for a guided session saved without a joint: its exercise may serve several joints (calf raises:
     * ankle and foot), and the session did not say which, so the form does not make one up to save it.
     */
    private boolean mayStayWithoutJoint() {
        return original != null && original.isSessionWithoutJoint();
    }

    /** True when the form's pain is a session's pain at its end, kept with its one exercise rather than with the entry. */
    private boolean sessionPainInForm() {
        return original != null && original.pain() == null && original.exercises().size() == 1
                && original.exercises().get(0).painDuring() != null;
    }

    private String jointNoteText() {
        if (!mayStayWithoutJoint()) {
            return "";
        }
        return Messages.get("journal.dialog.region.session", JournalLabels.joint(original));
    }

    private String checkNoteText() {
        if (original == null || original.assessment() == null || !original.assessment().fromWizard()) {
            return "";
        }
        return Messages.get("journal.dialog.pain.check", original.assessment().level().shortWords(),
                org.popcheck.i18n.LocalFormats.date(original.localDate()));
    }

    /** A muted sentence that wraps under its field and takes room only while it says something. */
    private static Label note(Label l, String id, String text) {
        l.setId(id);
        l.setText(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.getStyleClass().add("text-muted");
        org.popcheck.ui.common.RoomWhileSaying.bind(l);
        return l;
    }

    private int painScore() {
        return (int) Math.round(pain.getValue());
    }

    private void optionBox(ComboBox<String> box, String factId, String accessibleKey) {
        List<String> items = new ArrayList<>();
        items.add(null);
        items.addAll(facts.find(factId).map(FactDefinition::options).orElse(List.of()));
        box.getItems().setAll(items);
        box.setAccessibleText(Messages.get(accessibleKey));
        box.setConverter(converter(id -> id == null ? Messages.get("journal.dialog.notGiven") : JournalLabels.option(factId, id)));
        box.setButtonCell(cell(id -> JournalLabels.option(factId, id)));
        box.setCellFactory(l -> cell(id -> JournalLabels.option(factId, id)));
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("title-4");
        WholeWords.keep(l);
        return l;
    }

    /** Adds a field under its name to {@code fields}; gives back the row, for what goes under the field. */
    private static VBox addRow(VBox fields, String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        WholeWords.keep(l);
        if (field instanceof javafx.scene.control.ComboBoxBase<?> box) {
            // As wide as the form: sized to its own list, a box showed "Not giv..." at large text.
            box.setMaxWidth(Double.MAX_VALUE);
        }
        if (field instanceof javafx.scene.control.ComboBox<?> box) {
            // And at least as wide as its widest item, so the form asks for that much room.
            org.popcheck.ui.common.RoomForEveryItem.fit(box);
        }
        VBox row = new VBox(4, l, field);
        fields.getChildren().add(row);
        return row;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Shows "Not given" for the empty choice, the word for the others. */
    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item == null ? Messages.get("journal.dialog.notGiven") : text.apply(item));
            }
        };
    }
}
