package org.popcheck.app;

import java.util.OptionalInt;
import javafx.application.Application;
import org.popcheck.app.cli.PopCheckCommand;

/**
 * The jar's entry point. It must not extend {@link Application}: started from the classpath, such a
 * class fails with "JavaFX runtime components are missing". With no arguments it opens the window;
 * with a command it runs that command without touching the display. Started as {@code java -jar},
 * the window may open in a second JVM with faster start-up options ({@link JarRelaunch}).
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            OptionalInt secondJvmQuit = JarRelaunch.runIfWorthIt(System.currentTimeMillis());
            if (secondJvmQuit.isPresent()) {
                System.exit(secondJvmQuit.getAsInt());
            }
            StartupProbe.markMain(System.getProperty(RelaunchPlan.RELAUNCHED));
            ClassPathWarningFilter.install();
            StartupPreload.begin(DataDirectory.resolve(null));
            Application.launch(PopCheckApp.class, args);
            return;
        }
        System.exit(PopCheckCommand.run(args, System.out, System.err));
    }
}
