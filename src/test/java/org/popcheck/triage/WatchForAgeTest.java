package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;

/**
 * The watch-for lines fit the person: a sign that cannot apply below an age (watch.json's fromAge) is
 * not listed for someone younger, and is listed from that age on.
 */
class WatchForAgeTest {

    private static List<String> watched(int age, Region region) {
        Assessment a = new Assessment(age, List.of(BodySite.spine(region)), Map.of("pain", new Answer.Number(3)));
        TriageResult r = TriageEngine.standard().evaluate(a, "112");
        assertFalse(r.level().isEmergency(), "the lines would raise the level: " + r.level());
        return r.watchFor().stream().map(WatchSign::fact).toList();
    }

    @ParameterizedTest(name = "{0} at {1}: listed {2}")
    @CsvSource({
        "sexual_function_change, 1, false",
        "sexual_function_change, 5, false",
        "sexual_function_change, 11, false",
        "sexual_function_change, 12, true",
        "sexual_function_change, 40, true",
        "bladder_bowel_change, 1, false",
        "bladder_bowel_change, 3, false",
        "bladder_bowel_change, 4, true",
        "bladder_bowel_change, 70, true",
    })
    void aSignIsListedOnlyFromTheAgeItCanApply(String fact, int age, boolean listed) {
        for (Region region : List.of(Region.SPINE_LOWER, Region.SPINE_NECK)) {
            assertEquals(listed, watched(age, region).contains(fact), region + ", age " + age + ": " + watched(age, region));
        }
    }

    @Test
    void signsWithoutAnAgeStayForBabiesToo() {
        // The cauda equina numbness and a new weakness are still listed: only what cannot apply goes.
        List<String> baby = watched(1, Region.SPINE_LOWER);
        assertTrue(baby.contains("saddle_numbness") || baby.contains("leg_weakness"), baby.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"no_such\": 4}|fromAge names 'no_such', which has no watch sentence",
        "{\"fever\": 0}|whole number of years from 1 to 130",
        "{\"fever\": 2.5}|whole number of years from 1 to 130",
        "{\"fever\": \"four\"}|whole number of years from 1 to 130",
    })
    void aBadFromAgeIsRefusedWithAMessageNamingIt(String fromAge, String expected) {
        assertWatchFileRefused("\"fromAge\": " + fromAge, expected);
    }

    /** A watch.json of one sign (fever) with {@code section} added is refused with a message containing {@code expected}. */
    static void assertWatchFileRefused(String section, String expected) {
        String advice = "{\"advice\": {\"emergency_ambulance\": \"Call {number}\", \"emergency\": \"Go, {number}\","
                + " \"consultation_24\": \"a\", \"consultation\": \"b\", \"self_care\": \"c\"}}";
        String watch = "{\"watch\": {\"fever\": \"You get a fever.\"}, " + section + "}";
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> TriageTexts.load(new StringReader(advice), new StringReader(watch), FactCatalog.standard()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
