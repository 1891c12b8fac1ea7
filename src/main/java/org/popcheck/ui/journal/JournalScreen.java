package org.popcheck.ui.journal;

import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import java.util.List;
import javafx.scene.control.TableColumn;
import org.popcheck.ui.common.Theme;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.popcheck.ui.common.StatusLine;
import org.popcheck.ui.common.Styles;
import org.popcheck.ui.common.UndoBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalProblem;
import org.popcheck.journal.JournalStats;
import org.popcheck.journal.JournalStore;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Screen;
import org.popcheck.ui.common.RowsInSteps;

/**
 * The journal: a table of entries (newest first, sortable, filtered by joint and dates) with add,
 * edit and delete-with-undo, and a Trends tab with pain and popping charts per joint.
 */
public final class JournalScreen implements Screen {

    /** Blank rows the table holds while the journal file is read: more than a tall window shows. */
    private static final int BLANK_ROWS = 60;
    /** Blank rows filled with entries each frame once the file has been read. */
    private static final int ROWS_PER_STEP = 6;

    private final JournalViewModel model;
    private final BorderPane view = new BorderPane();
    final TableView<JournalEntry> table = new TableView<>();
    private final TabPane tabs;
    final Label status = new Label();
    /** "Entry deleted. Undo": made with the entries tab, once the model exists. */
    UndoBar undoBar;
    final VBox problemBanner = new VBox(6);
    final TrendCharts charts = new TrendCharts();
    private final Tab trends = new Tab(Messages.get("journal.tab.trends"));
    private JournalStats.Chart chartShown;

    public JournalScreen(AppContext context) {
        this.model = JournalViewModel.of(context);
        view.setId("journal-screen");
        view.setPadding(new Insets(16));

        Label title = new Label(Messages.get("journal.title"));
        title.getStyleClass().add("title-2");
        subtitle.setWrapText(true);
        title.setTooltip(new javafx.scene.control.Tooltip(subtitle.getText()));
        title.setAccessibleHelp(subtitle.getText());
        subtitle.getStyleClass().add("text-muted");
        VBox top = new VBox(8, title, subtitle, problemBanner(),
                new SafetyBanner(model.safetyMessageProperty(), model.safetyLevelProperty()));
        top.setPadding(new Insets(0, 0, 8, 0));
        view.setTop(top);

        // The trends tab is made when first shown: charts nobody looks at cost styling and layout.
        trends.selectedProperty().addListener((o, was, is) -> {
            if (is && trends.getContent() == null) {
                trends.setContent(trendsTab());
            }
            showChartIfVisible();
        });
        tabs = new TabPane(new Tab(Messages.get("journal.tab.entries"), scrollingWhenShort(entriesTab())), trends);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("journal-tabs");
        view.setCenter(tabs);

        // This screen may be built anew for a change of language; the model's messages are older.
        model.sayAgain();
        status.textProperty().bind(model.statusProperty());
        // "Entry deleted. Undo" sits at the foot of the screen, outside the tab that scrolls: above the
        // table it was pushed below the window's bottom at twice the text size in a 1024x600 window.
        // While it shows, the status line would say the same ("Entry deleted."), so the line makes room;
        // anything else the line says stays.
        Node undo = undoBar();
        StatusLine.dress(status, "journal-status", undoBar.visibleProperty().not()
                .or(status.textProperty().isNotEqualTo(undoBar.message().textProperty())));
        VBox foot = new VBox(6, undo, status);
        view.setBottom(foot);
        BorderPane.setMargin(foot, new Insets(6, 0, 0, 0));
        // Column widths are given at the normal text size and grow with it, so headings stay whole.
        context.settingsProperty().addListener((o, was, now) -> scaleColumns(now.textScale()));
        scaleColumns(context.settings().textScale());
    }

