package org.popcheck.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.popcheck.ui.common.Icons;
import org.popcheck.ui.common.ScrollWhenNeeded;
import org.popcheck.ui.common.SettingsDialog;
import org.popcheck.ui.common.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.exercises.ExercisesScreen;
import org.popcheck.ui.journal.JournalNotice;
import org.popcheck.ui.journal.JournalScreen;
import org.popcheck.ui.journal.QuickLogButton;
import org.popcheck.ui.summary.SummaryScreen;
import org.popcheck.ui.wizard.WizardScreen;

/** The shell: navigation on the left, the current screen in the centre. Screens are built on first visit. */
public final class MainWindow extends BorderPane {

    /** Navigation icons are this many times the text size square (18 px at the normal 14 px). */
    private static final double NAV_ICON_EM = 18.0 / 14;
    /** The navigation's widest, in characters of the text size: "Clinician summary" fits on one line. */
    private static final double NAV_MAX_EM = 16;
    /**
     * ... and at most this share of the window's width: at twice the text size on a 1024 px screen,
     * 16 characters (448 px) left the screens too little room; the buttons' names wrap instead.
     */
    private static final double NAV_MAX_SHARE = 0.3;
    /** The window's height, in lines of text, below which the sidebar's note is shortened. */
    private static final double NOTE_LEAST_LINES = 24;

    private final Map<Destination, Function<AppContext, Screen>> factories = new EnumMap<>(Destination.class);
    private final Map<Destination, Screen> built = new EnumMap<>(Destination.class);
    private final Map<Destination, ToggleButton> navButtons = new EnumMap<>(Destination.class);
    private final StackPane content = new StackPane();
    private final AppContext context;
    private Destination shown = Destination.CHECK;

