package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.triage.Level;

/** The optional "causes" of a saved check (issue 14): kept, checked, and absent in older journals. */
class JournalCausesTest {

    private static final String SAVED = "{\"schemaVersion\": 1, \"entries\": [{\"id\": \"a\", \"at\": \"2026-03-01T08:00:00Z\","
            + " \"assessment\": {\"assessment\": {\"age\": 30, \"regions\": [{\"region\": \"hip\", \"side\": \"left\"}], \"facts\": {}},"
            + " \"level\": \"self_care\"%s}}]}";

    private static JournalEntry withCauses(List<SavedAssessment.SavedCause> causes) {
        Assessment a = new Assessment(24, List.of(new BodySite(Region.HIP, Side.RIGHT)), Map.of("sound", new Answer.Choice("snap")));
        return new JournalEntry("c1", Entries.at("2026-03-01T08:00:00Z"), null, null, null, null, List.of(), List.of(), "", false,
                List.of(), new SavedAssessment(a, Level.SELF_CARE, List.of(), causes));
    }

    private static String written(JournalEntry e) throws Exception {
        StringWriter out = new StringWriter();
        JournalJson.standard().write(List.of(e), out);
        return out.toString();
    }

    @Test
    void theCausesOfASavedCheckAreWrittenAndReadBackInOrder() throws Exception {
        List<SavedAssessment.SavedCause> causes = List.of(new SavedAssessment.SavedCause("tendon_snap", "likely"),
                new SavedAssessment.SavedCause("hip_flexor_tightness", "possible"));
        JournalFile read = JournalJson.standard().read(new StringReader(written(withCauses(causes))));
        assertEquals(causes, read.entries().get(0).assessment().causes());
    }

    @Test
    void aJournalWithCausesFitsTheShippedSchema() throws Exception {
        String text = written(withCauses(List.of(new SavedAssessment.SavedCause("gas_release", "possible"))));
        try (var in = getClass().getResourceAsStream("/assets/journal/journal.schema.json")) {
            var schema = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            assertEquals(List.of(), new SchemaChecker(schema).check(JsonParser.parseString(text).getAsJsonObject()));
        }
    }

    @Test
    void aCheckSavedBeforeCausesExistedReadsWithNone() throws Exception {
        JournalFile read = JournalJson.standard().read(new StringReader(SAVED.formatted("")));
        assertEquals(List.of(), read.entries().get(0).assessment().causes());
        assertTrue(written(withCauses(List.of())).indexOf("causes") < 0, "no empty list written");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[{\"cause\": \"tendon_snap\", \"likelihood\": \"certain\"}]|\"likely\" or \"possible\", not \"certain\"",
        "[{\"likelihood\": \"likely\"}]|needs a \"cause\" id",
        "[{\"cause\": \"Tendon Snap\", \"likelihood\": \"likely\"}]|needs a \"cause\" id",
        "[{\"cause\": \"tendon_snap\", \"likelihood\": \"likely\", \"score\": 6}]|unknown field \"score\" in a cause",
        "{\"cause\": \"tendon_snap\"}|\"causes\" must be a list",
        "[\"tendon_snap\"]|each cause must be an object",
    })
    void aBadCauseIsRefusedWithOnePlainMessage(String causes, String expected) {
        JournalFormatException e = assertThrows(JournalFormatException.class,
                () -> JournalJson.standard().read(new StringReader(SAVED.formatted(", \"causes\": " + causes))));
        assertTrue(e.problem().contains(expected), e.problem());
    }
}
