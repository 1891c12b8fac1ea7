package org.popcheck.ui.wizard;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Reason;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;
import org.popcheck.ui.Outcome;
import org.popcheck.ui.Screen;
import org.popcheck.ui.bodymap.BodyMapPanel;
import org.popcheck.ui.common.RoomWhileSaying;
import org.popcheck.ui.common.ScrollWhenNeeded;
import org.popcheck.ui.common.Styles;
import org.popcheck.ui.common.UndoBar;

/**
 * The symptom wizard: steps across the top, the current page in the middle, Back and Next at the
 * bottom (Escape and Enter). The view model holds every answer; pages are rebuilt from it on each
 * step, so Back and Next never lose anything.
 */
public final class WizardScreen implements Screen {

    private final AppContext context;
    private final WizardViewModel model;
    private final BorderPane root = new BorderPane();
    /** The steps; they wrap onto a second line rather than push the window wider (large text). */
    private final FlowPane crumbs = new FlowPane(6, 4);
    private final ScrollWhenNeeded pages = new ScrollWhenNeeded();
    private final Button back = new Button(Messages.get("wizard.nav.back"));
    private final Button next = new Button(Messages.get("wizard.nav.next"));
    private final Label blocker = new Label();
    private final Label error = new Label();
    /** "Your last result was not saved ... Bring it back", shown on the start page after a new check began. */
    private final UndoBar undoBar = new UndoBar("wizard", "wizard.undo.cleared", this::bringBackReplacedRun);
    /** The finished run that a new check replaced without it being saved, while it can be brought back. */
    private WizardViewModel replacedRun;
    private BodyMapPanel bodyMap; // built when the Where step is first shown: not needed at start-up
    private QuestionsPage questions;

    public WizardScreen(AppContext context) {
        this.context = context;
        this.model = new WizardViewModel(FactCatalog.standard(), this::evaluate);
        initializeParts();
        layoutParts();
        bindFieldsToModel();
        render();
    }

    /** For tests and screenshots. */
    public WizardViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    /**
     * "Check my joint" picked while this screen is shown: a finished check (the result or the call-now
     * page) makes way for a new one; during the questions the person is already where the entry leads.
     */
    @Override
    public void onChosenAgain() {
        if (model.stoppedProperty().get() || model.stepProperty().get() == WizardStep.RESULT) {
            startNewCheck();
        }
    }

    /**
     * A fresh run. A result not saved to the journal is not simply dropped: it is kept aside and the
     * start page offers to bring it back, as the journal offers to undo a delete.
     */
    void startNewCheck() {
        Outcome shown = model.outcomeProperty().get();
        WizardViewModel kept = null;
        if (shown != null && shown != savedOutcome) {
            kept = new WizardViewModel(FactCatalog.standard(), this::evaluate);
            kept.takeOver(model);
        }
        model.restart();
        replacedRun = kept;
        undoBar.setVisible(kept != null);
    }

    /**
     * Takes over what {@code earlier}, this screen built before a change of language, holds: the check
     * in progress with its answers, whether its result is already in the journal (so it is not saved
     * twice), and a replaced result that can still be brought back. Results are worked out again, so
     * they speak the language now in use.
     */
    @Override
    public void takeOver(Screen screen) {
        if (!(screen instanceof WizardScreen earlier)) {
            return;
        }
        Outcome earlierShown = earlier.model.outcomeProperty().get();
        boolean shownWasSaved = earlierShown != null && earlierShown == earlier.savedOutcome;
        model.takeOver(earlier.model);
        if (shownWasSaved) {
            savedOutcome = model.outcomeProperty().get();
            savedOutcomeState = earlier.savedOutcomeState;
            saveState.set(earlier.saveState.get());
        }
        if (earlier.replacedRun != null) {
            WizardViewModel kept = new WizardViewModel(FactCatalog.standard(), this::evaluate);
            kept.takeOver(earlier.replacedRun);
            replacedRun = kept;
            undoBar.setVisible(true);
        }
    }

    /** Brings back the run {@link #startNewCheck} replaced, at the step it was on. */
    private void bringBackReplacedRun() {
        WizardViewModel kept = replacedRun;
        replacedRun = null;
        undoBar.setVisible(false);
        if (kept != null) {
            model.restart();
            model.takeOver(kept);
        }
    }

