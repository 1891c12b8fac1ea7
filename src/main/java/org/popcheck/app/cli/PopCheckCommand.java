package org.popcheck.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code java -jar popcheck.jar COMMAND ...}. */
@Command(
        name = "popcheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "PopCheck: triage, journal and clinician summary for popping joints. Gives no diagnosis.",
        subcommands = {TriageCommand.class, JournalCommand.class, SummaryCommand.class})
public final class PopCheckCommand implements Runnable {

    /** Exit code for bad input: a malformed file, an unknown option, a missing file. */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: triage, journal or summary");
    }

    /** Runs the command line and returns the exit code; output goes to the given streams. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new PopCheckCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        // One clear line for bad arguments, never a stack trace.
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("popcheck: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("popcheck: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
