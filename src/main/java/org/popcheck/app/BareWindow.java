package org.popcheck.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: the plainest JavaFX window, one label, started from the same
 * jar with the same JVM flags as PopCheck. Not part of the product.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        StartupProbe.mark(StartupProbe.Phase.TOOLKIT);
        Scene scene = new Scene(new StackPane(new Label("Hello")), 400, 300);
        stage.setScene(scene);
        stage.show();
        StartupProbe.mark(StartupProbe.Phase.SHOWN);
        StartupProbe.reportWhenReady(scene);
    }

    /** A separate launcher class, for the same reason as {@link Launcher}. */
    public static final class Main {
        private Main() {}

        public static void main(String[] args) {
            StartupProbe.mark(StartupProbe.Phase.MAIN);
            Application.launch(BareWindow.class, args);
        }
    }
}
