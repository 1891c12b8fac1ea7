package org.popcheck.app;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement hook for the benchmarks. With {@code -Dpopcheck.startupProbe=true} the app
 * notes the wall-clock moment each start-up phase ends, prints them once its first screen has been
 * laid out and can take input, and quits. Without the property it does nothing, so a normal start
 * pays one property look-up per mark.
 *
 * <p>Output, one line each, on standard output, times in milliseconds since the epoch:
 * {@code popcheck.phase.<phase>.epochMillis=<t>} for each {@link Phase} reached, in order, then
 * {@code popcheck.ready.epochMillis=<t>}. The start-up benchmark subtracts the moment it started
 * the process, so it can say how long each phase took (docs/performance.md).
 */
public final class StartupProbe {

    public static final String PROPERTY = "popcheck.startupProbe";
    public static final String READY_PREFIX = "popcheck.ready.epochMillis=";
    public static final String PHASE_PREFIX = "popcheck.phase.";
    public static final String PHASE_SUFFIX = ".epochMillis=";

    /** The moments the probe notes before "ready", in the order they happen. */
    public enum Phase {
        /** The JVM has started and is running the launcher's {@code main}. */
        MAIN,
        /**
         * Only when {@code java -jar} started the app in a second JVM (JarRelaunch): that JVM runs
         * {@code main}. MAIN is then the first JVM's moment.
         */
        RELAUNCHED,
        /** The JavaFX toolkit is up: the application's {@code init} (or, without one, {@code start}) begins. */
        TOOLKIT,
        /** PopCheck's window, its navigation and first screen, has been built (not yet styled). */
        BUILT,
        /** The window has been shown: styled and laid out once, its native window made. */
        SHOWN;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final List<String> marks = new ArrayList<>();

    private StartupProbe() {}

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Notes that {@code phase} has just ended. Any thread. */
    public static void mark(Phase phase) {
        markAt(phase, System.currentTimeMillis());
    }

    /**
     * Notes that {@code main} runs: {@link Phase#MAIN} now, or, in the second JVM of a relaunch, at
     * the first JVM's moment (passed in {@code relaunchedProperty}, epoch ms) and {@link Phase#RELAUNCHED} now.
     */
    static void markMain(String relaunchedProperty) {
        long now = System.currentTimeMillis();
        if (relaunchedProperty == null) {
            markAt(Phase.MAIN, now);
            return;
        }
        try {
            markAt(Phase.MAIN, Long.parseLong(relaunchedProperty));
        } catch (NumberFormatException e) {
            // not a moment: only the second JVM's own is known
        }
        markAt(Phase.RELAUNCHED, now);
    }

    private static void markAt(Phase phase, long epochMillis) {
        if (!enabled()) {
            return;
        }
        synchronized (marks) {
            marks.add(PHASE_PREFIX + phase.key() + PHASE_SUFFIX + epochMillis);
        }
    }

    /** Call once the scene is on a shown stage. */
    public static void reportWhenReady(Scene scene) {
        if (!enabled()) {
            return;
        }
        FirstLayout.then(scene, () -> {
            report(System.currentTimeMillis()).forEach(System.out::println);
            System.out.flush();
            Platform.exit();
        });
    }

    /** The lines to print when ready at {@code readyMillis}: each phase noted so far, then "ready". */
    static List<String> report(long readyMillis) {
        List<String> lines;
        synchronized (marks) {
            lines = new ArrayList<>(marks);
        }
        lines.add(READY_PREFIX + readyMillis);
        return lines;
    }

    /** Forgets the phases noted (tests). */
    static void forget() {
        synchronized (marks) {
            marks.clear();
        }
    }
}
