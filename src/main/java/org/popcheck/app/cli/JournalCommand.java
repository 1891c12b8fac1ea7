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
import org.popcheck.i18n.Messages;
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
        // Help texts: i18n/cli*.properties (popcheck.journal[.add|.list|...].usage.*, journal.*)
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
        @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "journal.data-dir")
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

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        @Option(names = "--region", required = true, descriptionKey = "journal.add.region")
        String region;

        @Option(names = "--side", descriptionKey = "journal.add.side")
        String side;

        @Option(names = "--pain", required = true, descriptionKey = "journal.add.pain")
        int pain;

        @Option(names = "--sound", descriptionKey = "journal.add.sound")
        String sound;

        @Option(names = "--frequency", descriptionKey = "journal.add.frequency")
        String frequency;

        @Option(names = "--trigger", descriptionKey = "journal.add.trigger")
        List<String> triggers = new ArrayList<>();

        @Option(names = "--warning-sign", paramLabel = "FACT", descriptionKey = "journal.add.warning-sign")
        List<String> warningSigns = new ArrayList<>();

        @Option(names = "--note", descriptionKey = "journal.add.note")
        String note = "";

        @Option(names = "--at", paramLabel = "ISO-TIME", descriptionKey = "journal.add.at")
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

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListEntries implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        @Option(names = "--json", descriptionKey = "journal.list.json")
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

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        static final class Target {
            @Option(names = "--csv", paramLabel = "FILE", required = true, descriptionKey = "journal.export.csv")
            Path csv;

            @Option(names = "--json", paramLabel = "FILE", required = true, descriptionKey = "journal.export.json")
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
                    return fail(spec, Messages.get("journal.cli.noSuchFolder", file.toAbsolutePath().getParent()));
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

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption data;

        @Parameters(paramLabel = "FILE", descriptionKey = "journal.import.file")
        Path file;

        @Override
        public Integer call() {
            if (!Files.exists(file)) {
                return fail(spec, Messages.get("journal.cli.noSuchFile", file));
            }
            try (JournalStore store = openForWriting(data.resolve())) {
                int added = store.importFrom(file);
                spec.commandLine().getOut().println(Messages.get("journal.cli.imported", added, store.size()));
                return 0;
            } catch (JournalException e) {
                return fail(spec, e);
            }
        }
    }
}
