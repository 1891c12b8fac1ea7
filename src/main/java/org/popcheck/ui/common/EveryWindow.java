package org.popcheck.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.popcheck.settings.Settings;
import org.popcheck.settings.WindowPlacement;

/**
 * Gives every window the application opens (the main window, dialogs, alerts) the person's theme
 * and text size, and keeps each one inside the screen it opens on. Done once for all windows,
 * because a dialog made anywhere in the code would otherwise be missed.
 */
public final class EveryWindow {

    private static ObservableValue<Settings> source;
    /** Whether the list of windows is watched (once, for good). */
    private static boolean listening;
    private static final ChangeListener<Settings> RESTYLE = (obs, old, now) -> {
        for (Window w : Window.getWindows().toArray(new Window[0])) {
            dress(w, now);
        }
    };
    /** Set by tests to stand for a small screen; null means the real screens. */
    private static Rectangle2D pretendArea;

    private EveryWindow() {}

    /**
     * From now on, each window shown gets {@code settings}' look and is kept on its screen, and all
     * open windows follow when the settings change. A later call replaces the settings followed.
     * Call on the JavaFX thread.
     */
    public static void follow(ObservableValue<Settings> settings) {
        if (!listening) {
            listening = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    for (Window w : change.getAddedSubList()) {
                        if (source != null) {
                            dress(w, source.getValue());
                        }
                    }
                }
            });
        } else if (source != null) {
            source.removeListener(RESTYLE);
        }
        source = settings;
        settings.addListener(RESTYLE);
        RESTYLE.changed(settings, null, settings.getValue());
    }

    /**
     * For tests: stops following the settings given to {@link #follow}; windows shown from now on are
     * left as they are, as before the first call. A test that followed a context of its own ends
     * with this, so that the next test's windows do not get that context's look and screen.
     */
    public static void stopFollowing() {
        if (source != null) {
            source.removeListener(RESTYLE);
        }
        source = null;
    }

    /** For tests: treat every screen as this usable area (say 1024 x 600), or the real ones again with null. */
    public static void pretendScreenArea(Rectangle2D area) {
        pretendArea = area;
    }

    private static void dress(Window w, Settings settings) {
        if (w.getScene() == null || settings == null) {
            return;
        }
        if (w.getScene().getRoot() instanceof DialogPane pane) {
            nameStandardButtons(pane);
        }
        boolean changed = !Theme.matches(w.getScene(), settings);
        Theme.apply(w.getScene(), settings);
        if (w instanceof javafx.stage.PopupWindow) {
            // A pop-up (a choice box's list, a menu, a tooltip) sizes itself to its content, and JavaFX
            // keeps it on the screen. Sized here from the content before its new look was laid out, the
            // theme box's list at twice the text size was cut at its right and bottom edges, its frame
            // and the end of "High contrast" gone (plainest in the dark theme, whose list has the widest edge).
            return;
        }
        // The main window keeps the size the person gave it; a dialog is sized anew for its text.
        // Both happen once the window is up: while it is being shown it has no size or place yet.
        boolean resize = changed && !(w instanceof Stage s && s.getOwner() == null);
        Platform.runLater(() -> whenSized(w, () -> {
            if (resize && w.isShowing()) {
                fitToContent(w);
            }
            keepOnScreen(w);
        }));
        keptOnScreenWhenResized(w);
    }

    /**
     * A dialog that grows after it is shown (GTK applies a size a moment later, content arrives)
     * is brought back onto its screen each time: a 658 px dialog on a 600 px screen hid its Save
     * button. The main window is left to the person.
     */
    private static void keptOnScreenWhenResized(Window w) {
        if (w instanceof Stage s && s.getOwner() == null || w.getProperties().containsKey(KEPT_ON_SCREEN)) {
            return;
        }
        w.getProperties().put(KEPT_ON_SCREEN, Boolean.TRUE);
        javafx.beans.InvalidationListener clamp = o -> Platform.runLater(() -> keepOnScreen(w));
        w.widthProperty().addListener(clamp);
        w.heightProperty().addListener(clamp);
    }

    private static final Object KEPT_ON_SCREEN = new Object();

    /**
     * Runs {@code work} now if the window has a size and a place, else once it has them: a dialog
     * being shown on a real display may get them a moment later, and sizing it from "no size" asked
     * GTK for a window of width 0 and left a dialog taller than a 1024 x 600 screen, its Save button
     * off the bottom (found in the new-user trial).
     */
    static void whenSized(Window w, Runnable work) {
        if (hasBounds(w)) {
            work.run();
            return;
        }
        javafx.beans.InvalidationListener[] once = new javafx.beans.InvalidationListener[1];
        once[0] = o -> {
            if (hasBounds(w)) {
                w.widthProperty().removeListener(once[0]);
                w.heightProperty().removeListener(once[0]);
                w.xProperty().removeListener(once[0]);
                w.yProperty().removeListener(once[0]);
                Platform.runLater(work);
            }
        };
        w.widthProperty().addListener(once[0]);
        w.heightProperty().addListener(once[0]);
        w.xProperty().addListener(once[0]);
        w.yProperty().addListener(once[0]);
    }

    static boolean hasBounds(Window w) {
        return Double.isFinite(w.getX() + w.getY() + w.getWidth() + w.getHeight()) && w.getWidth() > 0 && w.getHeight() > 0
                && w.getScene() != null && w.getScene().getWidth() > 0 && w.getScene().getHeight() > 0;
    }

    /**
     * OK, Cancel, Close, Yes and No in the app's language: JavaFX names them from the system locale
     * when it first loads, which is not the language chosen in Settings.
     */
    private static void nameStandardButtons(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = type == ButtonType.OK ? "common.button.ok"
                    : type == ButtonType.CANCEL ? "common.button.cancel"
                    : type == ButtonType.CLOSE ? "common.button.close"
                    : type == ButtonType.YES ? "common.button.yes"
                    : type == ButtonType.NO ? "common.button.no" : null;
            if (key != null && pane.lookupButton(type) instanceof javafx.scene.control.Button button) {
                button.setText(org.popcheck.i18n.Messages.get(key));
                // The button bar sized it for JavaFX's own word: "Abbrec..." otherwise.
                Styles.keepWhole(button);
                button.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            }
        }
    }

    /** Sizes a window to what its content asks for at the current text size (its frame kept). */
    private static void fitToContent(Window w) {
        Parent root = w.getScene().getRoot();
        if (root instanceof DialogPane pane) {
            // A dialog's buttons were measured at the old text size: "C..." at twice the size.
            for (ButtonType type : pane.getButtonTypes()) {
                if (pane.lookupButton(type) instanceof javafx.scene.layout.Region button) {
                    Styles.keepWhole(button);
                    button.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
                }
            }
        }
        root.applyCss();
        double width = root.prefWidth(-1);
        double height = root.prefHeight(width);
        double frameWidth = w.getWidth() - w.getScene().getWidth();
        double frameHeight = w.getHeight() - w.getScene().getHeight();
        if (!(width > 0 && height > 0 && Double.isFinite(frameWidth + frameHeight))) {
            return; // nothing sensible to size to: keep the size the window has
        }
        w.setWidth(Math.ceil(width + frameWidth));
        w.setHeight(Math.ceil(height + frameHeight));
    }

    /** Shrinks and moves a window so that all of it lies on the screen that holds most of it. */
    public static void keepOnScreen(Window w) {
        if (!w.isShowing() || w instanceof Stage s && (s.isMaximized() || s.isFullScreen())
                || !Double.isFinite(w.getX() + w.getY() + w.getWidth() + w.getHeight())) {
            return;
        }
        Rectangle2D area = usableArea(w.getX(), w.getY(), w.getWidth(), w.getHeight());
        WindowPlacement fitted = new WindowPlacement(w.getX(), w.getY(), w.getWidth(), w.getHeight(), false)
                .fittedInto(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        if (fitted.width() < w.getWidth()) {
            w.setWidth(fitted.width());
        }
        if (fitted.height() < w.getHeight()) {
            w.setHeight(fitted.height());
            // GTK is asked for a new height with a width of 0 when only the height changes, and
            // refuses ("gtk_window_resize: assertion 'width > 0' failed"): the window stayed taller
            // than the screen. Giving the width too, in a second request, makes both reach it.
            double width = w.getWidth();
            w.setWidth(width - 1);
            w.setWidth(width);
        }
        if (fitted.x() != w.getX()) {
            w.setX(fitted.x());
        }
        if (fitted.y() != w.getY()) {
            w.setY(fitted.y());
        }
    }

    /** The usable area (without task bars) of the screen that holds most of the rectangle, or the main screen. */
    public static Rectangle2D usableArea(double x, double y, double width, double height) {
        if (pretendArea != null) {
            return pretendArea;
        }
        Screen screen = Screen.getPrimary();
        if (Double.isFinite(x) && Double.isFinite(y) && width > 0 && height > 0) {
            var screens = Screen.getScreensForRectangle(x, y, width, height);
            if (!screens.isEmpty()) {
                screen = screens.get(0);
            }
        }
        return screen.getVisualBounds();
    }
}
