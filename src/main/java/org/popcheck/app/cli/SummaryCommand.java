package org.popcheck.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.popcheck.app.DataDirectory;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalException;
import org.popcheck.journal.JournalStore;
import org.popcheck.report.ReportPeriod;
import org.popcheck.report.Summary;
import org.popcheck.report.SummaryBuilder;
import org.popcheck.report.SummaryPdf;
import org.popcheck.settings.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code popcheck summary --out FILE.pdf}: the clinician summary of the journal as a PDF. */
@Command(
        name = "summary",
        mixinStandardHelpOptions = true)
        // Help texts: i18n/cli*.properties (popcheck.summary.usage.description.N, summary.*)
public final class SummaryCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "summary.out")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class, descriptionKey = "summary.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class, descriptionKey = "summary.to")
    LocalDate to;

    @Option(names = "--paper", paramLabel = "a4|letter", converter = PaperConverter.class, descriptionKey = "summary.paper")
    Settings.Paper paper;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "summary.name")
    String name;

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "summary.data-dir")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate today = LocalDate.now();
        if (to != null && from != null && from.isAfter(to)) {
            return fail(err, Messages.get("summary.cli.fromAfterTo", from.toString(), to.toString()));
        }
        String problem = java.util.Optional.ofNullable(org.popcheck.journal.ProtectedPaths.refusal(out, DataDirectory.resolve(dataDir))).orElseGet(this::checkOut);
        if (problem != null) {
            return fail(err, problem);
        }
        List<JournalEntry> entries;
        try {
            entries = JournalStore.readEntries(DataDirectory.resolve(dataDir));
        } catch (JournalException e) {
            return fail(err, e.getMessage());
        }
        LocalDate last = to != null ? to : ReportPeriod.defaultEnd(entries, today);
        if (from != null && from.isAfter(last)) {
            return fail(err, Messages.get("summary.cli.fromAfterTo", from.toString(), last.toString()));
        }
        LocalDate first = from != null ? from : firstDay(entries, last);
        Settings defaults = Settings.defaultsFor(Locale.getDefault());
        Summary summary = SummaryBuilder.standard(defaults.emergencyNumber())
                .build(entries, new ReportPeriod(first, last), name, today);
        try {
            int pages = SummaryPdf.writeFile(summary, paper == null ? defaults.paper() : paper, out);
            spec.commandLine().getOut().println(Messages.get("summary.cli.written", out.toString(), pages));
            return 0;
        } catch (IOException e) {
            return fail(err, Messages.get("summary.cli.cannotWrite", out.toString(), describe(e)));
        }
    }

    /** The first day with an entry, so "everything" needs no date; the last day when there is none. */
    private static LocalDate firstDay(List<JournalEntry> entries, LocalDate last) {
        return entries.stream().map(JournalEntry::localDate).min(LocalDate::compareTo)
                .filter(d -> d.isBefore(last)).orElse(last);
    }

    /** Checks the output path before any work, so a typo costs nothing. */
    private String checkOut() {
        Path absolute = out.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            return Messages.get("summary.cli.cannotWrite", out.toString(), Messages.get("summary.cli.isFolder"));
        }
        if (dir == null || !Files.isDirectory(dir)) {
            return Messages.get("summary.cli.cannotWrite", out.toString(), Messages.get("summary.cli.noFolder"));
        }
        if (!Files.isWritable(dir) || (Files.exists(absolute) && !Files.isWritable(absolute))) {
            return Messages.get("summary.cli.cannotWrite", out.toString(), Messages.get("summary.cli.denied"));
        }
        return null;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Messages.get("summary.cli.denied");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return Messages.get("summary.cli.noFolder");
        }
        return String.valueOf(e.getMessage());
    }

    private static int fail(PrintWriter err, String message) {
        err.println("popcheck: " + message);
        err.flush();
        return PopCheckCommand.EXIT_BAD_INPUT;
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(Messages.get("summary.cli.badDate", value));
            }
        }
    }

    static final class PaperConverter implements CommandLine.ITypeConverter<Settings.Paper> {
        @Override
        public Settings.Paper convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "a4" -> Settings.Paper.A4;
                case "letter" -> Settings.Paper.LETTER;
                default -> throw new CommandLine.TypeConversionException(Messages.get("summary.cli.badPaper", value));
            };
        }
    }
}
