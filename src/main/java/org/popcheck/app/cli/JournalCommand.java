package org.popcheck.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.popcheck.app.DataDirectory;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalBusyException;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalException;
import org.popcheck.journal.JournalJson;
import org.popcheck.journal.JournalProblem;
import org.popcheck.journal.JournalStore;
import org.popcheck.journal.PlainText;
import org.popcheck.journal.ProtectedPaths;
import org.popcheck.journal.WallClock;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journal add | list | export | import}: the popping and pain log from the command line. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "The popping and pain journal: add, list, export and import entries.",
        footer = {"", "Exit codes: 0 done; 1 PopCheck itself failed (out of memory, an internal error); 2 bad arguments,"
                + " an unreadable journal or file, or a refused output file; 3 the journal is in use by another copy of"
                + " PopCheck, or was changed by one while saving (nothing was written; try again)."},
        subcommands = {JournalCommand.Add.class, JournalCommand.ListEntries.class, JournalCommand.Export.class, JournalCommand.Import.class})
public final class JournalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a journal command: add, list, export or import");
    }

    /** {@code --data-dir}, shared by every journal command. */
    static final class DataDirOption {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "Folder of the journal (default: $POPCHECK_DATA_DIR, else the platform's app-data folder).")
        Path dataDir;

        Path resolve() {
            return DataDirectory.resolve(dataDir);
        }
    }

    /** How long a writing command waits for another copy of PopCheck to release the journal. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(2);

    /**
     * The journal's own errors end the command with one line: exit 3 when another copy has the
     * journal (trying again can work), else 2; nothing else is printed.
     */
    private static int fail(CommandSpec spec, JournalException e) {
        return PopCheckCommand.failed(spec.commandLine().getErr(), e);
    }

    private static int fail(CommandSpec spec, String message) {
        PopCheckCommand.printError(spec.commandLine().getErr(), message);
        return PopCheckCommand.EXIT_BAD_INPUT;
    }

    private static JournalStore openForWriting(Path dir) throws JournalException {
        JournalStore store = JournalStore.open(dir, p -> {}, LOCK_WAIT);
        if (store.readOnly()) {
            JournalProblem problem = store.problem().orElse(null);
            String why = problem == null ? "The journal is open read-only" : problem.describe();
            store.close();
            throw problem != null && problem.kind() == JournalProblem.Kind.LOCKED
                    ? new JournalBusyException(why) : new JournalException(why);
        }
        return store;
    }

    private static JournalStore openForReading(Path dir) throws JournalException {
        JournalStore store = JournalStore.openReadOnly(dir);
        if (!store.readThrough()) {
            throw new JournalException(store.problem().map(JournalProblem::describe).orElse("The journal cannot be read"));
        }
        return store;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds an entry and prints its id; exits 0 only once the entry is safely on disk.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        @Option(names = "--region", required = true, description = "ankle, foot, hip, spine_neck, spine_upper or spine_lower")
        String region;

        @Option(names = "--side", description = "left, right or both (ankle, foot, hip); center for the spine, the default there")
        String side;

        @Option(names = "--pain", required = true, description = "0 (none) to 10 (worst imaginable)")
        int pain;

        @Option(names = "--sound", description = "click, pop, crack, snap or grind")
        String sound;

        @Option(names = "--frequency", description = "rarely, sometimes, daily or every_step")
        String frequency;

        @Option(names = "--trigger", description = "what set it off (repeatable): walking, stretching, massage, exercise, getting_up, twisting, other")
        List<String> triggers = new ArrayList<>();

        @Option(names = "--warning-sign", paramLabel = "FACT", description = "a warning sign noticed (repeatable), a fact id such as swelling")
        List<String> warningSigns = new ArrayList<>();

        @Option(names = "--note", description = "free text, up to 2000 characters")
        String note = "";

        @Option(names = "--at", paramLabel = "ISO-TIME", description = "when it happened, such as 2026-03-01T08:30:00+01:00 (default: now)")
        String at;

        @Override
        public Integer call() {
            Region r = Region.fromId(region).orElseThrow(() -> bad("--region: unknown region '" + region + "'; expected one of "
                    + Arrays.stream(Region.values()).map(Region::id).collect(Collectors.joining(", "))));
            Side s;
            if (side == null) {
                if (r.isPaired()) {
                    throw bad("--side is needed for " + r.id() + ": left, right or both");
                }
                s = Side.CENTER;
            } else {
                s = Side.fromId(side).orElseThrow(() -> bad("--side: unknown side '" + side + "'; expected left, right, both or center"));
            }
            if (!r.allowedSides().contains(s)) {
                throw bad("--side '" + s.id() + "' does not fit " + r.id() + "; expected "
                        + r.allowedSides().stream().map(Side::id).collect(Collectors.joining(", ")));
            }
            if (pain < 0 || pain > 10) {
                throw bad("--pain must be between 0 and 10, not " + pain);
            }
            OffsetDateTime time = at == null ? OffsetDateTime.now() : parseTime(at);
            JournalEntry entry = new JournalEntry(UUID.randomUUID().toString(), time, new BodySite(r, s), sound, frequency, pain,
                    triggers, warningSigns, note, false, List.of(), null);
            try (JournalStore store = openForWriting(data.resolve())) {
                store.add(entry);
            } catch (JournalException e) {
                return fail(spec, e);
            }
            spec.commandLine().getOut().println(entry.id());
            return 0;
        }

        private OffsetDateTime parseTime(String text) {
            try {
                return WallClock.parseArgument(text, ZoneId.systemDefault(), Instant.now()); // range, clock changes
            } catch (IllegalArgumentException e) {
                throw bad("--at: " + e.getMessage());
            }
        }

        private CommandLine.ParameterException bad(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the entries, oldest first.")
    static final class ListEntries implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        @Option(names = "--json", description = "print the journal as JSON (the journal.json format)")
        boolean json;

        @Override
        public Integer call() throws IOException {
            List<JournalEntry> entries;
            try {
                JournalStore store = openForReading(data.resolve());
                if (json && store.problem().filter(p -> p.kind() == JournalProblem.Kind.NEWER_VERSION).isPresent()) {
                    // A newer version's journal: its JSON from here would leave out what this version does not know.
                    throw new JournalException(store.problem().get().describe()
                            + " Its JSON is not printed, since this version would leave out what it does not know");
                }
                store.problem().ifPresent(p -> PopCheckCommand.printError(spec.commandLine().getErr(), p.describe()));
                entries = store.entries();
            } catch (JournalException e) {
                return fail(spec, e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                // JSON escapes C0 controls itself; the writer escapes what else a terminal obeys.
                JournalJson.standard().write(entries, TerminalSafeJson.wrap(out));
                out.println();
                out.flush();
                return 0;
            }
            for (JournalEntry e : entries) {
                // Notes and ids come from a file anyone may have edited: escape sequences in them
                // would retitle the window, clear the screen or write the clipboard.
                String note = PlainText.visible(PlainText.shorten(e.notes().replaceAll("\\s+", " "), 40));
                out.printf("%s  %-18s pain %-4s %-6s %-10s %s  %s%n", org.popcheck.journal.EntryRules.shown(e.at()),
                        e.site() == null ? "-" : e.site().key(), e.pain() == null ? "-" : e.pain(),
                        e.sound() == null ? "-" : e.sound(), e.frequency() == null ? "-" : e.frequency(),
                        PlainText.visible(e.id()), note);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the journal to a CSV or JSON file.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        static final class Target {
            @Option(names = "--csv", paramLabel = "FILE", required = true, description = "CSV for spreadsheets (UTF-8 with BOM)")
            Path csv;

            @Option(names = "--json", paramLabel = "FILE", required = true, description = "JSON in the journal's own format")
            Path json;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Override
        public Integer call() {
            try {
                Path file = target.csv != null ? target.csv : target.json;
                // Before anything is read: never the journal, its backup or its lock, a pipe or a device.
                ProtectedPaths.checkOutput(file, data.resolve());
                if (file.toAbsolutePath().getParent() != null && !Files.isDirectory(file.toAbsolutePath().getParent())) {
                    return fail(spec, "no such folder: " + file.toAbsolutePath().getParent());
                }
                JournalStore store = openForReading(data.resolve());
                if (target.csv != null) {
                    store.exportCsv(file);
                } else {
                    store.exportJson(file);
                }
                PopCheckCommand.printError(spec.commandLine().getErr(), store.size() + " entries written to " + file);
                return 0;
            } catch (JournalException e) {
                return fail(spec, e);
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Adds the entries of a JSON journal whose ids are not in this journal yet.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        @Parameters(paramLabel = "FILE", description = "a journal JSON file (from journal export --json or another computer)")
        Path file;

        @Override
        public Integer call() {
            if (!Files.exists(file)) {
                return fail(spec, "no such file: " + file);
            }
            try (JournalStore store = openForWriting(data.resolve())) {
                int added = store.importFrom(file);
                spec.commandLine().getOut().println(added + " entries added, " + store.size() + " in the journal");
                return 0;
            } catch (JournalException e) {
                return fail(spec, e);
            }
        }
    }
}
