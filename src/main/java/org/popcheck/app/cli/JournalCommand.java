package org.popcheck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: the `journal` command is built in its own issue. */
@Command(name = "journal", mixinStandardHelpOptions = true, description = "Not available in this build yet.")
public final class JournalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("popcheck: the journal command is not available in this build yet");
        return 1;
    }
}
