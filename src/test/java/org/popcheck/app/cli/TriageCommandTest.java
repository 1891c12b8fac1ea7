package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.assessment.AssessmentJson;
import org.popcheck.triage.TriageEngine;
import org.popcheck.check.CheckComposer;
import org.popcheck.check.CheckResultJson;

class TriageCommandTest {

    private static final String SPRAIN = """
            {"age": 34, "regions": [{"region": "ankle", "side": "left"}],
             "facts": {"injury": true, "injury_days_ago": 2, "tender_outer_ankle_bone": "unsure", "pain": 6}}""";

    private static final String HARMLESS = """
            {"age": 29, "regions": [{"region": "ankle", "side": "right"}], "facts": {"pain": 0, "sound": "click"}}""";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static void assertOneClearErrorLine(CliRun r, String expected) {
        assertEquals(2, r.code());
        assertEquals("", r.out(), "nothing on standard output");
        assertEquals(1, r.err().strip().lines().count(), "one line on standard error: " + r.err());
        assertEquals(expected, r.err().strip());
        assertFalse(r.err().contains("Exception"), "no stack trace");
    }

    @Test
    void printsTheSameResultAsTheEngineAsJsonAndExitsZero() throws Exception {
        Path f = file("sprain.json", SPRAIN);
        CliRun r = run("triage", "--emergency-number", "911", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonObject printed = JsonParser.parseString(r.out()).getAsJsonObject();
        var sprain = AssessmentJson.standard().read(SPRAIN);
        JsonObject expected = CheckResultJson.toTree(CheckComposer.standard().compose(sprain, TriageEngine.standard().evaluate(sprain, "911")));
        assertEquals(expected, printed);
        assertEquals("emergency", printed.get("level").getAsString());
        JsonObject reason = printed.getAsJsonArray("reasons").get(0).getAsJsonObject();
        assertEquals("ottawa-ankle-foot", reason.get("rule").getAsString());
        assertEquals("ankle", reason.get("region").getAsString());
        assertEquals("left", reason.get("side").getAsString());
        assertTrue(printed.get("advice").getAsString().contains("911"));
        assertTrue(printed.has("watch_for"));
        assertEquals(0, printed.getAsJsonArray("exercises").size());
    }

    @Test
    void planPrintsTheScreensAndTheAnswersNeeded() throws Exception {
        Path f = file("harmless.json", HARMLESS);
        CliRun r = run("triage", "--plan", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject printed = JsonParser.parseString(r.out()).getAsJsonObject();
        var screens = printed.getAsJsonArray("screens");
        JsonObject first = screens.get(0).getAsJsonObject();
        assertEquals("list", first.get("kind").getAsString());
        assertEquals("emergency", first.get("tier").getAsString());
        assertTrue(first.getAsJsonArray("facts").toString().contains("stroke_signs"));
        assertTrue(screens.toString().contains("\"kind\":\"question\""));
        int needed = printed.get("answers_needed").getAsInt();
        assertEquals(org.popcheck.plan.CheckPlanner.standard().answersNeeded(AssessmentJson.standard().read(HARMLESS)), needed);
        assertTrue(needed <= 12, "a painless click takes " + needed);
        assertFalse(r.out().contains("\"level\""), "the plan, not the result");
    }

    @Test
    void readsStandardInputWhenTheFileIsADash() {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(HARMLESS.getBytes(StandardCharsets.UTF_8)));
            CliRun r = run("triage", "-");
            assertEquals(0, r.code(), r.err());
            JsonObject printed = JsonParser.parseString(r.out()).getAsJsonObject();
            assertEquals("self_care", printed.get("level").getAsString());
            assertTrue(printed.getAsJsonArray("exercises").size() > 0);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void textFormatSpeaksToAPersonWithoutADiagnosis() throws Exception {
        CliRun r = run("triage", "--format", "text", "--emergency-number", "999", file("s.json", SPRAIN).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Result: Go to an emergency department or urgent care today"), r.out());
        assertTrue(r.out().contains("It is not a diagnosis."));
        assertTrue(r.out().contains("call 999"));
        assertTrue(r.out().contains("Source: Ottawa ankle and foot rules"));
        assertTrue(r.out().contains("(ankle, left)"));
        assertTrue(r.out().contains("Get help sooner if any of these appear:"));
        assertFalse(r.out().contains("{"), "no JSON in the text form");
    }

    @Test
    void textFormatListsExercisesByNameWhenTheyAreOffered() throws Exception {
        CliRun r = run("triage", "--format", "text", file("h.json", HARMLESS).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Exercises you can try:"));
        assertTrue(r.out().contains("Calf raises"));
    }

    private static final String SNAPPING_HIP = """
            {"age": 24, "regions": [{"region": "hip", "side": "right"}],
             "facts": {"sound": "snap", "same_spot_every_step": true, "trigger": ["walking"], "frequency": "every_step", "pain": 0}}""";

    @Test
    void jsonNamesTheLikelyCauseWithTheAnswersThatPointToItAndWhyEachExercise() throws Exception {
        JsonObject printed = JsonParser.parseString(run("triage", file("hip.json", SNAPPING_HIP).toString()).out()).getAsJsonObject();
        assertEquals("self_care", printed.get("level").getAsString());
        JsonObject first = printed.getAsJsonArray("causes").get(0).getAsJsonObject();
        assertEquals("tendon_snap", first.get("cause").getAsString());
        assertEquals("likely", first.get("likelihood").getAsString());
        var facts = first.getAsJsonArray("facts").toString();
        assertTrue(facts.contains("\"sound\"") && facts.contains("\"same_spot_every_step\""), facts);
        assertTrue(first.get("text").getAsString().contains("tendon"));
        assertTrue(first.get("source").getAsString().contains("AAOS"));
        JsonObject stretch = printed.getAsJsonArray("exercise_plan").get(0).getAsJsonObject();
        assertEquals("hip-flexor-stretch", stretch.get("exercise").getAsString());
        assertEquals("tendon_snap", stretch.get("cause").getAsString());
        assertEquals("hip-flexor-stretch", printed.getAsJsonArray("exercises").get(0).getAsString());
    }

    @Test
    void textShowsTheCausesAndWhenNothingFitsSaysSo() throws Exception {
        String hip = run("triage", "--format", "text", file("hip.json", SNAPPING_HIP).toString()).out();
        assertTrue(hip.contains("What is probably making the noise:"), hip);
        assertTrue(hip.contains("A tendon snapping over a bone (likely)"), hip);
        assertTrue(hip.contains("Because you answered: What does it sound or feel like? Snap"), hip);
        assertTrue(hip.contains("Hip flexor stretch: Lengthens the hip flexor"), hip);
        String vague = run("triage", "--format", "text", file("h.json", HARMLESS).toString()).out();
        assertTrue(vague.contains("We can't tell from these answers"), vague);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "{\"age\": 60, \"regions\": [{\"region\": \"ankle\", \"side\": \"left\"}], \"facts\": {\"sound\": \"grind\", \"pain\": 4, \"reduced_motion\": true, \"duration_days\": 400, \"fever\": true, \"hot_red_joint\": true}}",
        "{\"age\": 60, \"regions\": [{\"region\": \"hip\", \"side\": \"left\"}], \"facts\": {\"sound\": \"grind\", \"pain\": 3, \"chest_pain_or_breathless\": true}}",
        "{\"age\": 24, \"regions\": [{\"region\": \"hip\", \"side\": \"right\"}], \"facts\": {\"sound\": \"snap\", \"same_spot_every_step\": true, \"pain\": 0, \"calf_swollen_one_side\": true}}",
    })
    void atTheEmergencyLevelsTheTextNamesNoCauseOnlyThatHelpComesFirst(String json) throws Exception {
        var assessment = AssessmentJson.standard().read(json);
        var check = org.popcheck.check.CheckComposer.standard().compose(assessment,
                org.popcheck.triage.TriageEngine.standard().evaluate(assessment, "112"));
        assertTrue(check.triage().level().isEmergency(), check.triage().level().id());
        assertFalse(check.causes().isEmpty(), "a cause would fit these answers");
        String out = run("triage", "--format", "text", file("e.json", json).toString()).out();
        int advice = out.indexOf("What to do now:");
        int later = out.indexOf("Get help first, as advised above. What is making the noise is not shown here");
        assertTrue(advice >= 0 && later > advice, out);
        assertFalse(out.contains("We can't tell"), out);
        org.popcheck.causes.CauseBook.standard().causes().forEach(c -> assertFalse(out.contains(c.name()), c.name() + " in\n" + out));
    }

    @Test
    void atConsultationWithin24HoursTheCausesComeAfterTheAdviceUnderGetCheckedFirst() throws Exception {
        String urgent = SNAPPING_HIP.replace("\"pain\": 0", "\"pain\": 0, \"numbness_tingling\": true");
        String out = run("triage", "--format", "text", file("u.json", urgent).toString()).out();
        assertTrue(out.startsWith("Result: See a doctor within 24 hours"), out);
        int advice = out.indexOf("What to do now:");
        int first = out.indexOf("Get checked first, whatever the cause.");
        int causes = out.indexOf("What is probably making the noise:");
        assertTrue(advice >= 0 && advice < first && first < causes, out);
        assertTrue(out.contains("No exercises for now"), out);
    }

    @Test
    void aBadAssessmentGivesExitTwoAndOneLineNamingTheField() throws Exception {
        Path f = file("bad.json", HARMLESS.replace("\"pain\": 0", "\"pain\": 11"));
        assertOneClearErrorLine(run("triage", f.toString()),
                "popcheck: " + f + ": facts.pain: expected a whole number from 0 to 10, got 11");
    }

    @Test
    void malformedJsonGivesExitTwoWithLineAndColumn() throws Exception {
        Path f = file("broken.json", "{\"age\": 34,\n \"regions\": [}");
        assertOneClearErrorLine(run("triage", f.toString()),
                "popcheck: " + f + ": malformed JSON at line 2, column 14: Expected value");
    }

    @Test
    void aMissingFileGivesExitTwo() {
        Path f = dir.resolve("nowhere.json");
        assertOneClearErrorLine(run("triage", f.toString()), "popcheck: cannot read " + f + ": no such file");
    }

    @Test
    void aFileNameWithControlCharactersIsShownEscapedNotSentToTheTerminal() {
        for (String hostile : List.of("\u001b]0;pwned\u0007.json", "a\u202eb.json", "x\u001b[2J.json")) {
            CliRun r = run("triage", dir.resolve(hostile).toString());
            assertEquals(2, r.code());
            assertFalse(r.err().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), "raw control in: " + r.err());
            assertEquals(1, r.err().strip().lines().count());
        }
    }

    @Test
    void aFolderInsteadOfAFileGivesExitTwo() {
        assertOneClearErrorLine(run("triage", dir.toString()), "popcheck: cannot read " + dir + ": it is a folder, not a file");
    }

    @Test
    void aFileThatIsNotUtf8GivesExitTwo() throws Exception {
        Path f = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        assertOneClearErrorLine(run("triage", f.toString()), "popcheck: " + f + ": the file is not UTF-8 text");
    }

    @Test
    void aBadEmergencyNumberGivesExitTwo() throws Exception {
        assertOneClearErrorLine(run("triage", "--emergency-number", "call-me", file("h.json", HARMLESS).toString()),
                "popcheck: --emergency-number: expected 2 to 6 digits such as 112, 911 or 999, got 'call-me'");
    }

    @Test
    void anUnknownFormatGivesExitTwo() throws Exception {
        CliRun r = run("triage", "--format", "xml", file("h.json", HARMLESS).toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("popcheck: Invalid value for option '--format'"), r.err());
    }

    @Test
    void aMissingFileArgumentGivesExitTwo() {
        CliRun r = run("triage");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("FILE"), r.err());
    }

    @Test
    void helpDescribesTheCommandAndItsExitCodes() {
        CliRun r = run("triage", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: popcheck triage"), r.out());
        assertTrue(r.out().contains("--format"));
        assertTrue(r.out().contains("--emergency-number"));
        assertTrue(r.out().contains("Exit codes"));
    }
}