    private Node undoBar() {
        // The offer lasts while the new check is still on its start page; once it moves on, the new
        // run is the one that counts.
        model.stepProperty().addListener((obs, old, now) -> {
            if (now != WizardStep.START) {
                replacedRun = null;
                undoBar.setVisible(false);
            }
        });
        return undoBar;
    }

    private org.popcheck.triage.TriageResult evaluate(Assessment a) {
        return context.triage().evaluate(a, context.settings().emergencyNumber());
    }

    private void initializeParts() {
        root.setId("wizard");
        root.getStyleClass().add("pc-wizard");
        back.setId("wizard-back");
        back.accessibleTextProperty().bind(back.textProperty().map(t -> t.replace("_", "")));
        next.accessibleTextProperty().bind(next.textProperty().map(t -> t.replace("_", "")));
        back.setCancelButton(true);
        back.setMnemonicParsing(true);
        next.setId("wizard-next");
        next.setDefaultButton(true);
        next.setMnemonicParsing(true);
        next.getStyleClass().add(Styles.ACCENT);
        blocker.setId("wizard-blocker");
        blocker.getStyleClass().add(Styles.BLOCKER);
        blocker.setWrapText(true);
        error.setId("wizard-error");
        error.getStyleClass().add(Styles.ERROR);
        error.setWrapText(true);
        crumbs.setId("wizard-steps");
        crumbs.setAlignment(Pos.CENTER_LEFT);
    }

