package org.popcheck.ui.exercises;

import javafx.scene.layout.StackPane;
import org.popcheck.exercise.GuidedSession;
import org.popcheck.exercise.figure.FigureArt;
import org.popcheck.exercise.figure.Movements;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;

/**
 * The demonstration figure beside the guided session's dial, moving in step with the cue: out on
 * "Up", still on "Hold", back on "Down", so a person can follow it rep by rep. With reduced motion
 * it shows the position the cue asks for without moving in between.
 */
final class SessionFigure extends StackPane {

    private final GuidedSession session;
    private final boolean reducedMotion;
    private final FigureCanvas canvas;

    SessionFigure(GuidedSession session, Settings.Theme theme, boolean reducedMotion) {
        this.session = session;
        this.reducedMotion = reducedMotion;
        setId("session-figure");
        setAccessibleText(Messages.get("exercises.demo.accessible", session.exercise().name()));
        canvas = Movements.of(session.exercise().id()).map(m -> new FigureCanvas(m, theme, 260, 160)).orElse(null);
        if (canvas != null) {
            getChildren().add(canvas);
        }
        refresh();
    }

    /** Redraws for the session's moment; called whenever the session view refreshes. */
    void refresh() {
        if (canvas == null) {
            return;
        }
        double position = session.figurePosition();
        if (reducedMotion) {
            position = position < 0.5 ? 0 : 1;
        }
        GuidedSession.Cue cue = session.cue();
        FigureArt.Arrow arrow = cue == GuidedSession.Cue.UP ? FigureArt.Arrow.TO_END
                : cue == GuidedSession.Cue.DOWN ? FigureArt.Arrow.TO_START : FigureArt.Arrow.NONE;
        canvas.show(position, arrow);
    }

    /** The dial and the figure side by side, centred, so the figure costs no height on a small screen. */
    static javafx.scene.Node besideDial(javafx.scene.Node dial, SessionFigure figure) {
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(24, dial, figure);
        row.setAlignment(javafx.geometry.Pos.CENTER);
        return row;
    }

    /** Where the figure is drawn now, 0 (start) to 1 (end), for tests. */
    double position() {
        return session.figurePosition();
    }
}
