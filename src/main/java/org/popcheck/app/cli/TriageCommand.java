package org.popcheck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: the `triage` command is built in its own issue. */
@Command(name = "triage", mixinStandardHelpOptions = true, description = "Not available in this build yet.")
public final class TriageCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("popcheck: the triage command is not available in this build yet");
        return 1;
    }
}
