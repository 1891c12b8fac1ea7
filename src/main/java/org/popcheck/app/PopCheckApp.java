package org.popcheck.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.SettingsStore;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.EveryWindow;
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
        StartupProbe.mark(StartupProbe.Phase.TOOLKIT);
        context = AppContext.create(DataDirectory.resolve(null));
        settingsStore = new SettingsStore(context.dataDir(), Locale.getDefault());
        loaded = StartupPreload.settings(context.dataDir());
        context.settingsProperty().set(loaded.settings());
        Messages.setLanguage(loaded.settings().language().resolve(Locale.getDefault()));
        // Before the first control: otherwise the Control class loads the default theme (Modena) in vain.
        Theme.applyUserAgent(loaded.settings());
        window = new MainWindow(context);
        StartupProbe.mark(StartupProbe.Phase.BUILT);
    }

    @Override
    public void start(Stage stage) {
        stage.setOnHidden(e -> context.closeJournal());
        Scene scene = new Scene(window);
        Theme.apply(scene, context.settings());
        EveryWindow.follow(context.settingsProperty());
        context.settingsProperty().addListener((obs, old, now) -> {
            if (now.language() != old.language()) {
                changeLanguage(stage, now.language().resolve(Locale.getDefault()));
            }
            try {
                settingsStore.save(now);
            } catch (IOException ex) {
                warn(Messages.get("common.settings.saveFailed", ex.getMessage()));
            }
        });
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        WindowKeeper.place(stage, settingsStore.loadWindow());
        stage.show();
        StartupProbe.mark(StartupProbe.Phase.SHOWN);
        WindowKeeper.rememberChanges(stage, settingsStore);
        StartupProbe.reportWhenReady(scene);
        // Work the first screen does not need starts once that screen is laid out and on its way to
        // the display: two cores are few, and the window comes first.
        FirstLayout.then(scene, () -> {
            context.startLoadingJournal();
            context.finishSavesAtExit();
            ParentWatch.whenGone(System.getProperty(ParentWatch.PARENT), () -> Platform.runLater(PopCheckApp::closeEveryWindow));
            context.warmUpInBackground(failure -> {
                // Loud, but only once the window is up: the built-in files are part of the app.
                failure.printStackTrace();
                Platform.runLater(() -> warn(Messages.get("common.startup.badAssets", failure.getMessage())));
            });
        });
        loaded.problem().ifPresent(p -> warn(Messages.get(p.partial() ? "common.settings.badField" : "common.settings.badFile", p.detail(),
                p.keptAs() == null ? "-" : p.keptAs().getFileName())));
    }

    /**
     * Applies a new language at once: the texts are set when the nodes are built, so the window's
     * screens are built again in that language; the check in progress moves over with its answers.
     */
    private void changeLanguage(Stage stage, Language language) {
        if (language == Messages.language()) {
            return;
        }
        Messages.setLanguage(language);
        window = window.rebuilt();
        Theme.replaceRoot(stage.getScene(), window, context.settings());
        stage.setTitle(Messages.get("app.title"));
    }

    /**
     * Quits as when the person closes the window, for a second JVM whose first one was killed: the
     * main window's hiding lets the saves already asked for finish and releases the journal; a
     * dialog still open is closed unanswered, so what it held is not saved, as with Cancel.
     */
    private static void closeEveryWindow() {
        List<Window> open = new ArrayList<>(Window.getWindows());
        Collections.reverse(open); // the dialogs shown last first, the main window last
        open.forEach(Window::hide);
        Platform.exit();
    }

    private static void warn(String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text);
        alert.setHeaderText(null);
        alert.show();
    }
}
