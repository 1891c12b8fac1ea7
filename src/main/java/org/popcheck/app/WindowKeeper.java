package org.popcheck.app;

import java.io.IOException;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.popcheck.settings.SettingsStore;
import org.popcheck.settings.WindowPlacement;
import org.popcheck.ui.common.EveryWindow;

/**
 * Opens the main window where it was, fitted into the screen it opens on (or centred at a size the
 * screen can hold), and remembers every move and resize shortly after it happens, so the place is
 * kept even when the app does not close normally.
 */
final class WindowKeeper {

    /** A drag sends many moves; the file is written once they have stopped this long. */
    static final Duration QUIET = Duration.millis(600);

    private WindowKeeper() {}

    static void place(Stage stage, Optional<WindowPlacement> remembered) {
        WindowPlacement p = remembered
                .map(r -> {
                    Rectangle2D area = EveryWindow.usableArea(r.x(), r.y(), r.width(), r.height());
                    return r.fittedInto(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
                })
                .orElseGet(() -> {
                    Rectangle2D area = EveryWindow.usableArea(Double.NaN, Double.NaN, 0, 0);
                    return WindowPlacement.centredIn(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
                });
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMaximized(p.maximized());
    }

    /** Saves the window's place a moment after each change, and once more when it is closed. */
    static void rememberChanges(Stage stage, SettingsStore store) {
        PauseTransition quiet = new PauseTransition(QUIET);
        quiet.setOnFinished(e -> save(stage, store));
        InvalidationListener changed = o -> quiet.playFromStart();
        stage.xProperty().addListener(changed);
        stage.yProperty().addListener(changed);
        stage.widthProperty().addListener(changed);
        stage.heightProperty().addListener(changed);
        stage.maximizedProperty().addListener(changed);
        stage.setOnCloseRequest(e -> {
            quiet.stop();
            save(stage, store);
        });
    }

    static void save(Stage stage, SettingsStore store) {
        if (stage.isIconified()) {
            return; // a minimised window's place is not a place to open at
        }
        try {
            store.saveWindow(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        } catch (IOException ignored) {
            // Losing the window's position is not worth a message.
        }
    }
}
