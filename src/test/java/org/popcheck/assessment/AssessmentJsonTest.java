package org.popcheck.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

class AssessmentJsonTest {

    private final AssessmentJson json = AssessmentJson.standard();

    private static final String SITE = "\"regions\": [{\"region\": \"ankle\", \"side\": \"left\"}]";

    private String withFacts(String facts) {
        return "{\"age\": 34, " + SITE + ", \"facts\": {" + facts + "}}";
    }

    private String messageFor(String text) {
        return assertThrows(InvalidAssessmentException.class, () -> json.read(text)).getMessage();
    }

    @Test
    void readsTheExampleOfTheContract() throws Exception {
        Assessment a = json.read("""
                {"age": 34, "regions": [ { "region": "ankle", "side": "left" } ],
                 "facts": { "injury": true, "unable_4_steps_now": "unsure", "pain": 6, "duration_days": 2,
                            "sound": "grind", "trigger": ["walking", "twisting"], "swelling": false } }""");
        assertEquals(34, a.age());
        assertEquals(List.of(new BodySite(Region.ANKLE, Side.LEFT)), a.sites());
        assertEquals(Answer.YesNo.YES, a.facts().get("injury"));
        assertEquals(Answer.YesNo.UNSURE, a.facts().get("unable_4_steps_now"));
        assertEquals(Answer.YesNo.NO, a.facts().get("swelling"));
        assertEquals(new Answer.Number(6), a.facts().get("pain"));
        assertEquals(new Answer.Choice("grind"), a.facts().get("sound"));
        assertEquals(new Answer.Choices(List.of("walking", "twisting")), a.facts().get("trigger"));
    }

    @Test
    void whatItWritesReadsBackTheSame() throws Exception {
        Assessment original = new Assessment(70,
                List.of(new BodySite(Region.HIP, Side.BOTH), BodySite.spine(Region.SPINE_LOWER)),
                Map.of("fever", Answer.YesNo.UNSURE, "pain", new Answer.Number(3), "frequency", new Answer.Choice("daily"),
                        "trigger", new Answer.Choices(List.of("massage")), "limp", Answer.YesNo.NO));
        String text = json.write(original);
        assertEquals(original, json.read(text));
        assertEquals(true, text.contains("\"pain\":3"), "whole numbers are written without a decimal point: " + text);
    }

    @Test
    void aWholeNumberWrittenWithAZeroFractionIsAccepted() throws Exception {
        assertEquals(new Answer.Number(2), json.read(withFacts("\"pain\": 2.0")).facts().get("pain"));
    }

