package org.popcheck.ui.exercises;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.popcheck.body.Region;
import org.popcheck.check.LastCheck;
import org.popcheck.check.SavedCheck;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.figure.FigureArt;
import org.popcheck.exercise.figure.Movements;
import org.popcheck.exercise.Caution;
import org.popcheck.exercise.DoseWords;
import org.popcheck.exercise.ExercisePlan;
import org.popcheck.exercise.PlannedExercise;
import org.popcheck.exercise.GuidedSession;
import org.popcheck.exercise.Progression;
import org.popcheck.exercise.StopList;
import org.popcheck.exercise.UrgentStopSign;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.MorningAfter;
import org.popcheck.triage.TriageEngine;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Outcome;
import org.popcheck.ui.Screen;
import org.popcheck.ui.common.Styles;

/**
 * The exercise library (filter by region, cards with picture and dosage), the plan from the latest
 * check, a detail page with the animated demonstration, and the guided session.
 */
public final class ExercisesScreen implements Screen {

    /** A card's width in characters of the text size: 232 px at the normal 14 px. */
    private static final double CARD_WIDTH_EM = 232 / 14.0;

    private final AppContext context;
    private final boolean realClock;
    private final StackPane root = new StackPane();
    private final ScrollPane libraryScroller = new ScrollPane();
    private final ChoiceBox<Region> filter = new ChoiceBox<>();
    private final FlowPane cards = new FlowPane(14, 14);
    private final VBox plan = new VBox(8);
    /** The latest saved check composed again, kept while it stays the latest; null before one is read. */
    private SavedCheck savedPlan;
    /** Above the library: why no guided session starts while a session's stop sign that cannot wait stands. */
    private final Label libraryHold = new Label();
    private DemoView demo;
    /** The exercise whose page (or guided session) is shown; null on the library. */
    private Exercise shownExercise;

    public ExercisesScreen(AppContext context) {
        this(context, true);
    }

    /** With {@code realClock} false the guided session only moves when a test advances it. */
    ExercisesScreen(AppContext context, boolean realClock) {
        this.context = context;
        this.realClock = realClock;
        buildLibrary();
        context.latestOutcomeProperty().addListener((obs, old, now) -> showPlan(planCheck()));
        showPlan(planCheck());
        // The figures are painted in the theme's palette: repaint the cards when the theme changes.
        context.settingsProperty().addListener((obs, old, now) -> {
            if (old == null || old.theme() != now.theme()) {
                fillCards();
                showPlan(planCheck());
            }
        });
        // After a restart the plan comes from the latest check saved in the journal, which loads in the background.
        context.journalProperty().addListener((obs, old, now) -> showPlan(planCheck()));
        showHold();
        root.getChildren().setAll(libraryScroller);
    }

    /** The hold of a session's stop sign that cannot wait, above the library; nothing when none stands. */
    private void showHold() {
        LastCheck onScreen = checkOnScreen();
        libraryHold.setText(UrgentStopSign.standing(context.journal().entries(), StopList.standard(), onScreen == null ? null : onScreen.at())
                .map(this::urgentWords).orElse(""));
    }

    /** The plan again when it comes from the journal and the journal's latest check changed (saved, deleted, imported). */
    private void refreshSavedPlan() {
        SavedCheck was = savedPlan;
        if (context.latestOutcomeProperty().get() == null
                && !java.util.Objects.equals(was == null ? null : was.entry(), SavedCheck.latestEntry(context.journal().entries()).orElse(null))) {
            showPlan(planCheck());
        }
    }

    @Override
    public void onShow() {
        showHold();
        refreshSavedPlan();
    }

    @Override
    public Node view() {
        return root;
    }

