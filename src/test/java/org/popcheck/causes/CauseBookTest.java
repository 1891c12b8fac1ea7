package org.popcheck.causes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.exercise.ExerciseCatalog;

class CauseBookTest {

    private static final String GOOD_CLUES = "\"clues\": [{\"when\": {\"yes\": \"swelling\"}, \"weight\": 3}]";

    private static String cause(String clues, String extra) {
        return "{\"causes\": [{\"id\": \"x\", \"name\": \"X\", \"regions\": \"any\", " + clues
                + ", \"explanation\": \"e\", \"helps\": \"h\", \"concern\": \"c\", \"exercises\": [{\"id\": \"calf-raise\", \"why\": \"w\"}],"
                + " \"sources\": [\"NICE NG226\"]" + extra + "}]}";
    }

    private static CauseBook load(String json) {
        return CauseBook.load(new StringReader(json), FactCatalog.standard(), ExerciseCatalog.standard());
    }

    @Test
    void everyShippedCauseHasItsTextsASourceAndExercisesThatExist() {
        ExerciseCatalog exercises = ExerciseCatalog.standard();
        for (Cause c : CauseBook.standard().causes()) {
            for (String text : new String[] {c.name(), c.explanation(), c.helps(), c.concern()}) {
                assertFalse(text.isBlank(), c.id());
            }
            assertFalse(c.sources().isEmpty(), c.id() + " names no source");
            c.exercises().forEach(x -> assertTrue(exercises.find(x.exerciseId()).isPresent(), c.id() + ": " + x.exerciseId()));
        }
    }