    @ParameterizedTest(name = "{0} is refused with: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "pain": 11                | facts.pain: expected a whole number from 0 to 10, got 11
            "pain": -1                | facts.pain: expected a whole number from 0 to 10, got -1
            "pain": 2.5               | facts.pain: expected a whole number from 0 to 10, got 2.5
            "pain": "6"               | facts.pain: expected a whole number from 0 to 10, got "6"
            "pain": null              | facts.pain: expected a whole number from 0 to 10, got null
            "duration_days": 36501    | facts.duration_days: expected a whole number from 0 to 36500, got 36501
            "bruising_days": 366      | facts.bruising_days: expected a whole number from 0 to 365, got 366
            "foo": true               | facts.foo: unknown fact id
            "fever": "yes"            | facts.fever: expected true, false or "unsure", got "yes"
            "fever": 1                | facts.fever: expected true, false or "unsure", got 1
            "fever": "Unsure"         | facts.fever: expected true, false or "unsure", got "Unsure"
            "sound": "bang"           | facts.sound: expected one of click, pop, crack, snap, grind, got "bang"
            "sound": ["pop"]          | facts.sound: expected one of click, pop, crack, snap, grind, got a list
            "trigger": "walking"      | facts.trigger: expected a list of walking, stretching, massage, exercise, getting_up, twisting, other, got "walking"
            "trigger": ["flying"]     | facts.trigger[0]: expected one of walking, stretching, massage, exercise, getting_up, twisting, other, got "flying"
            "trigger": ["walking", "walking"] | facts.trigger[1]: 'walking' is listed twice
            "pain": 1, "pain": 2      | facts.pain: given twice
            """)
    void badAnswersAreRefusedWithAMessageNamingTheFieldAndWhatWasExpected(String facts, String message) {
        assertEquals(message, messageFor(withFacts(facts)));
    }

    @ParameterizedTest(name = "{0} is refused with: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"regions": [{"region": "ankle", "side": "left"}], "facts": {}}                  | age: missing
            {"age": 34, "facts": {}}                                                         | regions: missing
            {"age": 34, "regions": [{"region": "ankle", "side": "left"}]}                   | facts: missing
            {"age": -1, "regions": [{"region": "ankle", "side": "left"}], "facts": {}}       | age: expected whole years from 0 to 120, got -1
            {"age": 121, "regions": [{"region": "ankle", "side": "left"}], "facts": {}}      | age: expected whole years from 0 to 120, got 121
            {"age": 34.5, "regions": [{"region": "ankle", "side": "left"}], "facts": {}}     | age: expected whole years from 0 to 120, got 34.5
            {"age": "34", "regions": [{"region": "ankle", "side": "left"}], "facts": {}}     | age: expected whole years from 0 to 120, got "34"
            {"age": 34, "regions": [], "facts": {}}                                          | regions: must list at least one region
            {"age": 34, "regions": {"region": "ankle"}, "facts": {}}                         | regions: expected a list of regions, got an object
            {"age": 34, "regions": [{"region": "knee", "side": "left"}], "facts": {}}        | regions[0].region: expected one of ankle, foot, hip, spine_neck, spine_upper, spine_lower, got "knee"
            {"age": 34, "regions": [{"region": "spine_neck", "side": "left"}], "facts": {}}  | regions[0].side: 'left' does not fit region 'spine_neck' (expected center)
            {"age": 34, "regions": [{"region": "hip", "side": "center"}], "facts": {}}       | regions[0].side: 'center' does not fit region 'hip' (expected left, right or both)
            {"age": 34, "regions": [{"region": "hip", "side": "up"}], "facts": {}}           | regions[0].side: expected left, right or both for region 'hip', got "up"
            {"age": 34, "regions": [{"region": "hip"}], "facts": {}}                         | regions[0].side: missing
            {"age": 34, "regions": [{"side": "left"}], "facts": {}}                          | regions[0].region: missing
            {"age": 34, "regions": [{"region": "hip", "side": "left", "x": 1}], "facts": {}} | regions[0].x: unknown field (expected only region and side)
            {"age": 34, "regions": ["hip"], "facts": {}}                                     | regions[0]: expected an object with region and side, got "hip"
            {"age": 34, "regions": [{"region": "hip", "side": "left"}, {"region": "hip", "side": "left"}], "facts": {}} | regions[1]: hip on side left is listed twice
            {"age": 34, "regions": [{"region": "hip", "side": "left"}], "facts": []}         | facts: expected an object of answers by fact id, got a list
            {"age": 34, "regions": [{"region": "hip", "side": "left"}], "facts": {}, "name": "x"} | name: unknown field (expected only age, regions and facts)
            [1, 2]                                                                           | expected a JSON object with age, regions and facts, got a list
            """)
    void badShapesAreRefusedWithAMessageNamingTheFieldAndWhatWasExpected(String text, String message) {
        assertEquals(message, messageFor(text));
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        String message = messageFor("{\"age\": 34,\n  \"regions\": [}\n");
        assertEquals("malformed JSON at line 2, column 15: Expected value", message);
    }

    @Test
    void aFileThatEndsTooEarlyIsReportedAsMalformed() {
        assertEquals("malformed JSON at line 2, column 1: the file ends too early", messageFor("{\"age\": 34,\n"));
    }

    @Test
    void textAfterTheObjectIsRefused() {
        assertEquals("malformed JSON at line 1, column 5: unexpected text after the end of the JSON object", messageFor("{} {}"));
    }

    @Test
    void lenientJsonSuchAsUnquotedNamesIsRefused() {
        assertEquals("malformed JSON at line 1, column 3: not valid JSON (names and text need double quotes; no comments)",
                messageFor("{age: 34}"));
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() throws Exception {
        assertEquals(34, json.read("\uFEFF" + withFacts("")).age());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("the assessment is empty (expected a JSON object)", messageFor("  \n"));
    }

    @Test
    void theExceptionNamesTheBadField() {
        var e = assertThrows(InvalidAssessmentException.class, () -> json.read(withFacts("\"pain\": 99")));
        assertEquals("facts.pain", e.field());
    }
}
