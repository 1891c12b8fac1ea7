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
}
