package org.popcheck.testsupport;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.common.EveryWindow;
import org.popcheck.ui.common.Theme;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window of the test's own, given back after each test: the primary stage is shared with the other
 * screen tests and would keep the sizes, scales and screens set here. After each test any dialog left
 * open is cancelled, the language is English again and, where the window was made, it is closed and
 * the user-agent sheet is the one from before (the next test class expects its own); a pretended
 * screen and the windows' following of the settings are undone where {@link #onScreen} set them.
 *
 * <pre>
 * &#64;ExtendWith(ApplicationExtension.class)
 * class SomeScreenTest {
 *     &#64;RegisterExtension
 *     final OwnWindow own = OwnWindow.shown();
 *     ...  robot.interact(() -&gt; own.show(root, 1024, 600, settings));
 * </pre>
 *
 * Registered on a field, it runs after TestFX's {@code @Start} and gives back before TestFX cleans up;
 * a {@code @Start} method may still ask for {@link #stage()}, which is then made there.
 */
public final class OwnWindow implements BeforeEachCallback, AfterEachCallback {

    private final boolean showAtStart;
    private Stage stage;
    private String sheet;
    private boolean pretended;

    private OwnWindow(boolean showAtStart) {
        this.showAtStart = showAtStart;
    }

    /** A window shown (empty) before each test: for tests that set a scene and expect it on screen. */
    public static OwnWindow shown() {
        return new OwnWindow(true);
    }

    /** A window the test shows itself, when it has a scene; made only if the test asks for it. */
    public static OwnWindow hidden() {
        return new OwnWindow(false);
    }

    /** This test's window, made (with the sheet to give back taken) the first time it is asked for. */
    public Stage stage() {
        if (stage == null) {
            onFx(() -> {
                sheet = Application.getUserAgentStylesheet();
                stage = new Stage();
            });
        }
        return stage;
    }

    /** On the FX thread: {@code root} in a {@code width} x {@code height} scene dressed with {@code settings}, shown. */
    public Scene show(Parent root, int width, int height, Settings settings) {
        Stage window = stage(); // first: the sheet to give back is the one before this test's theme
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene, settings);
        window.setScene(scene);
        window.show();
        return scene;
    }

    /**
     * On the FX thread: the window as the app opens it on a screen of {@code width} x {@code height}
     * (pretended), at the top left, dressed with the context's settings and following their changes,
     * as every window of the app does. {@code content} is made after the screen is pretended.
     */
    public Scene onScreen(AppContext context, int width, int height, Supplier<Parent> content) {
        Stage window = stage(); // first: the sheet to give back is the one before this test's theme
        Settings settings = context.settings();
        EveryWindow.pretendScreenArea(new Rectangle2D(0, 0, width, height));
        pretended = true;
        Theme.applyUserAgent(settings);
        Scene scene = new Scene(content.get(), width, height);
        Theme.apply(scene, settings);
        window.setScene(scene);
        window.setX(0);
        window.setY(0);
        EveryWindow.follow(context.settingsProperty());
        return scene;
    }

    /**
     * On the FX thread: {@code root}, shown until now in {@code shared} (the primary stage, which keeps
     * its size for the next test), moved into this window in a {@code width} x {@code height} scene and
     * shown. The scene gets no theme here: the test dresses it as it needs.
     */
    public Stage takeFrom(Stage shared, Parent root, int width, int height) {
        Stage window = stage();
        shared.getScene().setRoot(new Pane());
        window.setScene(new Scene(root, width, height));
        window.show();
        return window;
    }

    /** The first dialog shown over this window (a window whose root is a dialog pane), or null. */
    public Window dialog() {
        return dialogs().stream().findFirst().orElse(null);
    }

    private List<Window> dialogs() {
        return Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .toList();
    }

    /** On the FX thread: answers every dialog still open with its cancel button, as a test that stopped midway leaves one. */
    public void closeDialogs() {
        for (Window w : dialogs()) {
            DialogPane pane = (DialogPane) w.getScene().getRoot();
            pane.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst()
                    .ifPresent(t -> ((Button) pane.lookupButton(t)).fire());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (showAtStart) {
            onFx(stage()::show);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        onFx(() -> {
            closeDialogs();
            if (pretended) {
                EveryWindow.pretendScreenArea(null);
                EveryWindow.stopFollowing(); // the next test's windows keep their own look and size
            }
            Messages.setLanguage(Language.EN);
            if (stage != null) {
                Application.setUserAgentStylesheet(sheet);
                stage.close();
            }
        });
        stage = null;
        sheet = null;
        pretended = false;
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
            return;
        }
        try {
            WaitForAsyncUtils.asyncFx(r).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
