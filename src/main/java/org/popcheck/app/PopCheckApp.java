package org.popcheck.app;

import java.io.IOException;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.SettingsStore;
import org.popcheck.settings.WindowPlacement;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Theme;

/** The JavaFX application: one window, the main shell with its screens, the person's settings. */
public final class PopCheckApp extends Application {

    private AppContext context;
    private SettingsStore settingsStore;
    private SettingsStore.Loaded loaded;
    private MainWindow window;

    /**
     * Runs on the launcher thread once the toolkit is up, while the window thread has nothing to do.
     * Setting the theme hands its loading to the window thread; meanwhile this thread builds the
     * window's nodes, which JavaFX allows on any thread until they are in a window that is shown.
     * The two together take a fifth of a second at start-up; side by side they overlap.
     */
    @Override
    public void init() {
        context = AppContext.create(DataDirectory.resolve(null));
        settingsStore = new SettingsStore(context.dataDir(), Locale.getDefault());
        loaded = StartupPreload.settings(context.dataDir());
        context.settingsProperty().set(loaded.settings());
        // Before the first control: otherwise the Control class loads the default theme (Modena) in vain.
        Theme.applyUserAgent(loaded.settings());
        window = new MainWindow(context);
    }

    @Override
    public void start(Stage stage) {
        stage.setOnHidden(e -> context.closeJournal());
        Scene scene = new Scene(window, 1100, 760);
        Theme.apply(scene, context.settings());
        context.settingsProperty().addListener((obs, old, now) -> {
            Theme.apply(scene, now);
            try {
                settingsStore.save(now);
            } catch (IOException ex) {
                warn(Messages.get("common.settings.saveFailed", ex.getMessage()));
            }
        });
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        settingsStore.loadWindow().ifPresent(p -> place(stage, p));
        stage.setOnCloseRequest(e -> rememberWindow(stage, settingsStore));
        stage.show();
        StartupProbe.reportWhenReady(scene);
        // Work the first screen does not need starts once that screen is laid out and on its way to
        // the display: two cores are few, and the window comes first.
        FirstLayout.then(scene, () -> {
            context.startLoadingJournal();
            context.warmUpInBackground();
        });
        loaded.problem().ifPresent(p -> warn(Messages.get("common.settings.badFile", p.detail(),
                p.keptAs() == null ? "-" : p.keptAs().getFileName())));
    }

    private static void place(Stage stage, WindowPlacement p) {
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMaximized(p.maximized());
    }

    private static void rememberWindow(Stage stage, SettingsStore store) {
        try {
            store.saveWindow(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        } catch (IOException ignored) {
            // Losing the window's position is not worth a message on the way out.
        }
    }

    private static void warn(String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text);
        alert.setHeaderText(null);
        alert.show();
    }
}