    @Test
    void aWellFormedCauseLoads() {
        assertTrue(load(cause(GOOD_CLUES, "")).find("x").isPresent());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "\"clues\": [{\"when\": {\"yes\": \"no_such_fact\"}, \"weight\": 2}]|unknown fact 'no_such_fact'",
        "\"clues\": [{\"when\": {\"yes\": \"swelling\"}, \"weight\": 0}]|whole number other than 0",
        "\"clues\": [{\"when\": {\"yes\": \"swelling\"}, \"weight\": 1.5}]|whole number other than 0",
        "\"clues\": [{\"when\": {\"yes\": \"swelling\"}, \"weight\": -2}]|at least one clue with a positive weight",
        "\"clues\": [{\"when\": {\"atMost\": {\"swelling\": 1}}, \"weight\": 2}]|\"atMost\" needs a number fact",
        "\"clues\": [{\"when\": {\"is\": {\"sound\": \"whistle\"}}, \"weight\": 2}]|'whistle' is not an option",
        "\"clues\": [{\"weight\": 2}]|needs \"when\" and \"weight\"",
    })
    void aBadClueIsRefusedWithAMessageNamingTheCause(String clues, String expected) {
        CauseFileException e = assertThrows(CauseFileException.class, () -> load(cause(clues, "")));
        assertTrue(e.getMessage().contains("cause 'x'"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        ", \"needs\": {\"yes\": \"no_such_fact\"}|(needs): names unknown fact 'no_such_fact'",
        ", \"notWhen\": {\"injury\": \"lately\"}|(notWhen)",
        ", \"notWhen\": {\"atMost\": {\"sound\": 2}}|(notWhen): \"atMost\" needs a number fact",
        ", \"needed\": {\"yes\": \"swelling\"}|unknown field 'needed'",
    })
    void aBadNeedsOrNotWhenIsRefusedWithAMessageNamingTheCause(String extra, String expected) {
        CauseFileException e = assertThrows(CauseFileException.class, () -> load(cause(GOOD_CLUES, extra)));
        assertTrue(e.getMessage().contains("cause 'x'"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void needsAndNotWhenReadTheirFactsSoTheCheckAsksThem() {
        CauseBook book = load(cause(GOOD_CLUES, ", \"needs\": {\"yes\": \"giving_way\"}, \"notWhen\": {\"atMost\": {\"pain\": 1}}"));
        assertTrue(book.factsRead().containsAll(java.util.Set.of("swelling", "giving_way", "pain")), book.factsRead().toString());
    }

    @Test
    void anUnknownExerciseRegionSuspicionOrFieldIsRefused() {
        String badExercise = cause(GOOD_CLUES, "").replace("calf-raise", "moonwalk");
        assertTrue(assertThrows(CauseFileException.class, () -> load(badExercise)).getMessage().contains("'moonwalk' is not in the exercise catalog"));
        String badRegion = cause(GOOD_CLUES, "").replace("\"regions\": \"any\"", "\"regions\": [\"knee\"]");
        assertTrue(assertThrows(CauseFileException.class, () -> load(badRegion)).getMessage().contains("unknown region 'knee'"));
        String badHold = cause(GOOD_CLUES, ", \"holdsExercises\": [\"curse\"]");
        assertTrue(assertThrows(CauseFileException.class, () -> load(badHold)).getMessage().contains("unknown suspicion 'curse'"));
        String badField = cause(GOOD_CLUES, ", \"colour\": \"red\"");
        assertTrue(assertThrows(CauseFileException.class, () -> load(badField)).getMessage().contains("unknown field 'colour'"));
        String twice = "{\"causes\": [" + cause(GOOD_CLUES, "").substring(12, cause(GOOD_CLUES, "").length() - 2) + ", "
                + cause(GOOD_CLUES, "").substring(12, cause(GOOD_CLUES, "").length() - 2) + "]}";
        assertTrue(assertThrows(CauseFileException.class, () -> load(twice)).getMessage().contains("used twice"));
        assertTrue(assertThrows(CauseFileException.class, () -> load("{\"causes\": [")).getMessage().contains("not valid JSON"));
    }
    @Test
    void aRegionsOwnTextsReplaceTheGeneralOnesOnlyWhenThatRegionAloneIsShown() {
        Cause c = load(cause(GOOD_CLUES, ", \"regionText\": {\"hip\": {\"explanation\": \"hip e\", \"sources\": [\"AAOS\"],"
                + " \"exercises\": [{\"id\": \"calf-raise\", \"why\": \"hip w\"}]}}")).find("x").orElseThrow();
        java.util.Set<org.popcheck.body.Region> hip = java.util.EnumSet.of(org.popcheck.body.Region.HIP);
        java.util.Set<org.popcheck.body.Region> ankle = java.util.EnumSet.of(org.popcheck.body.Region.ANKLE);
        java.util.Set<org.popcheck.body.Region> both = java.util.EnumSet.of(org.popcheck.body.Region.HIP, org.popcheck.body.Region.ANKLE);
        org.junit.jupiter.api.Assertions.assertEquals("hip e", c.explanation(hip));
        org.junit.jupiter.api.Assertions.assertEquals("h", c.helps(hip), "a part the region leaves out falls back to the general text");
        org.junit.jupiter.api.Assertions.assertEquals("e", c.explanation(ankle));
        org.junit.jupiter.api.Assertions.assertEquals("e", c.explanation(both), "several regions: the general text");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("AAOS"), c.sources(hip));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("NICE NG226", "AAOS"), c.sources(both), "several regions: each one's sources");
        org.junit.jupiter.api.Assertions.assertEquals("hip w", c.why(c.exercises().get(0), hip));
        org.junit.jupiter.api.Assertions.assertEquals("w", c.why(c.exercises().get(0), both));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"knee\": {\"explanation\": \"k\"}}|regionText 'knee': unknown region",
        "{\"hip\": {}}|regionText 'hip': must be an object with at least one text",
        "{\"hip\": {\"sources\": []}}|\"sources\" must not be empty",
        "{\"hip\": {\"explanation\": \"\"}}|\"explanation\" must be a non-empty text",
        "{\"hip\": {\"advice\": \"a\"}}|unknown field 'advice'",
        "{\"hip\": {\"exercises\": [{\"id\": \"clamshell\", \"why\": \"w\"}]}}|exercise 'clamshell' is not one of the cause's exercises",
        "[]|\"regionText\" must be an object",
    })
    void aBadRegionTextIsRefusedWithAMessageNamingTheCauseAndRegion(String regionText, String expected) {
        CauseFileException e = assertThrows(CauseFileException.class, () -> load(cause(GOOD_CLUES, ", \"regionText\": " + regionText)));
        assertTrue(e.getMessage().contains("cause 'x'"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aRegionTextForARegionTheCauseIsNeverShownForIsRefused() {
        String json = cause(GOOD_CLUES, ", \"regionText\": {\"spine_neck\": {\"helps\": \"n\"}}").replace("\"regions\": \"any\"", "\"regions\": [\"hip\"]");
        assertTrue(assertThrows(CauseFileException.class, () -> load(json)).getMessage().contains("never shown for this region"));
    }
}
