package org.popcheck.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.MainWindow;

/** The JavaFX application: one window, the main shell with its screens. */
public final class PopCheckApp extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppContext context = AppContext.create(DataDirectory.resolve(null));
        context.startLoadingJournal();
        stage.setOnHidden(e -> context.closeJournal());
        MainWindow window = new MainWindow(context);
        Scene scene = new Scene(window, 1100, 760);
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
        StartupProbe.reportWhenReady(scene);
    }
}
