package org.popcheck.ui.exercises;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import org.popcheck.exercise.GuidedSession;
import org.popcheck.exercise.Progression;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.common.PainScale;
import org.popcheck.ui.common.Styles;

/**
 * The guided session on screen: what to do now in big words, the count, a progress ring, pause and
 * stop (Space and Escape), and at the end the pain question and Save. Time comes from an animation
 * timer, or from the caller in tests ({@link #advance}).
 */
final class SessionView extends VBox {

    private final AppContext context;
    private final GuidedSession session;
    private final Label what = new Label();
    private final Label count = new Label();
    private final Label seconds = new Label();
    /** The ring's radius in lines of text: it grows with the text size, so its words stay inside. */
    static final double RING_RADIUS_EM = 5;
    /**
     * The words inside the ring may use this share of its inner width: they sit across its middle, where
     * the circle is widest, so a word such as "Beendet" fits whole at 1x text rather than breaking.
     */
    private static final double WORDS_SHARE = 0.9;
    private final Arc ring = new Arc(0, 0, 70, 70, 90, 0);
    private final Button pause = new Button();
    private final Button stop = new Button(Messages.get("exercises.session.stop"));
    private final VBox end = new VBox(10);
    private final Label status = new Label();
    /** Whether the session is in the journal, or on its way there: replaced by the view before it after a change of language. */
    private SessionSave save = new SessionSave();
    private final javafx.beans.value.ChangeListener<SessionSave.State> saveWatch = (o, was, now) -> showSave();
    private Button saveButton;
    private Button doneButton;
    /** The stop signs the person noticed, ticked at the end. */
    private StopSignTicks stopSigns;
    /** The pain question's slider, focused when the session is stopped from outside. */
    private Slider pain;
    /** The pain question's answer: not answered until the person moves or clicks the slider. */
    private final PainAnswer painAnswer = new PainAnswer();
    /** The slider's look while the question is not answered: its thumb faint, so no number reads as given. */
    private static final javafx.css.PseudoClass UNANSWERED = javafx.css.PseudoClass.getPseudoClass("unanswered");
    private final AnimationTimer timer;
    private final SessionFigure figure;
    /**
     * The clock waits while any dialog is open over this session's window (the question on leaving,
     * the settings, the navigation's quick log): the person cannot follow the exercise then. Watching
     * the windows, rather than each place that opens one, holds for a dialog added later too.
     */
    private final javafx.collections.ListChangeListener<javafx.stage.Window> dialogsWatch = change -> holdWhileADialogIsOpen();
    /** Lets the clock run again as it was before a dialog opened; null while no dialog holds it. */
    private Runnable afterDialogs;
    /** The general stop list under the controls; hidden at the end, where the tick list names the same signs. */
    private final javafx.scene.Node stopIf;

