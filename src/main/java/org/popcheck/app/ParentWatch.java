package org.popcheck.app;

import java.util.Optional;

/**
 * Lets the second JVM of a {@code java -jar} start ({@link JarRelaunch}) notice that the first one is
 * gone. A first JVM that is stopped stops the second one itself (its shutdown hook), but one killed
 * outright (SIGKILL, a crash) runs no hook, and the window would stay open with nothing waiting for it.
 *
 * <p>The first JVM's process id comes in the system property {@value #PARENT}. The watch asks the
 * platform to tell when that process ends ({@link ProcessHandle#onExit()}, on a JDK thread of its own),
 * and checks that it is still this process's parent, so that a process id used again by another
 * program is never taken for it.
 */
final class ParentWatch {

    /** Set on the second JVM to the first one's process id ({@link RelaunchPlan}). */
    static final String PARENT = "popcheck.parent";

    private ParentWatch() {}

    /**
     * Runs {@code quit} once the first JVM has ended, on a JDK thread that is not the JavaFX thread;
     * at once, on this thread, when it has already ended (this process then has another parent).
     * Does nothing when {@code parentPid} is null or not a number: the app was started in one JVM.
     */
    static void whenGone(String parentPid, Runnable quit) {
        long pid;
        try {
            pid = parentPid == null ? -1 : Long.parseLong(parentPid.trim());
        } catch (NumberFormatException e) {
            return;
        }
        if (pid <= 0) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.current().parent().filter(p -> p.pid() == pid);
        if (parent.isEmpty()) {
            // An orphan is given to another parent at once: the first JVM ended before the watch began.
            quit.run();
            return;
        }
        parent.get().onExit().thenRun(quit);
    }
}