    public MainWindow(AppContext context) {
        this.context = context;
        factories.put(Destination.CHECK, WizardScreen::new);
        factories.put(Destination.JOURNAL, JournalScreen::new);
        factories.put(Destination.EXERCISES, ExercisesScreen::new);
        factories.put(Destination.SUMMARY, SummaryScreen::new);
        // A screen's link to another (a check's result to its exercises) leaves the shown screen as the navigation does.
        context.setNavigator(d -> {
            if (d == shown || mayLeaveShown()) {
                show(d);
            }
        });
        // Closing the window leaves the shown screen too: it is asked first, and may keep the window open.
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.windowProperty().removeListener(windowChanged);
            }
            if (now != null) {
                now.windowProperty().addListener(windowChanged);
            }
            watchClosing(now == null ? null : now.getWindow());
        });
        setLeft(buildNavigation());
        // The journal's state (loading, or why it is read-only) above every screen, so that a damaged
        // journal is known at start-up and not first on pressing Save at the end of a check.
        VBox centre = new VBox(JournalNotice.create(context), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        content.setMinHeight(0);
        setCenter(centre);
        getStyleClass().add("main-window");
        show(Destination.CHECK);
    }

    /**
     * The navigation: its entries in a list that scrolls only when the window is too short for it
     * (a short window at large text), and Settings pinned below it, always in sight. Settings was the
     * last item of the list and sat below the fold at twice the text size in a 1024x600 window.
     */
    private BorderPane buildNavigation() {
        // As wide as its widest button, up to NAV_MAX_EM and NAV_MAX_SHARE: longer names (German, Spanish) wrap in the
        // buttons instead of taking the screens' room at large text.
        VBox nav = new VBox(4) {
            @Override
            protected double computePrefWidth(double height) {
                return Math.min(super.computePrefWidth(height), getMaxWidth());
            }
        };
        nav.setPadding(new Insets(12, 12, 4, 12));
        nav.getStyleClass().add("main-nav-entries");
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().add("title-3");
        nav.getChildren().add(title);
        ToggleGroup group = new ToggleGroup();
        for (Destination d : Destination.values()) {
            ToggleButton b = new ToggleButton(Messages.get("app.nav." + d.name().toLowerCase()));
            b.setGraphic(Icons.of(iconOf(d), b, NAV_ICON_EM));
            b.setId("nav-" + d.name().toLowerCase());
            b.setAccessibleText(Messages.get("app.nav." + d.name().toLowerCase()).replace("_", ""));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setWrapText(true);
            b.setMnemonicParsing(true);
            b.setOnAction(e -> choose(d));
            navButtons.put(d, b);
            nav.getChildren().add(b);
        }
        nav.getChildren().add(QuickLogButton.create(context));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button settings = new Button(Messages.get("wizard.settings.open"));
        settings.setGraphic(Icons.of("settings", settings, NAV_ICON_EM));
        settings.setId("nav-settings");
        settings.setAccessibleText(Messages.get("common.settings.title"));
        settings.setMnemonicParsing(true);
        settings.setMaxWidth(Double.MAX_VALUE);
        settings.setWrapText(true);
        settings.getStyleClass().add(Styles.FLAT);
        settings.setOnAction(e -> new SettingsDialog(getScene().getWindow(), context.settings())
                .showAndWait().ifPresent(context.settingsProperty()::set));
        Label disclaimer = new Label(Messages.get("app.disclaimer"));
        disclaimer.setId("app-disclaimer");
        disclaimer.setWrapText(true);
        disclaimer.setAccessibleText(Messages.get("app.disclaimer"));
        disclaimer.setTooltip(new javafx.scene.control.Tooltip(Messages.get("app.disclaimer")));
        // In a window shorter than NOTE_LEAST_LINES lines of text the note says only "Not a diagnosis.":
        // whole, it took five lines at twice the text size in a 1024x600 window and pushed the entries
        // above it into scrolling. Its whole sentence is one hover away and what a screen reader says.
        disclaimer.textProperty().bind(Bindings.createStringBinding(
                () -> getHeight() > 0 && getHeight() < NOTE_LEAST_LINES * disclaimer.getFont().getSize()
                        ? Messages.get("app.disclaimer.short") : Messages.get("app.disclaimer"),
                heightProperty(), disclaimer.fontProperty()));
        disclaimer.getStyleClass().add(Styles.TEXT_MUTED);
        // The navigation is as wide as its widest button at the current text size; the disclaimer
        // wraps within that width instead of widening it (which left little room for the screens
        // at twice the text size).
        disclaimer.setMinWidth(0);
        disclaimer.setPrefWidth(1);
        disclaimer.setMaxWidth(Double.MAX_VALUE);
        nav.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(NAV_MAX_EM * disclaimer.getFont().getSize(), widthOrLarge() * NAV_MAX_SHARE),
                disclaimer.fontProperty(), widthProperty()));
        nav.getChildren().add(spacer);
        ScrollWhenNeeded entries = new ScrollWhenNeeded();
        // On a short window at large text the entries scroll rather than squeezing their names.
        entries.show(nav, true);
        BorderPane side = new BorderPane(entries);
        // "Not a diagnosis" stays in sight with Settings below the entries: in the scrolling part it
        // fell below the fold at twice the text size in a 1024x600 window (the new-user trial).
        VBox pinned = new VBox(8, disclaimer, settings);
        pinned.setPadding(new Insets(4, 12, 12, 12));
        pinned.setMinWidth(0);
        side.setBottom(pinned);
        side.getStyleClass().add("main-nav");
        // As wide as the entries (the disclaimer wraps within them), not as wide as Settings' one line.
        settings.setMinWidth(0);
        side.maxWidthProperty().bind(nav.maxWidthProperty());
        return side;
    }

    /** Keeps the window open when the shown screen would rather stay ({@link Screen#mayLeave}). */
    private final javafx.event.EventHandler<javafx.stage.WindowEvent> closing = e -> {
        if (!mayLeaveShown()) {
            e.consume();
        }
    };
    private final javafx.beans.value.ChangeListener<javafx.stage.Window> windowChanged = (o, was, now) -> watchClosing(now);
    /** The window whose closing this window's screens are asked about; none while this is not its content. */
    private javafx.stage.Window watched;

    private void watchClosing(javafx.stage.Window window) {
        if (watched != null) {
            watched.removeEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, closing);
        }
        watched = window;
        if (window != null) {
            window.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, closing);
        }
    }

    /**
     * The one place every way of leaving the shown screen goes through (another entry of the
     * navigation, a screen's link, closing the window): whether the screen lets go ({@link Screen#mayLeave}).
     */
    private boolean mayLeaveShown() {
        Screen screen = built.get(shown);
        return screen == null || screen.mayLeave();
    }

    /** The window's width once laid out; before that, no limit from it. */
    private double widthOrLarge() {
        return getWidth() > 0 ? getWidth() : Double.MAX_VALUE;
    }

    private static String iconOf(Destination d) {
        return switch (d) {
            case CHECK -> "check";
            case JOURNAL -> "journal";
            case EXERCISES -> "exercises";
            case SUMMARY -> "summary";
        };
    }

    /**
     * The same window built again, for a change of language (labels take their text when built):
     * the same screen shown, the check carried over with its answers, its saved mark and a result
     * it replaced that can still be brought back, a guided exercise session with what was done and
     * given at its end, the exercise page or library filter shown, and the summary's choices. The
     * journal keeps its filters in its view model, which outlives the window.
     */
    public MainWindow rebuilt() {
        MainWindow fresh = new MainWindow(context);
        // Each screen the person has visited takes over what they had there (Screen.takeOver).
        built.forEach((destination, old) -> fresh.screen(destination).takeOver(old));
        fresh.show(shown);
        return fresh;
    }

    /** The screen for a destination, built if needed (for tests and screenshots). */
    public Screen screen(Destination destination) {
        return built.computeIfAbsent(destination, d -> factories.get(d).apply(context));
    }

    /**
     * The person picked {@code destination} in the navigation (a click or its Alt key): its screen once
     * the shown one lets go ({@link Screen#mayLeave}), or, when that screen is already shown, the
     * screen's own start ({@link Screen#onChosenAgain}); a click there is never dead.
     */
    void choose(Destination destination) {
        if (destination == shown && built.containsKey(destination)) {
            navButtons.get(destination).setSelected(true); // a toggle clicked again would show as unselected
            built.get(destination).onChosenAgain();
        } else if (mayLeaveShown()) {
            show(destination);
        } else {
            navButtons.get(shown).setSelected(true); // still here: the entry clicked is not shown as chosen
        }
    }

    /** Makes {@code destination} the visible screen, building it on first use. */
    public void show(Destination destination) {
        Screen screen = built.computeIfAbsent(destination, d -> factories.get(d).apply(context));
        content.getChildren().setAll(screen.view());
        navButtons.get(destination).setSelected(true);
        shown = destination;
        screen.onShow();
    }
}