    /** @param onClose Done was chosen: asks before leaving a session not yet saved, and ends this view if it leaves */
    SessionView(AppContext context, GuidedSession session, boolean realClock, Consumer<SessionView> onClose) {
        super(14);
        this.context = context;
        this.session = session;
        setId("session");
        getStyleClass().add(Styles.PAGE);
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label(Messages.get("exercises.session.title", session.exercise().name()));
        title.getStyleClass().add(Styles.TITLE_2);
        title.setId("session-title");
        what.setId("session-what");
        what.getStyleClass().add(Styles.TITLE_3);
        what.setWrapText(true);
        what.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        what.setAlignment(Pos.CENTER);
        count.setId("session-count");
        count.getStyleClass().add(Styles.TITLE_4);
        seconds.setId("session-seconds");
        // the label spans the ring's inner width, so its words must be centred in it, not set at its left
        seconds.setAlignment(Pos.CENTER);
        seconds.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        ring.setType(ArcType.OPEN);
        ring.getStyleClass().add("pc-ring");
        ring.setStrokeWidth(10);
        ring.setFill(null);
        ring.setStyle("-fx-stroke: -color-accent-emphasis;");
        Circle track = new Circle(0, 0, 70);
        // Ring and words follow the text size: the words wrap inside the ring, never over it.
        seconds.fontProperty().addListener((o, a, f) -> sizeDial(track));
        what.fontProperty().addListener((o, a, f) -> sizeDial(track));
        sizeDial(track);
        track.setFill(null);
        track.setStrokeWidth(10);
        track.setStyle("-fx-stroke: -color-border-muted;");
        // Track and arc share one centre in a group, so the ring sits on its track at any progress.
        VBox centre = new VBox(2, what, seconds);
        centre.setAlignment(Pos.CENTER);
        StackPane dial = new StackPane(new Group(track, ring), centre);
        dial.setAccessibleText(Messages.get("exercises.session.progress.accessible"));
        pause.setId("session-pause");
        pause.setOnAction(e -> togglePause());
        stop.setId("session-stop");
        stop.setAccessibleText(stop.getText());
        stop.setOnAction(e -> {
            session.stop();
            refresh();
        });
        Label keys = new Label(Messages.get("exercises.session.keys"));
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        stopIf = StopSigns.node(true);
        buildEnd(onClose);
        watch(save);
        figure = new SessionFigure(session, context.settings().theme(), context.settings().reducedMotion());
        title.setWrapText(true);
        keys.setWrapText(true);
        // Whole words on both buttons; on a narrow screen at large text Stop goes under Pause.
        Styles.keepWhole(pause, stop);
        FlowPane buttons = new FlowPane(10, 10, pause, stop);
        getChildren().addAll(title, SessionFigure.besideDial(dial, figure), count, buttons, keys, end, stopIf);
        // Space and Escape work as the screen says from the start, wherever the focus is in the
        // window (not only once Pause or Stop has been clicked): the keys are taken at the window.
        javafx.event.EventHandler<KeyEvent> keysHandler = this::onKey;
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keysHandler);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keysHandler);
            }
        });
        timer = realClock ? new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last > 0) {
                    advance(java.time.Duration.ofNanos(now - last));
                }
                last = now;
            }
        } : null;
        if (timer != null) {
            timer.start();
        }
        javafx.stage.Window.getWindows().addListener(dialogsWatch);
        refresh();
    }

    private void holdWhileADialogIsOpen() {
        boolean open = aDialogIsOpen();
        if (open && afterDialogs == null) {
            afterDialogs = hold();
        } else if (!open && afterDialogs != null) {
            afterDialogs.run();
            afterDialogs = null;
        }
    }

    /** Whether a dialog is shown over this session: a window owned by its window, or one that blocks every window. */
    private boolean aDialogIsOpen() {
        javafx.stage.Window mine = getScene() == null ? null : getScene().getWindow();
        return mine != null && javafx.stage.Window.getWindows().stream().anyMatch(w -> w != mine && w.isShowing()
                && w instanceof javafx.stage.Stage s && (s.getModality() == javafx.stage.Modality.APPLICATION_MODAL || ownedBy(s, mine)));
    }

    private static boolean ownedBy(javafx.stage.Stage stage, javafx.stage.Window owner) {
        for (javafx.stage.Window w = stage.getOwner(); w != null; w = w instanceof javafx.stage.Stage s ? s.getOwner() : null) {
            if (w == owner) {
                return true;
            }
        }
        return false;
    }

    private void buildEnd(Consumer<SessionView> onClose) {
        Label question = new Label(Messages.get("exercises.session.painQuestion"));
        question.getStyleClass().add(Styles.TITLE_4);
        pain = PainScale.slider("session-pain", 0, Messages.get("exercises.session.painAccessible"));
        pain.setMaxWidth(360);
        // The slider has to start somewhere; where it starts is not an answer. Moving it, clicking it or a key on it
        // (so a 0 can be given where the thumb already is) answers; "Not answered" says so until then.
        pain.valueProperty().addListener((o, was, now) -> painAnswer.answer(now.doubleValue()));
        pain.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> painAnswer.answer(pain.getValue()));
        pain.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode().isArrowKey() || e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END || e.getCode().isDigitKey()) {
                painAnswer.answer(pain.getValue());
            }
        });
        Label painState = new Label();
        painState.setId("session-pain-state");
        painState.textProperty().bind(painAnswer.words());
        painState.setWrapText(true);
        pain.pseudoClassStateChanged(UNANSWERED, true);
        Button skipPain = new Button(Messages.get("exercises.session.painSkip"));
        skipPain.setId("session-pain-skip");
        skipPain.setAccessibleText(skipPain.getText());
        skipPain.setOnAction(e -> painAnswer.clear());
        skipPain.disableProperty().bind(painAnswer.valueProperty().isNull());
        painAnswer.valueProperty().addListener((o, was, now) -> {
            pain.pseudoClassStateChanged(UNANSWERED, now == null);
            pain.setAccessibleHelp(painAnswer.words().get());
        });
        pain.setAccessibleHelp(painAnswer.words().get());
        // beside the slider, not under it: the end's Save stays in view at 1000 by 800
        painState.setMaxWidth(280);
        // When the row is short of room (twice the text, a small screen) the words beside the slider wrap
        // onto more lines; the button keeps its width, which squeezed had cut its words to "Leave unansw..."
        skipPain.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox painLine = new HBox(12, pain, painState, skipPain);
        painLine.setAlignment(Pos.CENTER);
        // Which signs of the general stop list were noticed is kept with the session, for the clinician's
        // summary; any of them makes the progression say stop and check again.
        stopSigns = new StopSignTicks(org.popcheck.exercise.StopList.standard(), context.settings().emergencyNumber());
        Button save = new Button(Messages.get("exercises.session.save"));
        saveButton = save;
        save.setId("session-save");
        save.setAccessibleText(save.getText());
        save.getStyleClass().add(Styles.ACCENT);
        Button done = new Button(Messages.get("exercises.session.done"));
        doneButton = done;
        done.setId("session-done");
        done.setAccessibleText(done.getText());
        // Leaving is the screen's to decide: a session not yet saved asks first, as every way out does.
        done.setOnAction(e -> onClose.accept(this));
        org.popcheck.ui.common.StatusLine.dress(status, "session-status");
        save.setOnAction(e -> {
            if (context.journal().readOnly()) {
                status.setText(Messages.get("exercises.session.readOnly"));
                return;
            }
            JournalEntry entry = entry();
            // Until the journal has it, Done waits and says so: left now, the session would read as not saved.
            SessionSave saving = this.save;
            saving.started();
            context.saveInBackground(entry, saving::saved, saving::failed);
        });
        end.getChildren().addAll(question, painLine, stopSigns, new HBox(10, save, done), status);
        end.setAlignment(Pos.CENTER);
        end.setId("session-end");
    }

    /** The session as the journal keeps it, with the pain and the signs given at its end. */
    private JournalEntry entry() {
        return new JournalEntry(UUID.randomUUID().toString(), OffsetDateTime.now(), null, null, null, null,
                List.of(), List.of(), "", false, List.of(session.result(painAnswer.value(), stopSigns.ticked())), null);
    }

    /** Save, Done and the status line as the save stands, in the language in use. */
    private void showSave() {
        SessionSave.State state = save.state();
        saveButton.setDisable(state != SessionSave.State.NOT_SAVED);
        doneButton.setDisable(state == SessionSave.State.SAVING);
        switch (state) {
            case SAVING -> status.setText(Messages.get("exercises.session.saving"));
            case SAVED -> status.setText(savedWords());
            case NOT_SAVED -> {
                if (save.failure() != null) {
                    status.setText(Messages.get("exercises.session.saveFailed", save.failure().getMessage()));
                }
            }
        }
    }

    /** "Saved", after what cannot wait and with the progression's advice when a sign or the pain calls for it. */
    private String savedWords() {
        String saved = Messages.get("exercises.session.saved");
        String advice = !stopSigns.ticked().isEmpty() || (painAnswer.answered() && painAnswer.value() >= Progression.STOP_AT)
                ? saved + " " + Progression.advise(session.exercise(), List.of(entry()), null, null).reason() : saved;
        // what cannot wait comes first
        return stopSigns.urgentAdvice().isEmpty() ? advice : stopSigns.urgentAdvice() + " " + advice;
    }

    private void onKey(KeyEvent e) {
        if (session.phase() == GuidedSession.Phase.FINISHED || !isVisible()) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            togglePause();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            session.stop();
            refresh();
            e.consume();
        }
    }

    /**
     * Sizes the ring for the text size and the language: {@link #RING_RADIUS_EM} lines of text, or
     * more when the longest word it can hold would not fit across it ("Prepárese" at twice the text
     * size broke inside the word). Words may wrap between them, never inside one.
     */
    private void sizeDial(Circle track) {
        double widest = Math.max(widestWord(ringWords(), what.getFont()), widestWord(ringNumbers(), seconds.getFont()));
        double needed = (widest + WORD_ROOM) / WORDS_SHARE / 2 + ring.getStrokeWidth();
        double r = Math.max(RING_RADIUS_EM * seconds.getFont().getSize(), needed);
        track.setRadius(r);
        ring.setRadiusX(r);
        ring.setRadiusY(r);
        double inner = 2 * (r - ring.getStrokeWidth()) * WORDS_SHARE;
        what.setMaxWidth(inner);
        seconds.setMaxWidth(inner);
    }

    /** Spare room beside the widest word, px: its measured width is rounded, the label's is not. */
    private static final double WORD_ROOM = 4;

    /** Every word the ring can show in big letters, in the language in use: phases, cues and activities. */
    static List<String> ringWords() {
        List<String> words = new java.util.ArrayList<>();
        for (String key : List.of("getReady", "rest", "done", "stoppedShort", "paused", "holdTimer")) {
            words.add(Messages.get("exercises.session." + key));
        }
        for (GuidedSession.Cue cue : GuidedSession.Cue.values()) {
            words.add(Messages.get("exercises.session." + cue.name().toLowerCase(java.util.Locale.ROOT)));
        }
        Messages.bundle("exercises").keySet().stream().filter(k -> k.startsWith("exercises.session.activity.")).sorted()
                .forEach(k -> words.add(Messages.get(k)));
        return words;
    }

    /** The lines under the word in the ring at their widest: the rep, the seconds, the minutes of a walk. */
    static List<String> ringNumbers() {
        return List.of(Messages.get("exercises.session.rep", 88, 88), Messages.get("exercises.session.seconds", 888),
                Messages.get("exercises.session.clock", 88, 88));
    }

    /** The width of the widest single word of {@code texts} in {@code font}, px. */
    static double widestWord(List<String> texts, javafx.scene.text.Font font) {
        double widest = 0;
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(font);
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                measure.setText(word);
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
        }
        return widest;
    }

    /** Moves the session's clock on and redraws: called by the timer, or by tests. */
    void advance(java.time.Duration elapsed) {
        session.tick(elapsed);
        refresh();
    }

    private void togglePause() {
        session.togglePause();
        refresh();
    }

    private void refresh() {
        GuidedSession.Phase phase = session.phase();
        boolean finished = phase == GuidedSession.Phase.FINISHED;
        String word = switch (phase) {
            case GET_READY -> Messages.get("exercises.session.getReady");
            case REST -> Messages.get("exercises.session.rest");
            case FINISHED -> Messages.get(session.stoppedEarly() ? "exercises.session.stoppedShort" : "exercises.session.done");
            case WORK -> session.cue() != null ? Messages.get("exercises.session." + session.cue().name().toLowerCase(java.util.Locale.ROOT))
                    : session.dosage().isActivity() ? Messages.get("exercises.session.activity." + session.dosage().activity().id())
                    : Messages.get("exercises.session.holdTimer");
        };
        what.setText(session.isPaused() ? Messages.get("exercises.session.paused") : word);
        boolean counting = phase == GuidedSession.Phase.WORK && session.cue() != null;
        // Inside the ring: the cue with the rep it belongs to ("Up", "Rep 3 of 12"). The seconds of
        // the whole set go below, where they cannot read as "go up for 55 s".
        seconds.setText(finished ? "" : counting ? Messages.get("exercises.session.rep",
                Math.min(session.repsDone() + 1, session.dosage().reps()), session.dosage().reps())
                : timeLeft());
        count.setText(countLine(phase, counting));
        if (finished && session.stoppedEarly()) {
            status.setText(Messages.get("exercises.session.stopped"));
        }
        figure.refresh();
        ring.setLength(-360 * session.progress());
        pause.setText(Messages.get(session.isPaused() ? "exercises.session.resume" : "exercises.session.pause"));
        pause.setAccessibleText(pause.getText());
        pause.setDisable(finished);
        stop.setDisable(finished);
        end.setVisible(finished);
        end.setManaged(finished);
        // at the end the tick list names the same signs, so the list under the controls would say them twice
        stopIf.setVisible(!finished);
        stopIf.setManaged(!finished);
        if (finished && timer != null) {
            timer.stop();
        }
    }

    /** Seconds left in the phase; minutes and seconds ("4:59") while an activity such as a walk runs. */
    private String timeLeft() {
        int left = session.secondsLeft();
        return session.phase() == GuidedSession.Phase.WORK && session.dosage().isActivity()
                ? Messages.get("exercises.session.clock", left / 60, left % 60) : Messages.get("exercises.session.seconds", left);
    }

    /** The line under the ring: the set (during a rest, the one to come), the side, and with a counted rep the time left in the set; for a single walk how and how long ("A 5-minute walk at an easy pace"). */
    private String countLine(GuidedSession.Phase phase, boolean counting) {
        if (phase == GuidedSession.Phase.FINISHED) {
            return "";
        }
        if (session.dosage().isActivity() && session.totalSets() == 1) {
            // the ring holds one short word; how to walk and for how long goes here
            return org.popcheck.exercise.DoseWords.dose(session.dosage());
        }
        StringBuilder c = new StringBuilder(Messages.get(phase == GuidedSession.Phase.REST ? "exercises.session.nextSet" : "exercises.session.set",
                session.setAsCounted(), session.setsAsCounted()));
        if (session.side() != null) {
            c.append(" \u00b7 ").append(Messages.get("exercises.session.side." + session.side()));
        }
        if (counting) {
            c.append(" \u00b7 ").append(Messages.get("exercises.session.setSecondsLeft", session.secondsLeft()));
        }
        return c.toString();
    }

    /**
     * Whether the session is in the journal or on its way there: either way leaving it loses nothing,
     * so the question on leaving is not asked (Done itself waits for a save under way).
     */
    boolean recorded() {
        return save.state() != SessionSave.State.NOT_SAVED;
    }

    /** Stops the session where it is and shows its end, with the focus on the pain question. */
    void stopHere() {
        session.stop();
        refresh();
        pain.requestFocus();
    }

    /**
     * Holds the clock while the person is asked something, and gives back a way to let it run again
     * as it was: a session already paused stays paused.
     */
    private Runnable hold() {
        boolean wasPaused = session.isPaused();
        if (!wasPaused && session.phase() != GuidedSession.Phase.FINISHED) {
            togglePause();
        }
        return () -> {
            if (!wasPaused && session.isPaused()) {
                togglePause();
            }
        };
    }

    /**
     * Takes what {@code old}, the same session's view in the language before, held beyond the session:
     * saved or not, and all the person gave at the end (the pain, the stop signs ticked).
     */
    void carryOver(SessionView old) {
        pain.setValue(old.pain.getValue());
        // moving the slider above answered: the answer is the old view's, answered or not
        if (old.painAnswer.answered()) {
            painAnswer.answer(old.painAnswer.value());
        } else {
            painAnswer.clear();
        }
        stopSigns.tick(old.stopSigns.ticked());
        // the same save, under way or done, now shown here in the new words
        watch(old.save);
        if (save.state() != SessionSave.State.NOT_SAVED || save.failure() != null) {
            showSave();
        }
    }

    private void watch(SessionSave s) {
        save.stateProperty().removeListener(saveWatch);
        save.left(this);
        save = s;
        save.stateProperty().addListener(saveWatch);
        save.shownBy(this);
    }

    void dispose() {
        if (timer != null) {
            timer.stop();
        }
        javafx.stage.Window.getWindows().removeListener(dialogsWatch);
        save.stateProperty().removeListener(saveWatch);
        save.left(this);
    }

    GuidedSession session() {
        return session;
    }
}