    private void buildLibrary() {
        Label title = new Label(Messages.get("exercises.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label(Messages.get("exercises.library.subtitle"));
        subtitle.setWrapText(true);
        filter.getItems().add(null);
        filter.getItems().addAll(Region.values());
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Region r) {
                return r == null ? Messages.get("exercises.filter.all") : Messages.get("exercises.region." + r.id());
            }

            @Override
            public Region fromString(String s) {
                return null;
            }
        });
        filter.setId("exercise-filter");
        filter.setAccessibleText(Messages.get("exercises.filter.accessible"));
        filter.valueProperty().addListener((obs, old, now) -> fillCards());
        Label filterLabel = new Label(Messages.get("exercises.filter.label"));
        filterLabel.setLabelFor(filter);
        HBox filterRow = new HBox(10, filterLabel, filter);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        plan.setId("exercise-plan");
        VBox stop = StopSigns.node(false);
        libraryHold.setId("library-stop-sign");
        libraryHold.setWrapText(true);
        libraryHold.getStyleClass().add(Styles.EMERGENCY_PANEL);
        org.popcheck.ui.common.RoomWhileSaying.bind(libraryHold);
        VBox page = new VBox(14, title, subtitle, libraryHold, plan, filterRow, cards, stop);
        page.getStyleClass().add(Styles.PAGE);
        cards.setId("exercise-cards");
        libraryScroller.setContent(page);
        libraryScroller.setFitToWidth(true);
        fillCards();
    }

    private void fillCards() {
        Region region = filter.getValue();
        List<Exercise> shown = region == null ? context.exercises().all() : context.exercises().forRegions(List.of(region));
        cards.getChildren().setAll(shown.stream().map(this::card).toList());
    }

    private Node card(Exercise e) {
        Node picture = Movements.of(e.id()).map(m -> {
            FigureCanvas still = new FigureCanvas(m, context.settings().theme(), 200, 130);
            still.show(0, FigureArt.Arrow.TO_END);
            return (Node) still;
        }).orElseGet(javafx.scene.layout.Region::new);
        Label name = new Label(e.name());
        name.getStyleClass().add(Styles.TITLE_4);
        Label dosage = new Label(DoseWords.doseAndFrequency(e));
        dosage.setWrapText(true);
        dosage.getStyleClass().add(Styles.TEXT_MUTED);
        Button open = new Button(Messages.get("exercises.card.open"));
        open.setId("open-" + e.id());
        open.setAccessibleText(Messages.get("exercises.card.accessible", e.name(), dosage.getText()));
        open.setOnAction(ev -> showDetail(e));
        VBox card = new VBox(6, picture, name, dosage, open);
        card.getStyleClass().add(Styles.QUESTION);
        Styles.prefWidthInEm(card, CARD_WIDTH_EM, dosage);
        card.setId("card-" + e.id());
        return card;
    }

    /** A card of the plan: the exercise's card with why it was chosen, what it replaces and how this person should do it. */
    private Node plannedCard(PlannedExercise planned) {
        VBox card = (VBox) card(planned.exercise());
        List<Node> extra = new ArrayList<>();
        Label why = new Label(planned.why());
        why.setWrapText(true);
        why.getStyleClass().add("plan-why");
        extra.add(why);
        if (planned.insteadOf() != null) {
            extra.add(muted(Messages.get("exercises.plan.instead", nameOf(planned.insteadOf())), "plan-instead-" + planned.exercise().id()));
        }
        for (Caution c : planned.cautions()) {
            Label say = wrapped(Messages.get("exercises.plan.caution", c.say()), null);
            say.getStyleClass().addAll("plan-caution", Styles.TEXT_BOLD);
            extra.add(say);
        }
        card.getChildren().addAll(card.getChildren().size() - 1, extra);
        return card;
    }

    private String nameOf(String exerciseId) {
        return context.exercises().find(exerciseId).map(Exercise::name).orElse(exerciseId);
    }

    private static Label muted(String text, String id) {
        Label l = wrapped(text, id);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }


    private void showPlan(Outcome outcome) {
        showHold();
        plan.getChildren().clear();
        if (outcome == null) {
            plan.setVisible(false);
            plan.setManaged(false);
            return;
        }
        plan.setVisible(true);
        plan.setManaged(true);
        ExercisePlan p = outcome.check().plan();
        Label title = new Label(Messages.get("exercises.plan.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        plan.getChildren().add(title);
        if (p.careFirst()) {
            plan.getChildren().add(wrapped(Messages.get("exercises.plan.none", p.level().words()), "plan-care-first"));
            return;
        }
        plan.getChildren().add(wrapped(Messages.get("exercises.plan.intro", p.level().words()), null));
        if (p.checkWithClinicianFirst()) {
            plan.getChildren().add(wrapped(Messages.get("exercises.plan.clinicianFirst"), "plan-clinician-first"));
        }
        if (!p.items().isEmpty() && org.popcheck.check.PersonConditions.childToBeWatched(outcome.assessment())) {
            plan.getChildren().add(wrapped(Messages.get("exercises.plan.child"), "plan-child"));
        }
        if (p.exercises().isEmpty()) {
            plan.getChildren().add(wrapped(Messages.get("exercises.plan.empty"), null));
        }
        if (!p.items().isEmpty()) {
            plan.getChildren().add(wrapped(Messages.get("exercises.plan.session", p.items().size(), p.minutes()), "plan-session"));
        }
        FlowPane planned = new FlowPane(14, 14);
        planned.setId("plan-cards");
        planned.getChildren().setAll(p.items().stream().map(this::plannedCard).toList());
        plan.getChildren().add(planned);
        for (ExercisePlan.LeftOut l : p.leftOut()) {
            plan.getChildren().add(muted(Messages.get("exercises.plan.leftOut", l.exercise().name(), l.caution().say()), null));
        }
    }

    /**
     * The check the plan and the person's cautions come from: the one made in this run of the app, else the
     * latest check saved in the journal, composed again from its answers ({@link SavedCheck}); null without
     * either. Not the check on screen for {@link #checkOnScreen}: a saved check keeps its own time there.
     */
    private Outcome planCheck() {
        Outcome latest = context.latestOutcomeProperty().get();
        if (latest != null) {
            return latest;
        }
        Optional<JournalEntry> saved = SavedCheck.latestEntry(context.journal().entries());
        if (saved.isEmpty()) {
            savedPlan = null;
            return null;
        }
        if (savedPlan == null || !savedPlan.entry().equals(saved.get())) {
            savedPlan = SavedCheck.of(saved.get(), context.triage(), org.popcheck.check.CheckComposer.standard(),
                    context.settings().emergencyNumber());
        }
        return new Outcome(savedPlan.entry().assessment().assessment(), savedPlan.check(), savedPlan.entry().at());
    }

    /** The cautions of this exercise that hold for the person of the latest check, or none without a check. */
    private List<Caution> cautionsForPerson(Exercise e) {
        Outcome latest = planCheck();
        if (latest == null) {
            return List.of();
        }
        var conditions = latest.check().plan().conditions();
        return e.cautions().stream().filter(c -> conditions.contains(c.condition())).toList();
    }

    private void showDetail(Exercise e) {
        shownExercise = e;
        Button back = new Button(Messages.get("exercises.detail.back"));
        back.setId("detail-back");
        back.setAccessibleText(back.getText());
        back.setCancelButton(true);
        back.setOnAction(ev -> showLibrary());
        Label name = new Label(e.name());
        name.getStyleClass().add(Styles.TITLE_2);
        Label regions = new Label(Messages.get("exercises.detail.regions", e.regions().stream().sorted()
                .map(r -> Messages.get("exercises.region." + r.id())).collect(Collectors.joining(", "))));
        regions.getStyleClass().add(Styles.TEXT_MUTED);
        demo = new DemoView(e, context.settings().theme(), context.settings().reducedMotion());
        Button start = new Button(Messages.get("exercises.detail.start"));
        start.setId("detail-start");
        start.setAccessibleText(start.getText());
        start.getStyleClass().add(Styles.ACCENT);
        List<JournalEntry> entries = context.journal().entries();
        TriageEngine engine = TriageEngine.standard();
        Optional<LastCheck> lastCheck = LastCheck.forRegions(e.regions(), entries, engine);
        Progression.Advice advice = Progression.advise(e, entries, lastCheck.map(LastCheck::level).orElse(null),
                lastCheck.map(LastCheck::at).orElse(null));
        start.setOnAction(ev -> showSession(e, advice.dose()));
        Label noStart = wrapped("", "detail-no-start");
        noStart.getStyleClass().add(Styles.EMERGENCY_PANEL);
        LastCheck onScreen = checkOnScreen();
        Optional<LastCheck> blocking = LastCheck.blockingFor(e.regions(), entries, engine, onScreen);
        Optional<UrgentStopSign> urgent = UrgentStopSign.standing(entries, StopList.standard(), onScreen == null ? null : onScreen.at());
        if (urgent.isPresent() && (blocking.isEmpty() || !blocking.get().level().isMoreUrgentThan(urgent.get().care()))) {
            noStart.setText(urgentWords(urgent.get()));
        } else if (blocking.isPresent()) {
            boolean here = blocking.get().regions().stream().anyMatch(e.regions()::contains);
            noStart.setText(Messages.get(here ? "exercises.detail.careFirst" : "exercises.detail.emergencyFirst", blocking.get().level().words()));
        } else if (advice.kind() == Progression.Kind.STOP) {
            noStart.setText(Messages.get("exercises.detail.stopped"));
        } else {
            StopList list = StopList.standard();
            Progression.stoppedAtPlace(e, context.exercises(), entries, lastCheck.map(LastCheck::at).orElse(null))
                    .ifPresent(p -> noStart.setText(Messages.get("exercises.detail.stoppedPlace", nameOf(p.exerciseId()),
                            org.popcheck.i18n.LocalFormats.dateTime(p.at()), p.signs().stream().map(list::words).collect(Collectors.joining("; ")))));
        }
        boolean blocked = !noStart.getText().isEmpty();
        start.setDisable(blocked);
        noStart.setVisible(blocked);
        noStart.setManaged(blocked);
        VBox page = new VBox(10, back, name, regions, demo, morningQuestion(e, entries), start, noStart,
                wrapped(advice.reason(), "detail-progression"),
                section("exercises.detail.purpose", e.purpose()),
                section("exercises.detail.equipment", e.equipment()),
                section("exercises.detail.dosage", DoseWords.doseAndFrequency(e) + (e.dosage().isHold() ? ""
                        : "; " + Messages.get("exercises.dosage.tempo", e.dosage().tempo().up(), e.dosage().tempo().hold(), e.dosage().tempo().down()))),
                forYou(e),
                numbered("exercises.detail.steps", e.steps()),
                bullets("exercises.detail.tips", e.tips()),
                section("exercises.detail.mistake", e.mistake()),
                section("exercises.detail.easier", e.easierVersion().map(Exercise.Variant::text).orElse("-")),
                section("exercises.detail.harder", e.harderVersion().map(Exercise.Variant::text).orElse("-")),
                bullets("exercises.stop.own", e.stopIf()),
                StopSigns.node(false));
        page.getStyleClass().add(Styles.PAGE);
        page.setId("detail");
        ScrollPane scroller = new ScrollPane(page);
        scroller.setFitToWidth(true);
        root.getChildren().setAll(scroller);
        start.requestFocus();
    }

    /**
     * What to do now for a session's stop sign that cannot wait, why no session starts, and what lifts it:
     * "Call 112 now. At the end of your session of Bridge on 3 Dec 2026, 09:10 you ticked: Chest pain... ".
     */
    private String urgentWords(UrgentStopSign u) {
        StopList list = StopList.standard();
        String now = u.care() == org.popcheck.triage.Level.EMERGENCY_AMBULANCE
                ? Messages.get("wizard.callnow.title", context.settings().emergencyNumber()) : u.care().words();
        return Messages.get("exercises.detail.stopSignFirst", now, nameOf(u.exerciseId()),
                org.popcheck.i18n.LocalFormats.dateTime(u.at()), u.signs().stream().map(list::words).collect(Collectors.joining("; ")));
    }

    /** The check made in this run of the app (the wizard's latest result), saved or not; null before one. */
    private LastCheck checkOnScreen() {
        Outcome o = context.latestOutcomeProperty().get();
        return o == null ? null : LastCheck.onScreen(o.assessment(), o.result().level(), o.check().plan().careFirst(), o.at());
    }

    /** "How was it the morning after?" for the latest session on an earlier day that has no answer yet; empty otherwise. */
    private VBox morningQuestion(Exercise e, List<JournalEntry> entries) {
        VBox box = new VBox(6);
        box.setId("detail-morning");
        Progression.awaitingMorning(e, entries, LocalDate.now()).ifPresent(entry -> {
            Label question = wrapped(Messages.get("exercises.morning.question",
                    org.popcheck.i18n.LocalFormats.date(entry.at().toLocalDate())), null);
            question.getStyleClass().add(Styles.TITLE_4);
            Label status = wrapped("", "detail-morning-status");
            org.popcheck.ui.common.RoomWhileSaying.bind(status);
            FlowPane answers = new FlowPane(8, 8);
            for (MorningAfter m : MorningAfter.values()) {
                Button b = new Button(Messages.get("exercises.morning." + m.id()));
                b.setId("morning-" + m.id());
                b.setAccessibleText(question.getText() + " " + b.getText());
                b.setWrapText(true);
                b.setOnAction(ev -> {
                    answers.setDisable(true);
                    context.updateInBackground(Progression.answerMorning(entry, e.id(), m), () -> showDetail(e), failure -> {
                        answers.setDisable(false);
                        status.setText(Messages.get("exercises.morning.failed", failure.getMessage()));
                    });
                });
                answers.getChildren().add(b);
            }
            box.getChildren().addAll(question, answers, status);
            box.getStyleClass().add(Styles.QUESTION);
        });
        box.setVisible(!box.getChildren().isEmpty());
        box.setManaged(!box.getChildren().isEmpty());
        return box;
    }

    private void showSession(Exercise e, Exercise.Dosage dose) {
        showSession(new GuidedSession(e, dose));
    }

    private SessionView showSession(GuidedSession guided) {
        stopDemo();
        shownExercise = guided.exercise();
        // Done asks as every other way out does: a finished session not yet saved is not dropped unasked.
        // Done leads to the exercise as the session has it then, in the language in use then.
        SessionView session = new SessionView(context, guided, realClock, v -> mayLeave(v, () -> showDetail(guided.exercise())));
        ScrollPane scroller = new ScrollPane(session);
        scroller.setFitToWidth(true);
        root.getChildren().setAll(scroller);
        session.requestFocus();
        return session;
    }

    /**
     * The navigation's Exercises while this screen is shown: from an exercise's page back to the library,
     * and the library from its top. From a guided session it asks first ({@link LeaveSession}): the sets
     * done so far can be stopped and recorded, left unrecorded, or the session goes on; a session
     * already in the journal is simply left.
     */
    @Override
    public void onChosenAgain() {
        if (sessionView() != null) {
            mayLeave();
            return;
        }
        showLibrary();
        libraryScroller.setVvalue(libraryScroller.getVmin());
    }

    /**
     * Leaving this screen (another entry of the navigation, closing the window) during a guided session
     * asks as the navigation's Exercises does ({@link LeaveSession}): stop and record (the session's end
     * is shown, and the screen stays), leave without recording (the library is shown here next time), or
     * keep going (stay, as it was). A session already in the journal is simply left.
     */
    @Override
    public boolean mayLeave() {
        SessionView session = sessionView();
        return session == null || mayLeave(session, this::showLibrary);
    }

    /**
     * Asks what becomes of {@code session} ({@link LeaveSession}) and acts on the answer: stop and record
     * shows the session's end and stays, keep going stays as it was, and leave ends the session and shows
     * {@code next} (the library, or the exercise's page after Done).
     *
     * @return whether the session was left
     */
    private boolean mayLeave(SessionView session, Runnable next) {
        // The session's clock waits while the question is open, as under any dialog (SessionView).
        switch (LeaveSession.ask(root.getScene() == null ? null : root.getScene().getWindow(), session.session(), session.recorded())) {
            case STOP_AND_RECORD -> {
                session.stopHere();
                return false;
            }
            case STAY -> {
                return false;
            }
            default -> {
                session.dispose();
                next.run();
                return true;
            }
        }
    }

    /**
     * Takes over what the person had on {@code old}, this screen's forerunner before a change of
     * language: the library's filter, the exercise page shown, and a guided session, which goes on
     * here in the new words with what was done and given at its end, paused or not; the old screen's
     * clock stops.
     */
    @Override
    public void takeOver(Screen screen) {
        if (!(screen instanceof ExercisesScreen old)) {
            return;
        }
        filter.setValue(old.filter.getValue());
        SessionView was = old.sessionView();
        if (was != null) {
            was.dispose();
            // The session holds its exercise in the words it was started in: it goes on in this language's.
            context.exercises().find(was.session().exercise().id()).ifPresent(was.session()::inWordsOf);
            SessionView now = showSession(was.session());
            now.carryOver(was);
        } else if (old.shownExercise != null) {
            // the page in the new words: the exercise as this language's library has it
            context.exercises().find(old.shownExercise.id()).ifPresent(this::showDetail);
        }
        old.showLibrary();
    }

    private void showLibrary() {
        shownExercise = null;
        stopDemo();
        showHold();
        refreshSavedPlan();
        root.getChildren().setAll(libraryScroller);
    }

    private void stopDemo() {
        if (demo != null) {
            demo.stop();
            demo = null;
        }
    }

    /** For tests: the session on screen, if any. */
    SessionView sessionView() {
        Node n = root.getChildren().isEmpty() ? null : root.getChildren().get(0);
        return n instanceof ScrollPane sp && sp.getContent() instanceof SessionView v ? v : null;
    }

    /** The person's cautions for this exercise (empty and hidden when none hold). */
    private VBox forYou(Exercise e) {
        VBox box = bullets("exercises.caution.title", cautionsForPerson(e).stream().map(Caution::say).toList());
        box.setId("detail-cautions");
        boolean any = box.getChildren().size() > 1;
        box.setVisible(any);
        box.setManaged(any);
        return box;
    }

    private static VBox section(String key, String text) {
        Label t = new Label(Messages.get(key));
        t.getStyleClass().add(Styles.TITLE_4);
        return new VBox(2, t, wrapped(text, null));
    }

    private static VBox numbered(String key, List<String> lines) {
        Label t = new Label(Messages.get(key));
        t.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(2, t);
        for (int i = 0; i < lines.size(); i++) {
            box.getChildren().add(wrapped((i + 1) + ". " + lines.get(i), null));
        }
        return box;
    }

    private static VBox bullets(String key, List<String> lines) {
        Label t = new Label(Messages.get(key));
        t.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(2, t);
        lines.forEach(l -> box.getChildren().add(wrapped("\u2022 " + l, null)));
        return box;
    }

    private static Label wrapped(String text, String id) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (id != null) {
            l.setId(id);
        }
        return l;
    }
}
