package org.popcheck.app.cli;

import org.popcheck.plan.CheckPlanJson;
import org.popcheck.plan.CheckPlanner;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.AssessmentJson;
import org.popcheck.assessment.InvalidAssessmentException;
import org.popcheck.check.CheckComposer;
import org.popcheck.check.CheckResult;
import org.popcheck.check.CheckResultJson;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.EmergencyNumber;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code popcheck triage FILE}: reads an assessment, prints the triage result. */
@Command(
        name = "triage",
        mixinStandardHelpOptions = true)
        // Help texts: i18n/cli*.properties (popcheck.triage.usage.description.N, triage.*)
public final class TriageCommand implements Callable<Integer> {

    enum Format { json, text }

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "triage.file")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", descriptionKey = "triage.format")
    Format format;

    @Option(names = "--emergency-number", paramLabel = "N", descriptionKey = "triage.emergency-number")
    String emergencyNumber;

    @Option(names = "--plan", descriptionKey = "triage.plan")
    boolean plan;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String number = emergencyNumber == null ? EmergencyNumber.forLocale(Locale.getDefault()) : emergencyNumber;
        if (!number.matches("[0-9]{2,6}")) {
            return fail(err, Messages.get("triage.cli.badNumber", number));
        }
        Assessment assessment;
        try (Reader reader = open()) {
            assessment = AssessmentJson.standard().read(reader);
        } catch (InvalidAssessmentException e) {
            return fail(err, name() + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            return fail(err, Messages.get("triage.cli.cannotRead", name(), Messages.get("triage.cli.noSuchFile")));
        } catch (AccessDeniedException e) {
            return fail(err, Messages.get("triage.cli.cannotRead", name(), Messages.get("triage.cli.permissionDenied")));
        } catch (IOException e) {
            String why = "directory".equals(e.getMessage()) ? Messages.get("triage.cli.isDirectory") : String.valueOf(e.getMessage());
            return fail(err, Messages.get("triage.cli.cannotRead", name(), why));
        }
        if (plan) {
            out.println(CheckPlanJson.write(CheckPlanner.standard(), assessment));
            out.flush();
            return 0;
        }
        TriageResult result = TriageEngine.standard().evaluate(assessment, number);
        CheckResult check = CheckComposer.standard().compose(assessment, result);
        out.print(format == Format.text ? TriageText.write(check, assessment) : CheckResultJson.write(check) + System.lineSeparator());
        out.flush();
        return 0;
    }

    private Reader open() throws IOException {
        if (file.equals("-")) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder());
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new NoSuchFileException(file);
        }
        if (Files.isDirectory(path)) {
            throw new IOException("directory");
        }
        return new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder());
    }

    private String name() {
        // A file name is the person's input: control characters and bidi overrides shown escaped.
        return file.equals("-") ? Messages.get("triage.cli.stdin") : org.popcheck.journal.PlainText.visible(file);
    }

    private static int fail(PrintWriter err, String message) {
        // One line, whatever the message holds.
        err.println("popcheck: " + message.replace('\n', ' ').replace('\r', ' '));
        err.flush();
        return PopCheckCommand.EXIT_BAD_INPUT;
    }
}
