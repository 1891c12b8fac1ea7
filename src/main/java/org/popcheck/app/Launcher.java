package org.popcheck.app;

import javafx.application.Application;
import org.popcheck.app.cli.PopCheckCommand;

/**
 * The jar's entry point. It must not extend {@link Application}: started from the classpath, such a
 * class fails with "JavaFX runtime components are missing". With no arguments it opens the window;
 * with a command it runs that command without touching the display.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            StartupProbe.mark(StartupProbe.Phase.MAIN);
            ClassPathWarningFilter.install();
            StartupPreload.begin(DataDirectory.resolve(null));
            Application.launch(PopCheckApp.class, args);
            return;
        }
        System.exit(PopCheckCommand.run(args, System.out, System.err));
    }
}