    /**
     * Shows what {@code old}, the same screen in the language before, showed: its tab (entries or
     * trends) and the entry chosen in the table. The filters need nothing: they live in the view model,
     * which both screens share.
     */
    @Override
    public void takeOver(Screen screen) {
        if (!(screen instanceof JournalScreen old)) {
            return;
        }
        tabs.getSelectionModel().select(old.tabs.getSelectionModel().getSelectedIndex());
        JournalEntry chosen = old.table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            table.getSelectionModel().select(chosen);
            table.scrollTo(chosen);
        }
    }

    private void scaleColumns(double textScale) {
        for (TableColumn<JournalEntry, ?> c : table.getColumns()) {
            if (c.getUserData() instanceof double[] base) {
                c.setMinWidth(base[0] * textScale);
                c.setPrefWidth(base[1] * textScale);
            }
        }
    }

    /** Keeps a column's widths at the normal text size (px), for {@link #scaleColumns}. */
    private static void baseWidths(TableColumn<JournalEntry, ?> c, double min, double pref) {
        c.setUserData(new double[] {min, pref});
    }

    @Override
    public Node view() {
        if (scroller == null) {
            // In a short window at large text the header, tabs and filters left the table no room
            // for a single row: the table keeps room for several rows and the screen scrolls instead.
            table.minHeightProperty().bind(status.fontProperty().map(f -> TABLE_MIN_LINES * f.getSize()));
            scroller = new ScrollPane(view);
            scroller.setFitToWidth(true);
            scroller.setFitToHeight(true);
            scroller.getStyleClass().add("edge-to-edge");
            // In a window shorter than SUBTITLE_LEAST_LINES lines of text the subtitle gives its
            // room to the table (it stays the title's tooltip and help text).
            subtitle.visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> scroller.getViewportBounds().getHeight() >= SUBTITLE_LEAST_LINES * subtitle.getFont().getSize(),
                    scroller.viewportBoundsProperty(), subtitle.fontProperty()));
            subtitle.managedProperty().bind(subtitle.visibleProperty());
        }
        return scroller;
    }

    /**
     * The entries tab in a scroll pane that fills the tab while it has room: a tab pane does not grow
     * for its content's least height, so in a short window at large text it clipped the table to its
     * heading with nothing to scroll; now the tab scrolls to the table's rows.
     */
    private static ScrollPane scrollingWhenShort(Node tab) {
        ScrollPane scroll = new ScrollPane(tab);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** Characters a date filter's box shows: a short date with its whole year and some room. */
    private static final int DATE_COLUMNS = 7;

    /** The window's height, in lines of text, below which the subtitle is left out for the table's sake. */
    private static final double SUBTITLE_LEAST_LINES = 24;
    private final Label subtitle = new Label(Messages.get("journal.subtitle"));

    /** The table's least height, in lines of text: a heading and four or five rows. */
    private static final double TABLE_MIN_LINES = 14;
    private ScrollPane scroller;

    @Override
    public void onShow() {
        model.reload();
    }

    private Node loadingBar() {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setPrefWidth(240);
        Label label = new Label(Messages.get("journal.loading"));
        HBox box = new HBox(10, bar, label);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.getStyleClass().add("journal-loading");
        box.setId("journal-loading");
        box.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("journal.loading.accessible", Math.max(0, Math.round(model.progressProperty().get() * 100))),
                model.progressProperty()));
        box.visibleProperty().bind(model.loadingProperty());
        box.managedProperty().bind(model.loadingProperty());
        return box;
    }

    /** Read-only, newer-version and unreadable-file messages, with the offer to restore the backup. */
    private Node problemBanner() {
        problemBanner.setId("journal-problem");
        problemBanner.getStyleClass().add("journal-banner");
        problemBanner.setPadding(new Insets(10));
        problemBanner.setStyle("-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-emphasis; -fx-border-radius: 4; -fx-background-radius: 4;");
        model.problemProperty().addListener((o, a, p) -> showProblem(p));
        showProblem(model.problemProperty().get());
        return problemBanner;
    }

    private void showProblem(JournalProblem p) {
        problemBanner.getChildren().clear();
        problemBanner.setVisible(p != null);
        problemBanner.setManaged(p != null);
        if (p == null) {
            return;
        }
        String text = ProblemWords.text(p);
        Label heading = new Label("\u26A0 " + Messages.get("journal.problem.title"));
        heading.getStyleClass().add("title-4");
        Label message = new Label(text);
        message.setId("journal-problem-text");
        message.setWrapText(true);
        problemBanner.getChildren().addAll(heading, message);
        problemBanner.setAccessibleText(Messages.get("journal.problem.title") + ". " + text);
        if (p.kind() == JournalProblem.Kind.UNREADABLE && p.backupAvailable() && p.keptCopy() != null) {
            // how old the version offered is, so the person can weigh what a restore would lose
            Label offer = new Label(p.backupSavedAt() == null ? Messages.get("journal.problem.backup")
                    : Messages.get("journal.problem.backupFrom", org.popcheck.i18n.LocalFormats.dateTime(
                            p.backupSavedAt().atZone(java.time.ZoneId.systemDefault()))));
            offer.setId("journal-restore-offer");
            offer.setWrapText(true);
            Button restore = new Button(Messages.get("journal.problem.restore"));
            restore.setId("journal-restore");
            restore.setAccessibleText(Messages.get("journal.problem.restore.accessible"));
            restore.setOnAction(e -> run(model::restoreBackup));
            problemBanner.getChildren().addAll(offer, restore);
        }
    }

    private Node entriesTab() {
        filterToggle = filterToggle();
        Button add = button("journal.action.add", "journal-add", e -> openDialog(null));
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.readOnlyProperty().or(model.loadingProperty()));
        Button edit = button("journal.action.edit", "journal-edit", e -> editSelected());
        Button delete = button("journal.action.delete", "journal-delete", e -> deleteSelected());
        var nothingSelected = table.getSelectionModel().selectedItemProperty().isNull();
        // While a change is being written, the next one waits: deleting the same row twice would only fail.
        edit.disableProperty().bind(nothingSelected.or(model.readOnlyProperty()).or(model.savingProperty()));
        delete.disableProperty().bind(nothingSelected.or(model.readOnlyProperty()).or(model.savingProperty()));

        MenuItem csv = new MenuItem(Messages.get("journal.action.exportCsv"));
        csv.setOnAction(e -> export(true));
        MenuItem json = new MenuItem(Messages.get("journal.action.exportJson"));
        json.setOnAction(e -> export(false));
        MenuButton export = new MenuButton(Messages.get("journal.action.export"), null, csv, json);
        export.setId("journal-export");
        export.setAccessibleText(Messages.get("journal.action.export.accessible"));
        Button importButton = button("journal.action.import", "journal-import", e -> importFile());
        importButton.disableProperty().bind(model.readOnlyProperty().or(model.loadingProperty()).or(model.savingProperty()));
        // A row that wraps rather than cutting its buttons short at large text.
        Styles.keepWhole(add, edit, delete, export, importButton, filterToggle);
        FlowPane actions = new FlowPane(8, 6, add, edit, delete, export, importButton, filterToggle, count());
        actions.setAlignment(Pos.CENTER_LEFT);

        // The progress of the first reading sits over the table's blank rows rather than above the
        // table: there it moves nothing when it comes and goes, so the window is not laid out and
        // drawn anew twice during the load.
        StackPane tableArea = new StackPane(table(), loadingBar());
        VBox box = new VBox(8, actions, filters(), tableArea);
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(tableArea, Priority.ALWAYS);
        return box;
    }

    /**
     * Shows or hides the filter row. Hidden while no filter is on, the table gets its room: at twice
     * the text size in a 1024x600 window the filters took two rows and left the table about a row in
     * the first view. A filter that is on keeps the row shown (it is never hidden by surprise); how
     * many entries show ("3 of 14 entries") stays in the row of buttons either way.
     */
    ToggleButton filterToggle;

    private ToggleButton filterToggle() {
        ToggleButton t = new ToggleButton(Messages.get("journal.filter.toggle"));
        t.setId("journal-filter-toggle");
        t.setMnemonicParsing(true);
        t.setAccessibleText(Messages.get("journal.filter.toggle.accessible"));
        t.setSelected(model.filtersOn());
        javafx.beans.InvalidationListener showWhenOn = o -> {
            if (model.filtersOn()) {
                t.setSelected(true);
            }
        };
        model.regionFilterProperty().addListener(showWhenOn);
        model.fromFilterProperty().addListener(showWhenOn);
        model.toFilterProperty().addListener(showWhenOn);
        return t;
    }

    /** "14 of 14 entries"; nothing while the file is read. */
    private Label count() {
        Label count = new Label();
        count.setId("journal-filter-count");
        count.textProperty().bind(Bindings.createStringBinding(
                // Nothing while the file is read: "0 of 0 entries" would say the journal is empty.
                () -> model.awaitingFileProperty().get() ? ""
                        : Messages.get("journal.filter.count", model.filtered().size(), model.entries().size()),
                model.filtered(), model.entries(), model.awaitingFileProperty()));
        return count;
    }

    private Node filters() {
        ComboBox<org.popcheck.body.Region> region = new ComboBox<>();
        region.setId("journal-filter-region");
        region.getItems().add(null);
        region.getItems().addAll(org.popcheck.body.Region.values());
        StringConverter<org.popcheck.body.Region> names = new StringConverter<>() {
            @Override
            public String toString(org.popcheck.body.Region r) {
                return r == null ? Messages.get("journal.filter.allRegions") : JournalLabels.region(r);
            }

            @Override
            public org.popcheck.body.Region fromString(String s) {
                return null;
            }
        };
        region.setConverter(names);
        region.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.popcheck.body.Region r, boolean empty) {
                super.updateItem(r, empty);
                setText(names.toString(r));
            }
        });
        region.valueProperty().bindBidirectional(model.regionFilterProperty());
        region.setAccessibleText(Messages.get("journal.filter.region.accessible"));
        org.popcheck.ui.common.RoomForEveryItem.fit(region);
        DatePicker from = dateFilter("journal-filter-from", model.fromFilterProperty());
        StrictDateConverter fromDates = StrictDateConverter.attachTo(from, Messages.get("journal.filter.from.accessible"));
        DatePicker to = dateFilter("journal-filter-to", model.toFilterProperty());
        StrictDateConverter toDates = StrictDateConverter.attachTo(to, Messages.get("journal.filter.to.accessible"));
        // A date typed that cannot be read, or that does not exist ("2/30/2026"), leaves that end of the
        // filter off (no date is used in its place, not the one before) and says so in one line naming it.
        StrictDateConverter.whenProblemsChange(both -> dateProblem.setText(both.isEmpty() ? "" : both + " "
                + Messages.get("journal.filter.off")), fromDates, toDates);
        Button clear = button("journal.filter.clear", "journal-filter-clear", e -> {
            model.clearFilters();
            // A date that could not be read never reached the model: clear what was typed too.
            from.getEditor().clear();
            to.getEditor().clear();
            fromDates.clearProblem();
            toDates.clearProblem();
        });
        // Wraps rather than cuts words short when the window is narrow or the text is large; each
        // label stays with its field.
        FlowPane box = new FlowPane(12, 6, labelled("journal.filter.region", region), labelled("journal.filter.from", from),
                labelled("journal.filter.to", to), clear);
        box.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(4, box, dateProblem);
        row.setId("journal-filters");
        row.visibleProperty().bind(filterToggle.selectedProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** Why a typed filter date was not used; empty when both are fine. */
    final Label dateProblem = org.popcheck.ui.common.FieldProblem.label("journal-filter-problem");

    /** The "from" or "to" date of the filter, bound to the model's; its name is set with its strict reading. */
    private static DatePicker dateFilter(String id, javafx.beans.property.ObjectProperty<LocalDate> filter) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.valueProperty().bindBidirectional(filter);
        // Wide enough for a whole date (31.12.2026) at any text size, not a fixed 140 px.
        picker.getEditor().setPrefColumnCount(DATE_COLUMNS);
        picker.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        return picker;
    }


    /** How long "Entry deleted. Undo" stays once nothing else has happened. */
    static javafx.util.Duration undoShown = javafx.util.Duration.seconds(12); // tests shorten it

    private Node undoBar() {
        undoBar = new UndoBar("journal", "journal.undo.deleted", () -> run(model::undoDelete));
        undoBar.action().disableProperty().bind(model.savingProperty());
        undoBar.visibleProperty().bind(model.lastDeletedProperty().isNotNull());
        // The offer to undo goes away by itself after a while (and at once after another change).
        javafx.animation.PauseTransition fade = new javafx.animation.PauseTransition(undoShown);
        model.lastDeletedProperty().addListener((o, was, now) -> {
            fade.stop();
            if (now != null) {
                fade.setOnFinished(e -> {
                    if (model.lastDeletedProperty().get() == now) {
                        model.lastDeletedProperty().set(null);
                    }
                });
                fade.playFromStart();
            }
        });
        return undoBar;
    }

    private TableView<JournalEntry> table() {
        table.setId("journal-table");
        table.setAccessibleText(Messages.get("journal.table.accessible"));
        TableColumn<JournalEntry, JournalEntry> when = new TableColumn<>(Messages.get("journal.col.time"));
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        // The journal's own order (seconds, nanos, id) allocates nothing per comparison: sorting 100,000 rows stays cheap.
        when.setComparator(JournalStore.BY_TIME);
        when.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(JournalEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? "" : JournalLabels.time(e.at()));
            }
        });
        double whenWidth = fit(150, Messages.get("journal.col.time"),
                List.of(JournalLabels.time(java.time.OffsetDateTime.parse("2026-12-28T23:59:00+01:00"))));
        baseWidths(when, whenWidth, whenWidth);
        when.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().add(when);
        table.getColumns().add(textColumn("journal.col.joint", JournalLabels::joint, 105, everySite()));
        TableColumn<JournalEntry, Integer> pain = new TableColumn<>(Messages.get("journal.col.pain"));
        // A guided session keeps the pain at its end with its exercise; it shows here as any entry's pain.
        pain.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : c.getValue().painOrSessionPain()));
        double painWidth = fit(55, Messages.get("journal.col.pain"), List.of());
        baseWidths(pain, painWidth, painWidth);
        table.getColumns().add(pain);
        table.getColumns().add(textColumn("journal.col.sound", e -> JournalLabels.option("sound", e.sound()), 70,
                optionWords("sound", "click", "pop", "crack", "snap", "grind")));
        table.getColumns().add(textColumn("journal.col.frequency", e -> JournalLabels.option("frequency", e.frequency()), 100,
                optionWords("frequency", "rarely", "sometimes", "daily")));
        table.getColumns().add(textColumn("journal.col.triggers", e -> JournalLabels.options("trigger", e.triggers()), 100, List.of()));
        table.getColumns().add(textColumn("journal.col.warnings", JournalViewModel::warningsCell, 90, List.of()));
        table.getColumns().add(textColumn("journal.col.assessment", JournalLabels::check, 70,
                java.util.Arrays.stream(org.popcheck.triage.Level.values()).map(org.popcheck.triage.Level::shortWords).toList()));
        // Notes last, and the only column narrower than its starting width allows: it takes the room
        // that is left, so that the short columns keep their headings whole ("So...", "Wa..." before).
        TableColumn<JournalEntry, String> notes = textColumn("journal.col.notes", JournalLabels::notesWithExercises, 150, List.of());
        baseWidths(notes, 60, 150);
        // A long note ends in "..." in its cell; the whole of it is one hover away.
        notes.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        table.getColumns().add(notes);
        // While every column fits at its least width the notes take the room that is left; when they
        // do not (a small screen, large text, long German words) the table scrolls sideways instead of
        // cutting the columns on the right off, which a constrained table does without a scroll bar.
        InvalidationListener fit = o -> chooseResizePolicy();
        table.widthProperty().addListener(fit);
        table.getColumns().forEach(c -> c.minWidthProperty().addListener(fit));
        chooseResizePolicy();

        // The view model keeps the entries newest first already. In the table's usual order (time,
        // newest first) its sorted list passes them on as they are, rather than sorting ten years of
        // entries on the JavaFX thread each time the journal is read; any other order sorts as usual.
        model.orderProperty().bind(Bindings.createObjectBinding(
                () -> newestFirstByTime(when) ? null : table.getComparator(),
                table.comparatorProperty(), table.getSortOrder(), when.sortTypeProperty()));
        table.setSortPolicy(t -> true); // the view model's sorted list does all the sorting
        // Each reading of the journal arrives as a new list, swapped in whole. Until the file has been
        // read, the table holds blank rows (under the progress card): making a screenful of rows is
        // costly, and made now the rows are there when ten years of entries arrive. The entries then
        // fill them a few rows a frame (see RowsInSteps), instead of freezing the window for one long frame.
        RowsInSteps<JournalEntry> rows = new RowsInSteps<>(table, BLANK_ROWS, ROWS_PER_STEP);
        InvalidationListener showRows = o -> {
            if (model.awaitingFileProperty().get()) {
                rows.showBlank();
            } else {
                rows.show(model.shownProperty().get());
            }
        };
        model.awaitingFileProperty().addListener(showRows);
        model.shownProperty().addListener(showRows);
        showRows.invalidated(null);
        // Blank rows take no clicks or focus. Not "disabled": that would restyle every cell twice.
        table.mouseTransparentProperty().bind(rows.busyProperty());
        table.focusTraversableProperty().bind(rows.busyProperty().not());
        table.getSortOrder().add(when);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        Label placeholder = new Label();
        // A read-only journal (another copy open, a damaged or newer file) cannot take entries: the
        // empty table must not invite the person to add one with buttons that are off.
        placeholder.textProperty().bind(Bindings.when(Bindings.isEmpty(model.entries()))
                .then(Bindings.when(model.readOnlyProperty())
                        .then(Messages.get("journal.table.emptyReadOnly")).otherwise(Messages.get("journal.table.empty")))
                .otherwise(Messages.get("journal.table.emptyFiltered")));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<JournalEntry> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem() != null && !model.readOnlyProperty().get() && !model.savingProperty().get()) {
                    openDialog(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            boolean changeable = !model.readOnlyProperty().get() && !model.savingProperty().get();
            if (e.getCode() == KeyCode.DELETE && changeable) {
                deleteSelected();
            } else if (e.getCode() == KeyCode.ENTER && changeable) {
                editSelected();
            }
        });
        return table;
    }

    /** Room kept for the vertical scroll bar when deciding whether the columns fit, in px. */
    private static final double SCROLL_BAR_ROOM = 20;

    private void chooseResizePolicy() {
        double least = 0;
        for (TableColumn<JournalEntry, ?> c : table.getColumns()) {
            least += c.getMinWidth();
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR_ROOM;
        var policy = table.getWidth() <= 0 || least <= room
                ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN : TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        } else if (policy == TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN && columnsWidth() > room + SCROLL_BAR_ROOM + 1) {
            // A constrained table fits its columns to its width only when that width or the policy
            // changes. A column that widened itself since (WideningCell: "Walking, Getting up") pushed
            // the notes out of view, with no scroll bar: setting the policy again fits them.
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            table.setColumnResizePolicy(policy);
        }
    }

    private double columnsWidth() {
        double sum = 0;
        for (TableColumn<JournalEntry, ?> c : table.getColumns()) {
            sum += c.getWidth();
        }
        return sum;
    }

    private boolean newestFirstByTime(TableColumn<JournalEntry, JournalEntry> when) {
        return table.getSortOrder().size() == 1 && table.getSortOrder().get(0) == when
                && when.getSortType() == TableColumn.SortType.DESCENDING;
    }

    private Node trendsTab() {
        ChoiceBox<JournalStats.Range> range = new ChoiceBox<>(FXCollections.observableArrayList(JournalStats.Range.values()));
        range.setId("journal-range");
        range.setConverter(new StringConverter<>() {
            @Override
            public String toString(JournalStats.Range r) {
                return r == null ? "" : Messages.get("journal.range." + r.name());
            }

            @Override
            public JournalStats.Range fromString(String s) {
                return null;
            }
        });
        range.valueProperty().bindBidirectional(model.rangeProperty());
        range.setAccessibleText(Messages.get("journal.range.accessible"));
        HBox bar = new HBox(8, label("journal.range", range), range);
        bar.setAlignment(Pos.CENTER_LEFT);
        // The charts are drawn only while their tab is shown: laying out charts nobody sees, each
        // time the journal is read, cost the window tens of milliseconds when entries arrived.
        model.chartProperty().addListener((o, a, c) -> showChartIfVisible());
        VBox box = new VBox(8, bar, charts);
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(charts, Priority.ALWAYS);
        // Two charts tall enough to read need more height than a small window at large text has.
        org.popcheck.ui.common.ScrollWhenNeeded scroll = new org.popcheck.ui.common.ScrollWhenNeeded();
        scroll.show(box, false);
        return scroll;
    }

    private void showChartIfVisible() {
        JournalStats.Chart chart = model.chartProperty().get();
        if (trends.isSelected() && chart != null && chart != chartShown) {
            chartShown = chart;
            charts.show(chart);
        }
    }

    // ---------------------------------------------------------------- actions

    private void openDialog(JournalEntry original) {
        EntryDialog.open(window(), model, original);
    }

    private void editSelected() {
        JournalEntry e = table.getSelectionModel().getSelectedItem();
        if (e != null) {
            openDialog(e);
        }
    }

    private void deleteSelected() {
        JournalEntry e = table.getSelectionModel().getSelectedItem();
        if (e != null) {
            run(() -> model.delete(e));
        }
    }

    private void export(boolean csv) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(csv
                ? new FileChooser.ExtensionFilter(Messages.get("journal.fileChooser.csv"), "*.csv")
                : new FileChooser.ExtensionFilter(Messages.get("journal.fileChooser.json"), "*.json"));
        chooser.setInitialFileName(csv ? "popcheck-journal.csv" : "popcheck-journal.json");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            run(() -> model.export(file.toPath(), csv));
        }
    }

    private void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("journal.fileChooser.json"), "*.json"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            run(() -> model.importFrom(file.toPath()));
        }
    }

    /**
     * Starts a change; it is written off the JavaFX thread. When it fails, the view model has already
     * put the reason in the status line, so nothing more is done here.
     */
    private static void run(Supplier<CompletableFuture<?>> action) {
        action.get();
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    private static Button button(String key, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        String accessible = key + ".accessible";
        b.setAccessibleText(Messages.has(accessible) ? Messages.get(accessible) : b.getText().replace("_", ""));
        b.setOnAction(action);
        return b;
    }

    private static HBox labelled(String key, Node field) {
        HBox pair = new HBox(6, label(key, field), field);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static Label label(String key, Node target) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(target);
        return l;
    }

    /**
     * @param values the words the column can show (every joint, every sound ...): the column is wide
     *     enough for the longest of them and for its heading, in whatever language
     */
    private static TableColumn<JournalEntry, String> textColumn(String key, Function<JournalEntry, String> value, double width,
                                                                List<String> values) {
        TableColumn<JournalEntry, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue() == null ? "" : value.apply(d.getValue()))); // null: a blank row
        c.setCellFactory(col -> new WideningCell());
        // Never narrower than its heading needs; the notes column gives up room instead.
        double fitted = fit(width, c.getText(), values);
        baseWidths(c, fitted, fitted);
        return c;
    }

    /**
     * A cell that widens its column when its words need more room than the column has: some
     * values have no fixed longest form (several triggers in one entry, "Walking, Getting up"),
     * and were cut to "Walking, ...". Only the cells on the screen measure, so a long journal costs nothing.
     */
    private static final class WideningCell extends javafx.scene.control.TableCell<JournalEntry, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
        }

        /** Measured when laid out, in the font and padding the stylesheet gave: a new cell has neither yet. */
        @Override
        protected void layoutChildren() {
            String text = getText();
            if (!isEmpty() && text != null && !text.isEmpty() && getTableColumn() != null) {
                double needed = Math.ceil(textWidth(text, getFont()) + snappedLeftInset() + snappedRightInset() + 2);
                TableColumn<JournalEntry, String> column = getTableColumn();
                if (needed > column.getMinWidth()) {
                    column.setMinWidth(needed);
                    column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
                }
            }
            super.layoutChildren();
        }
    }

    /** Room for the cell padding, and in the heading for the sort arrow, at the normal text size (px). */
    private static final double CELL_PADDING = 18;
    private static final double HEADING_PADDING = 30;

    /**
     * A column's width at the normal text size: at least {@code width}, and wide enough for its
     * heading and for each of {@code values}, measured in the normal font.
     */
    private static double fit(double width, String heading, List<String> values) {
        javafx.scene.text.Font font = javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), Theme.BASE_FONT_PX);
        double widest = textWidth(heading, font) + HEADING_PADDING;
        for (String v : values) {
            widest = Math.max(widest, textWidth(v, font) + CELL_PADDING);
        }
        return Math.max(width, Math.ceil(widest));
    }

    private static double textWidth(String s, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static List<String> everySite() {
        List<String> out = new java.util.ArrayList<>();
        for (org.popcheck.body.Region r : org.popcheck.body.Region.values()) {
            for (org.popcheck.body.Side side : r.allowedSides()) {
                out.add(JournalLabels.site(new org.popcheck.body.BodySite(r, side)));
            }
        }
        return out;
    }

    private static List<String> optionWords(String group, String... ids) {
        return java.util.Arrays.stream(ids).map(id -> JournalLabels.option(group, id)).toList();
    }
}
