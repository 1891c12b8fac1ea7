package org.popcheck.ui.summary;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.popcheck.i18n.Messages;
import org.popcheck.report.SummaryBuilder;
import org.popcheck.report.SummaryPrinter;
import org.popcheck.settings.Settings;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Screen;

/** The clinician summary: choose the period, see page one, save it as PDF or print it. */
public final class SummaryScreen implements Screen {

    private final SummaryViewModel model;
    private final SummaryPrinter printer;

    private final BorderPane root = new BorderPane();
    private final ToggleGroup periodGroup = new ToggleGroup();
    private final RadioButton days30 = radio("summary.screen.period.days30", SummaryViewModel.PeriodChoice.DAYS_30);
    private final RadioButton days90 = radio("summary.screen.period.days90", SummaryViewModel.PeriodChoice.DAYS_90);
    private final RadioButton all = radio("summary.screen.period.all", SummaryViewModel.PeriodChoice.ALL);
    private final RadioButton custom = radio("summary.screen.period.custom", SummaryViewModel.PeriodChoice.CUSTOM);
    /** A date box's width in characters of the text size: a whole short date with its four-digit year. */
    private static final int DATE_COLUMNS = 7;

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    /** Why a date typed in the period's boxes cannot be read; takes room only while it says so. */
    private final Label dateProblem = org.popcheck.ui.common.FieldProblem.label("summary-date-problem");
    private final TextField name = new TextField();
    private final ToggleGroup paperGroup = new ToggleGroup();
    private final RadioButton a4 = org.popcheck.ui.common.Choices.radio(paperGroup, Settings.Paper.A4,
            Messages.get("summary.screen.paper.a4"), Messages.get("summary.screen.paper"));
    private final RadioButton letter = org.popcheck.ui.common.Choices.radio(paperGroup, Settings.Paper.LETTER,
            Messages.get("summary.screen.paper.letter"), Messages.get("summary.screen.paper"));
    private final Button refresh = new Button(Messages.get("summary.screen.refresh"));
    private final Button save = new Button(Messages.get("summary.screen.save"));
    private final Button print = new Button(Messages.get("summary.screen.print"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final PreviewPager pager = new PreviewPager();

    public SummaryScreen(AppContext context) {
        this(context, SummaryPrinter.system());
    }

    SummaryScreen(AppContext context, SummaryPrinter printer) {
        this.model = new SummaryViewModel(
                () -> context.journal().entries(),
                () -> SummaryBuilder.standard(context.settings().emergencyNumber()),
                LocalDate::now);
        this.printer = printer;
        model.paperProperty().set(context.settings().paper());
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    SummaryViewModel model() {
        return model;
    }

    /**
     * Takes over what the person chose on {@code old}, this screen built before a change of language:
     * the period with its own dates, the name and the paper. Only the dates themselves move over: text
     * typed in a date box and not yet read would be read in the new language's date form.
     */
    @Override
    public void takeOver(Screen screen) {
        if (!(screen instanceof SummaryScreen old)) {
            return;
        }
        from.setValue(old.from.getValue());
        to.setValue(old.to.getValue());
        name.setText(old.name.getText());
        selectPaper(old.model.paperProperty().get());
        for (Toggle t : periodGroup.getToggles()) {
            t.setSelected(t.getUserData() == old.model.periodProperty().get());
        }
    }

    private RadioButton radio(String key, SummaryViewModel.PeriodChoice choice) {
        return org.popcheck.ui.common.Choices.radio(periodGroup, choice, Messages.get(key), Messages.get("summary.screen.period"));
    }

    private void initializeParts() {
        days90.setSelected(true);
        from.setId("summary-from");
        to.setId("summary-to");
        // Shown and read in the app's language, as every other date box: the picker's own converter
        // follows the system's locale (12/1/2026 with German chosen), and it moves "2/30" to the 28th.
        // A date typed that cannot be read ("45/99/2026", "2/30/2026", "yesterday") is named under the
        // boxes in one sentence, and no summary is made from the custom period until it is a date.
        org.popcheck.ui.journal.StrictDateConverter.whenProblemsChange(both -> {
            dateProblem.setText(both);
            model.dateProblemProperty().set(both);
        }, org.popcheck.ui.journal.StrictDateConverter.attachTo(from, Messages.get("summary.screen.from")),
                org.popcheck.ui.journal.StrictDateConverter.attachTo(to, Messages.get("summary.screen.to")));
        for (DatePicker picker : java.util.List.of(from, to)) {
            // Wide enough for a whole date (31.12.2026) at any text size, as the journal's date boxes.
            picker.getEditor().setPrefColumnCount(DATE_COLUMNS);
            picker.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        }
        name.setId("summary-name");
        name.setAccessibleText(Messages.get("summary.screen.name"));
        for (Button b : new Button[] {refresh, save, print}) {
            b.setMnemonicParsing(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setWrapText(true); // a long name (German, large text) takes a second line, not "..."
            b.setAccessibleText(b.getText().replace("_", "").replace("…", ""));
        }
        refresh.setId("summary-refresh");
        save.setId("summary-save");
        print.setId("summary-print");
        // Save as PDF is the screen's main button by its look only, not the window's default button:
        // Enter in the name, a period box or a choice would otherwise open the file dialog.
        save.getStyleClass().add(org.popcheck.ui.common.Styles.ACCENT);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText(Messages.get("summary.screen.making"));
        org.popcheck.ui.common.StatusLine.dress(status, "summary-status");
    }

    private void layoutParts() {
        Label title = new Label(Messages.get("summary.screen.title"));
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        Label intro = new Label(Messages.get("summary.screen.intro"));
        intro.setWrapText(true);
        // Side by side while both whole dates fit, else one under the other (at twice the text size).
        javafx.scene.layout.FlowPane dates = new javafx.scene.layout.FlowPane(6, 4, labelled("summary.screen.from", from),
                labelled("summary.screen.to", to));
        VBox controls = new VBox(10,
                title, intro,
                section("summary.screen.period", new VBox(4, days30, days90, all, custom, dates, dateProblem)),
                labelled("summary.screen.name", name, nameHint()),
                section("summary.screen.paper", new javafx.scene.layout.FlowPane(12, 4, a4, letter)),
                refresh, save, print, progress, status);
        controls.setPadding(new Insets(16));
        controls.setPrefWidth(330);
        controls.setMinWidth(280);
        ScrollPane controlScroll = new ScrollPane(controls);
        controlScroll.setFitToWidth(true);
        root.setLeft(controlScroll);
        root.setCenter(pager);
        root.getStyleClass().add("summary-screen");
    }

    /**
     * Reads what is typed in the period's boxes before a summary is made: a shortcut key or a
     * button reached with the keyboard leaves the typing box without it having been read.
     */
    private void readTypedDates() {
        if (custom.isSelected()) {
            org.popcheck.ui.journal.StrictDateConverter.readTyped(from);
            org.popcheck.ui.journal.StrictDateConverter.readTyped(to);
        }
    }

    private static VBox labelled(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        return new VBox(2, label, field);
    }

    private static VBox labelled(String key, Node field, Label hint) {
        VBox box = labelled(key, field);
        box.getChildren().add(hint);
        return box;
    }

    /**
     * Where the name appears, under the field rather than as its hint: a hint inside the field is cut
     * when the column is narrow at large text ("Steht oben im Ber"), a label wraps.
     */
    private static Label nameHint() {
        Label hint = new Label(Messages.get("summary.screen.name.prompt"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return hint;
    }

    private static VBox section(String key, Node content) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("text-bold");
        return new VBox(4, label, content);
    }

    private void bindFieldsToModel() {
        periodGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.periodProperty().set((SummaryViewModel.PeriodChoice) now.getUserData());
                if (now != custom) {
                    refresh();
                }
            }
        });
        from.disableProperty().bind(custom.selectedProperty().not());
        to.disableProperty().bind(custom.selectedProperty().not());
        model.customFromProperty().bind(from.valueProperty());
        model.customToProperty().bind(to.valueProperty());
        model.nameProperty().bind(name.textProperty());
        selectPaper(model.paperProperty().get());
        paperGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.paperProperty().set((Settings.Paper) now.getUserData());
                refresh();
            }
        });
        status.textProperty().bind(model.statusProperty());
        refresh.disableProperty().bind(model.busyProperty());
        save.disableProperty().bind(model.busyProperty());
        print.disableProperty().bind(model.busyProperty());
        progress.visibleProperty().bind(model.busyProperty());
        refresh.setOnAction(e -> refresh());
        save.setOnAction(e -> saveAsPdf());
        print.setOnAction(e -> print());
    }

    private void selectPaper(Settings.Paper paper) {
        for (Toggle t : paperGroup.getToggles()) {
            t.setSelected(t.getUserData() == paper);
        }
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onShow() {
        // The journal may have grown since the last visit.
        refresh();
    }

    /** Makes the summary and shows page one. */
    void refresh() {
        make(made -> { });
    }

    private void make(Consumer<SummaryViewModel.Made> then) {
        readTypedDates();
        Optional<Task<SummaryViewModel.Made>> task = model.makeTask();
        if (task.isEmpty()) {
            return;
        }
        Task<SummaryViewModel.Made> t = task.get();
        progress.progressProperty().bind(t.progressProperty());
        var ready = t.getOnSucceeded();
        t.setOnSucceeded(e -> {
            ready.handle(e);
            pager.showMade(t.getValue());
            then.accept(t.getValue());
        });
        start(t, "popcheck-summary");
    }

    private void saveAsPdf() {
        readTypedDates();
        if (!model.choiceIsValid()) {
            return; // the status says why; no file name is asked for a summary that cannot be made
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("summary.screen.fileChooser"));
        chooser.setInitialFileName(model.defaultFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("summary.screen.pdfFiles"), "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    /** Makes the summary and writes it to {@code target}. */
    void saveTo(Path target) {
        make(made -> start(model.saveTask(made.pdf(), target), "popcheck-summary-save"));
    }

    private void print() {
        make(made -> {
            Settings.Paper paper = model.paperProperty().get();
            Thread t = new Thread(() -> {
                try (PDDocument doc = SummaryViewModel.open(made.pdf())) {
                    SummaryPrinter.Result result = printer.print(doc, paper, Messages.get("summary.pdf.title"));
                    Platform.runLater(() -> printed(result));
                } catch (Exception ex) {
                    Platform.runLater(() -> model.statusProperty().set(
                            Messages.get("summary.screen.printFailed", SummaryViewModel.reason(ex))));
                }
            }, "popcheck-summary-print");
            t.setDaemon(true);
            t.start();
        });
    }

    private void printed(SummaryPrinter.Result result) {
        switch (result) {
            case PRINTED -> model.statusProperty().set(Messages.get("summary.screen.printed"));
            case CANCELLED -> model.statusProperty().set(Messages.get("summary.screen.printCancelled"));
            case NO_PRINTER -> offerPdfInstead();
        }
    }

    private void offerPdfInstead() {
        model.statusProperty().set(Messages.get("summary.screen.noPrinter"));
        ButtonType saveInstead = new ButtonType(Messages.get("summary.screen.noPrinter.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType notNow = new ButtonType(Messages.get("summary.screen.noPrinter.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("summary.screen.noPrinter"), saveInstead, notNow);
        alert.setTitle(Messages.get("summary.screen.noPrinter.title"));
        alert.setHeaderText(Messages.get("summary.screen.noPrinter.title"));
        alert.initOwner(window());
        alert.getDialogPane().setId("summary-no-printer");
        alert.showAndWait().filter(saveInstead::equals).ifPresent(b -> saveAsPdf());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static void start(Task<?> task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }
}
