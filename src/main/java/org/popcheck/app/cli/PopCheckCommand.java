package org.popcheck.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalBusyException;
import org.popcheck.journal.JournalException;
import org.popcheck.journal.PlainText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root of the command line: {@code java -jar popcheck.jar COMMAND ...}. Every command ends with
 * one of the exit codes below and, on failure, exactly one line on standard error, whatever was
 * thrown.
 */
@Command(
        name = "popcheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        // Every help text (descriptions, footers, headings) is in i18n/cli*.properties; see helpTexts().
        resourceBundle = "i18n.cli",
        subcommands = {TriageCommand.class, JournalCommand.class, SummaryCommand.class})
public final class PopCheckCommand implements Runnable {

    /** Exit code when PopCheck itself failed: out of memory, or an error that is PopCheck's fault. */
    public static final int EXIT_FAILED = 1;
    /** Exit code for bad input: a malformed file, an unknown option, a missing file, a refused output path. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code when another copy of PopCheck holds the journal (after a short wait): trying again later can work. */
    public static final int EXIT_BUSY = 3;

    /** The longest error line written, in characters: a message quoting a huge argument stays one short line. */
    static final int MAX_LINE = 400;

    /** Made up front: when memory has run out, building this text could fail too. */
    private static final String OUT_OF_MEMORY = "popcheck: PopCheck ran out of memory and stopped; the journal was not changed."
            + " Give Java more memory (java -Xmx2g -jar popcheck.jar ...) and try again";
    private static final String INTERNAL = "popcheck: PopCheck stopped because of an internal error; nothing more was written."
            + " Please report what you ran";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * {@code --lang en|es|de} on every command (inherited): set while the arguments are read, so
     * everything the command prints is in that language. Without it, the system locale's language.
     */
    @Option(names = "--lang", paramLabel = "LANG", scope = CommandLine.ScopeType.INHERIT, descriptionKey = "lang")
    void language(String code) {
        Messages.setLanguage(Language.parse(code).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--lang must be en, es or de, not '" + code + "'")));
        // Read while the arguments are parsed, before any help is printed: the help follows --lang too.
        spec.root().commandLine().setResourceBundle(helpTexts());
    }

    /**
     * The help texts in the language in use ({@link Messages#language()}), with no fallback to the
     * system locale's bundle: "--lang en" on a German system gets English help.
     */
    static java.util.ResourceBundle helpTexts() {
        return Messages.bundle("cli");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: triage, journal or summary");
    }

    /** Runs the command line and returns the exit code; output goes to the given streams. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // Always UTF-8: Java 17 otherwise uses the locale's charset, which is ASCII under LANG=C
        // and would turn notes in other scripts into question marks.
        PrintWriter errors = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        return guarded(errors, () -> {
            Messages.setLanguage(Language.fromLocale(Locale.getDefault())); // until --lang says otherwise
            CommandLine cli = new CommandLine(new PopCheckCommand());
            cli.setResourceBundle(helpTexts());
            cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
            cli.setErr(errors);
            // One clear line for bad arguments, never a stack trace.
            cli.setParameterExceptionHandler((ex, a) -> {
                printError(ex.getCommandLine().getErr(), ex.getMessage());
                return EXIT_BAD_INPUT;
            });
            cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(commandLine.getErr(), ex));
            // Arguments decoded under a non-UTF-8 locale hold U+FFFD: refused, never stored garbled.
            return TextArguments.refuseGarbled(args, cli.getErr()) ? EXIT_BAD_INPUT : cli.execute(args);
        });
    }

    /**
     * Runs {@code command}; whatever it throws, even an {@link Error} such as running out of
     * memory, ends as one line on {@code err} and a documented exit code instead of a stack trace.
     */
    static int guarded(PrintWriter err, IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (Throwable t) {
            return failed(err, t);
        }
    }

    /** The one line and exit code for something thrown out of a command. */
    static int failed(PrintWriter err, Throwable thrown) {
        try {
            Throwable t = thrown;
            // picocli wraps what a command throws; the cause says what happened.
            while (t instanceof CommandLine.ExecutionException && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof OutOfMemoryError) {
                err.println(OUT_OF_MEMORY);
                err.flush();
                return EXIT_FAILED;
            }
            if (t instanceof JournalException j) {
                printError(err, j.getMessage());
                return j instanceof JournalBusyException ? EXIT_BUSY : EXIT_BAD_INPUT;
            }
            if (t instanceof CommandLine.ParameterException p) {
                printError(err, p.getMessage());
                return EXIT_BAD_INPUT;
            }
            org.popcheck.triage.RuleFileException content = contentProblem(t);
            if (content != null) {
                // A content file that came with PopCheck (or was edited by a reviewer) is broken: name it, as the app does.
                printError(err, "PopCheck's content files cannot be used: " + content.getMessage() + ". Nothing was written.");
                return EXIT_FAILED;
            }
            err.println(INTERNAL);
            err.flush();
            return EXIT_FAILED;
        } catch (Throwable whilePrinting) {
            return EXIT_FAILED; // nothing more can be said; the exit code still tells
        }
    }

    /** The broken content file behind {@code t}, found along its causes (loading may wrap it), or null. */
    private static org.popcheck.triage.RuleFileException contentProblem(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof org.popcheck.triage.RuleFileException r) {
                return r;
            }
        }
        return null;
    }

    /**
     * Prints {@code message} as one line "popcheck: ..." on {@code err}: line breaks become
     * spaces, control characters and bidi overrides are shown escaped (they would otherwise act on
     * the terminal), and the line is cut at {@link #MAX_LINE} characters.
     */
    static void printError(PrintWriter err, String message) {
        String one = String.valueOf(message).replaceAll("\\R+", " ").strip();
        err.println("popcheck: " + PlainText.shorten(PlainText.visible(one), MAX_LINE));
        err.flush();
    }
}