    private void layoutParts() {
        VBox top = new VBox(4, crumbs, undoBar());
        top.getStyleClass().add("pc-wizard-top");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The "To go on" hint has its own line above the buttons: however long it gets, it wraps
        // there and never squeezes Back and Next.
        Styles.keepWhole(back, next);
        HBox buttons = new HBox(12, back, spacer, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        RoomWhileSaying.bind(blocker);
        VBox bottom = new VBox(6, blocker, buttons);
        bottom.getStyleClass().add("pc-wizard-bottom");
        root.setTop(top);
        root.setCenter(pages);
        root.setBottom(new VBox(6, error, bottom));
    }

    private void bindFieldsToModel() {
        // Enter means Next from any answer control (radio buttons, check boxes and body-map spots
        // would otherwise swallow it); a focused button keeps its own Enter. Space picks.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (e.getCode() == KeyCode.ENTER && !(focus instanceof Button)
                    && next.isVisible() && !next.isDisabled()) {
                next.fire();
                e.consume();
            }
        });
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        model.stepProperty().addListener((obs, old, now) -> render());
        model.stoppedProperty().addListener((obs, old, now) -> render());
        blocker.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                // The call-now screen asks nothing more: a hint about a question there would be stale.
                () -> model.blockerProperty().get().isEmpty() || model.stoppedProperty().get() ? ""
                        : Messages.get("wizard.nav.blocked", model.blockerProperty().get()),
                model.blockerProperty(), model.stoppedProperty()));
        error.textProperty().bind(model.errorProperty());
        RoomWhileSaying.bind(error);
        model.outcomeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                context.latestOutcomeProperty().set(now);
            }
        });
    }

    private void render() {
        WizardStep step = model.stepProperty().get();
        boolean stopped = model.stoppedProperty().get();
        if (questions != null) {
            questions.dispose();
            questions = null;
        }
        renderCrumbs(step);
        Parent page;
        if (stopped) {
            page = new CallNowPage(model.outcomeProperty().get().result(), context.settings().emergencyNumber());
        } else {
            page = switch (step) {
                case START -> new StartPage(context.settingsProperty(), model.emergencySigns());
                case WHERE -> wherePage();
                case ABOUT, EMERGENCY, POPPING, WARNINGS -> questions = new QuestionsPage(model, step);
                case RESULT -> {
                    // A result saved before (the person looked at an answer and came back unchanged) shows as saved.
                    saveState.set(model.outcomeProperty().get() == savedOutcome ? savedOutcomeState : ResultPage.SaveState.NOT_SAVED);
                    yield new ResultPage(model.outcomeProperty().get(), FactCatalog.standard(), context.exercises(), resultActions());
                }
            };
        }
        // The start page goes without a scroll pane while it fits: the window opens sooner.
        pages.show(page, !stopped && step == WizardStep.START);
        back.setDisable(!stopped && step == WizardStep.START);
        back.setText(Messages.get(stopped ? "wizard.callnow.back" : "wizard.nav.back"));
        boolean showNext = !stopped && step != WizardStep.RESULT;
        next.setVisible(showNext);
        next.setManaged(showNext);
        next.setText(Messages.get(step == WizardStep.START ? "wizard.nav.start"
                : step == WizardStep.WARNINGS ? "wizard.nav.finish" : "wizard.nav.next"));
        next.disableProperty().unbind();
        next.disableProperty().bind(model.blockerProperty().isNotEmpty());
        Node fallback = showNext ? next : back;
        whenInScene(page, () -> Platform.runLater(() -> focusFirst(page, fallback)));
    }

    /**
     * Runs {@code action} now if {@code page} is in a scene, else once it is put in one. The first
     * page is built before the window exists (in the app's init), when a focus request does nothing:
     * one queued then ran before the window had a scene, so the first page never got its focus.
     */
    private static void whenInScene(Node page, Runnable action) {
        if (page.getScene() != null) {
            action.run();
            return;
        }
        page.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    obs.removeListener(this);
                    action.run();
                }
            }
        });
    }

    private Parent wherePage() {
        if (bodyMap == null) {
            bodyMap = new BodyMapPanel();
            bodyMap.selectedSites().addAll(model.sites());
            linkSites();
            Label intro = new Label(Messages.get("wizard.where.intro"));
            intro.setId("wizard-where-intro");
            intro.setWrapText(true);
            // The map has only the places PopCheck checks; a person with a sore shin or knee would
            // otherwise pick the nearest one and get advice not meant for it (hazard log, review 11).
            // It comes first so that it is whole in the first view even at twice the text size.
            Label scope = new Label(Messages.get("wizard.where.scope"));
            scope.setId("where-scope");
            scope.setWrapText(true);
            bodyMap.introduceWith(new VBox(8, scope, intro));
        }
        VBox page = new VBox(bodyMap);
        VBox.setVgrow(bodyMap, Priority.ALWAYS);
        page.getStyleClass().addAll(Styles.PAGE, "pc-where-page");
        // The figure scales to the window's height, so in a short window it shows whole, ankles and feet included.
        ScrollWhenNeeded.shrinksToFit(page);
        return page;
    }

    /** The map and the model share one set of sites. */
    private void linkSites() {
        bodyMap.selectedSites().addListener((javafx.collections.SetChangeListener<BodySite>) c -> {
            if (c.wasAdded()) {
                model.sites().add(c.getElementAdded());
            }
            if (c.wasRemoved()) {
                model.sites().remove(c.getElementRemoved());
            }
        });
        model.sites().addListener((javafx.collections.SetChangeListener<BodySite>) c -> {
            if (c.wasAdded() && !bodyMap.selectedSites().contains(c.getElementAdded())) {
                bodyMap.selectedSites().add(c.getElementAdded());
            }
            if (c.wasRemoved()) {
                bodyMap.selectedSites().remove(c.getElementRemoved());
            }
        });
    }

    private void renderCrumbs(WizardStep current) {
        crumbs.getChildren().clear();
        WizardStep[] steps = WizardStep.values();
        boolean stopped = model.stoppedProperty().get();
        for (WizardStep s : steps) {
            String text = Messages.get("wizard.step.crumb", s.ordinal() + 1, Messages.get("wizard.crumb." + s.key()));
            // A step already passed is a link back to it (answers stay); the current and later
            // steps are plain text, since they cannot be jumped to.
            Labeled crumb;
            if (s.ordinal() < current.ordinal() && !stopped) {
                Hyperlink link = new Hyperlink(text);
                link.setId("crumb-" + s.key());
                link.setAccessibleText(Messages.get("wizard.step.goBack", text));
                link.setOnAction(e -> backTo(s));
                crumb = link;
            } else {
                crumb = new Label(text);
            }
            crumb.setMinWidth(Region.USE_PREF_SIZE);
            crumb.getStyleClass().add(s == current ? Styles.STEP_CRUMB_CURRENT : Styles.STEP_CRUMB);
            crumbs.getChildren().add(crumb);
        }
        crumbs.setAccessibleText(Messages.get("wizard.step.progress", current.ordinal() + 1, steps.length,
                Messages.get("wizard.step." + current.key() + ".title")));
    }

    /** Steps back until {@code step} is shown; every answer stays. */
    private void backTo(WizardStep step) {
        while (model.stepProperty().get().ordinal() > step.ordinal() && !model.stoppedProperty().get()) {
            model.back();
        }
    }

    /** Keyboard users land on the first thing they can answer. */
    private static void focusFirst(Node page, Node fallback) {
        Node target = firstFocusable(page);
        (target != null ? target : fallback).requestFocus();
    }

    private static Node firstFocusable(Node node) {
        if (node.isFocusTraversable() && !node.isDisabled() && node.isVisible()) {
            return node;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (!child.isVisible()) {
                    continue;
                }
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private ResultPage.Actions resultActions() {
        return new ResultPage.Actions() {
            @Override
            public void change() {
                model.back();
            }

            @Override
            public void saveToJournal(Label status) {
                save(model.outcomeProperty().get(), status);
            }

            @Override
            public javafx.beans.value.ObservableValue<ResultPage.SaveState> saveState() {
                return saveState;
            }

            @Override
            public void seeExercises() {
                context.navigator().show(Destination.EXERCISES);
            }

            @Override
            public void summary() {
                context.navigator().show(Destination.SUMMARY);
            }

            @Override
            public void startAgain() {
                startNewCheck();
            }

            @Override
            public javafx.beans.value.ObservableStringValue whyNoSaving() {
                return org.popcheck.ui.journal.JournalNotice.whyNoSaving(context);
            }
        };
    }

    /**
     * Saves the run into the journal on the journal's writer thread, and says how it went. A run is
     * saved once: pressing the button again (or while it is saving) says so instead of adding a copy.
     */
    private void save(Outcome outcome, Label status) {
        if (context.journal().readOnly()) {
            status.setText(Messages.get("wizard.result.readOnly"));
            return;
        }
        if (outcome == savedOutcome) {
            status.setText(Messages.get("wizard.result.alreadySaved"));
            return;
        }
        savedOutcome = outcome;
        markSaving(outcome, ResultPage.SaveState.SAVING);
        status.setText(Messages.get("wizard.result.saving"));
        context.saveInBackground(entryOf(outcome, OffsetDateTime.now()),
                () -> {
                    markSaving(outcome, ResultPage.SaveState.SAVED);
                    status.setText(Messages.get("wizard.result.saved"));
                },
                failure -> {
                    savedOutcome = null; // nothing was kept: another try may save it
                    markSaving(outcome, ResultPage.SaveState.NOT_SAVED);
                    status.setText(Messages.get("wizard.result.saveFailed", failure.getMessage()));
                });
    }

    /** Where {@code outcome}'s saving stands; its page's Save button follows while it is the one shown. */
    private void markSaving(Outcome outcome, ResultPage.SaveState state) {
        if (outcome == savedOutcome || state == ResultPage.SaveState.NOT_SAVED) {
            savedOutcomeState = state;
        }
        if (model.outcomeProperty().get() == outcome) {
            saveState.set(state);
        }
    }

    /** The run last saved to the journal (or being saved), so that it is not saved twice. */
    private Outcome savedOutcome;
    /** How far the saving of {@link #savedOutcome} has come. */
    private ResultPage.SaveState savedOutcomeState = ResultPage.SaveState.NOT_SAVED;
    /** The shown result's standing with the journal, which its Save button shows. */
    private final javafx.beans.property.ObjectProperty<ResultPage.SaveState> saveState =
            new javafx.beans.property.SimpleObjectProperty<>(ResultPage.SaveState.NOT_SAVED);

    static JournalEntry entryOf(Outcome outcome, OffsetDateTime at) {
        Assessment a = outcome.assessment();
        List<String> rules = new ArrayList<>();
        for (Reason r : outcome.result().reasons()) {
            if (!rules.contains(r.rule())) {
                rules.add(r.rule());
            }
        }
        BodySite site = a.sites().size() == 1 ? a.sites().get(0) : null;
        Integer pain = a.number("pain").isPresent() ? (int) Math.round(a.number("pain").getAsDouble()) : null;
        return new JournalEntry(UUID.randomUUID().toString(), at, site, a.choice("sound").orElse(null),
                a.choice("frequency").orElse(null), pain, a.choices("trigger"), List.of(), "", false, List.of(),
                new SavedAssessment(a, outcome.result().level(), rules, outcome.check().causes().stream()
                        .map(c -> new SavedAssessment.SavedCause(c.cause().id(), c.likelihood().id())).toList()));
    }
}
