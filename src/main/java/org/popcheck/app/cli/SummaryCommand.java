package org.popcheck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: the `summary` command is built in its own issue. */
@Command(name = "summary", mixinStandardHelpOptions = true, description = "Not available in this build yet.")
public final class SummaryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("popcheck: the summary command is not available in this build yet");
        return 1;
    }
}
