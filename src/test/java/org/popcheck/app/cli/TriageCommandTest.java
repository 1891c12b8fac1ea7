package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = PopCheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static void assertOneClearErrorLine(Run r, String expected) {
        assertEquals(2, r.code());
        assertEquals("", r.out(), "nothing on standard output");
        assertEquals(1, r.err().strip().lines().count(), "one line on standard error: " + r.err());
        assertEquals(expected, r.err().strip());
        assertFalse(r.err().contains("Exception"), "no stack trace");
    }

    @Test
    void printsTheSameResultAsTheEngineAsJsonAndExitsZero() throws Exception {
        Path f = file("sprain.json", SPRAIN);
        Run r = run("triage", "--emergency-number", "911", f.toString());
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
    void readsStandardInputWhenTheFileIsADash() {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(HARMLESS.getBytes(StandardCharsets.UTF_8)));
            Run r = run("triage", "-");
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
        Run r = run("triage", "--format", "text", "--emergency-number", "999", file("s.json", SPRAIN).toString());
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
        Run r = run("triage", "--format", "text", file("h.json", HARMLESS).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Exercises you can try:"));
        assertTrue(r.out().contains("Calf raises"));
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
        Run r = run("triage", "--format", "xml", file("h.json", HARMLESS).toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("popcheck: Invalid value for option '--format'"), r.err());
    }

    @Test
    void aMissingFileArgumentGivesExitTwo() {
        Run r = run("triage");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("FILE"), r.err());
    }

    @Test
    void helpDescribesTheCommandAndItsExitCodes() {
        Run r = run("triage", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: popcheck triage"), r.out());
        assertTrue(r.out().contains("--format"));
        assertTrue(r.out().contains("--emergency-number"));
        assertTrue(r.out().contains("Exit codes"));
    }
}
