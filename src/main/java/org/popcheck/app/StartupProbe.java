package org.popcheck.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement hook for the benchmarks. With {@code -Dpopcheck.startupProbe=true} the app
 * prints the wall-clock moment its first screen has been laid out and can take input, then quits.
 * Without the property it does nothing, so a normal start pays one property look-up.
 */
public final class StartupProbe {

    public static final String PROPERTY = "popcheck.startupProbe";
    public static final String READY_PREFIX = "popcheck.ready.epochMillis=";

    private StartupProbe() {}

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call once the scene is on a shown stage. */
    public static void reportWhenReady(Scene scene) {
        if (!enabled()) {
            return;
        }
        FirstLayout.then(scene, () -> {
            System.out.println(READY_PREFIX + System.currentTimeMillis());
            System.out.flush();
            Platform.exit();
        });
    }
}
