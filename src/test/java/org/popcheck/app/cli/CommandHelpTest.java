package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Each command's one-line summary in "popcheck --help" is a whole sentence, never cut mid-way. */
class CommandHelpTest {

    @Test
    void everyCommandSummaryIsAWholeSentence() {
        assertSummariesAreSentences(new CommandLine(new PopCheckCommand()));
    }

    private static void assertSummariesAreSentences(CommandLine cli) {
        for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
            String[] description = sub.getValue().getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0, sub.getKey() + " has a description");
            String first = description[0].trim();
            assertTrue(first.endsWith(".") && Character.isUpperCase(first.charAt(0)), sub.getKey() + ": \"" + first + "\"");
            assertSummariesAreSentences(sub.getValue());
        }
    }

    @Test
    void theTopLevelHelpShowsTheSummariesWhole() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = PopCheckCommand.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        String help = out.toString(StandardCharsets.UTF_8);
        for (String line : List.of("Writes the clinician summary of the journal as a PDF.",
                "Prints the triage of an assessment: how soon to get care, and why.")) {
            assertTrue(help.replaceAll("\\s+", " ").contains(line), help);
        }
    }
}
