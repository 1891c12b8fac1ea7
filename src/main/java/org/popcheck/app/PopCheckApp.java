package org.popcheck.app;

import java.io.IOException;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.SettingsStore;
import org.popcheck.settings.WindowPlacement;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Theme;

/** The JavaFX application: one window, the main shell with its screens, the person's settings. */
public final class PopCheckApp extends Application {

    /**
     * Runs on the launcher thread while the toolkit starts the window thread: load on the second
     * core what the first screen will need anyway (the icon font, the question catalog, the texts),
     * so that the window thread finds it ready instead of loading it in turn.
     */
    @Override
    public void init() {
        Thread preload = new Thread(() -> {
            new FontIcon(Material2AL.ACCESS_TIME);
            FactCatalog.standard();
            Messages.get("wizard.nav.next");
            Messages.get("journal.quick");
        }, "preload");
        preload.setDaemon(true);
        preload.start();
    }

    @Override
    public void start(Stage stage) {
        AppContext context = AppContext.create(DataDirectory.resolve(null));
        SettingsStore settingsStore = new SettingsStore(context.dataDir(), Locale.getDefault());
        SettingsStore.Loaded loaded = settingsStore.load();
        context.settingsProperty().set(loaded.settings());
        stage.setOnHidden(e -> context.closeJournal());

        MainWindow window = new MainWindow(context);
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
        // Work the first screen does not need starts once it is on screen: two cores are few.
        Platform.runLater(() -> {
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
