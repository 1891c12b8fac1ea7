package org.popcheck.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once, just after a scene's first layout pass, when its first frame is being drawn. */
final class FirstLayout {

    private FirstLayout() {}

    static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // runLater: the pulse that laid the screen out finishes first.
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
