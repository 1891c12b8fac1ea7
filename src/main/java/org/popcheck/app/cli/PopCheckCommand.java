package org.popcheck.app.cli;

import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        // Always UTF-8: Java 17 otherwise uses the locale's charset, which is ASCII under LANG=C
        // and would turn notes in other scripts into question marks.
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        // One clear line for bad arguments, never a stack trace.
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("popcheck: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("popcheck: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return TextArguments.refuseGarbled(args, cli.getErr()) ? EXIT_BAD_INPUT : cli.execute(args);
    }
}
