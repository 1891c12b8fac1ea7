package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/** The result's words for a recent injury at self care speak of the injury and its care, not of a harmless noise. */
class InjuryAdviceTest {

    private final TriageEngine engine = TriageEngine.standard();

    private static Assessment ankle(Object... factsAndAnswers) {
        Map<String, Answer> facts = new HashMap<>();
        facts.put("sound", new Answer.Choice("pop"));
        facts.put("pain", new Answer.Number(2));
        for (int i = 0; i < factsAndAnswers.length; i += 2) {
            facts.put((String) factsAndAnswers[i], (Answer) factsAndAnswers[i + 1]);
        }
        return new Assessment(30, List.of(new BodySite(Region.ANKLE, Side.LEFT)), facts);
    }

    @ParameterizedTest(name = "{0} {1} days ago: speaks of the injury {2}")
    @CsvSource({"injury, 0, true", "injury, 2, true", "injury, 14, true", "injury, 15, false", "injury, 90, false",
        "fall_from_standing, 3, true"})
    void aRecentInjuryAtSelfCareGetsTheInjuryWords(String how, int days, boolean injuryWords) {
        Assessment a = ankle(how, Answer.YesNo.YES, "injury_days_ago", new Answer.Number(days));
        TriageResult r = engine.evaluate(a, "112");
        if (r.level() != Level.SELF_CARE) {
            return; // the rules asked for care: the level's own words apply, checked elsewhere
        }
        assertEquals(injuryWords, r.advice().contains("sprain"), r.advice());
        assertEquals(!injuryWords, r.advice().contains("harmless joint noise"), r.advice());
    }

    @Test
    void theDayTwoAndDayNinetyCasesReallyReachSelfCare() {
        assertEquals(Level.SELF_CARE, engine.level(ankle("injury", Answer.YesNo.YES, "injury_days_ago", new Answer.Number(2))));
        assertEquals(Level.SELF_CARE, engine.level(ankle("injury", Answer.YesNo.YES, "injury_days_ago", new Answer.Number(90))));
    }

    @Test
    void withoutAnInjuryTheNoiseWordsStay() {
        assertTrue(engine.evaluate(ankle(), "112").advice().contains("harmless joint noise"));
    }

    @Test
    void theInjuryWordsFollowPeaceAndLoveInPlainWords() {
        String words = TriageTexts.standard().advice(Level.SELF_CARE, "112", false, true);
        for (String part : List.of("protect", "raised", "bandage", "Anti-inflammatory", "a little more each day", "exercises", "warning sign")) {
            assertTrue(words.contains(part), "missing " + part + ": " + words);
        }
        assertFalse(words.contains("harmless"), words);
    }

    @Test
    void withheldExercisesComeBeforeTheInjuryWords() {
        TriageTexts t = TriageTexts.standard();
        assertEquals(t.advice(Level.CONSULTATION, "112", true), t.advice(Level.CONSULTATION, "112", true, true));
    }

    @Test
    void anInjuryVariantForALevelThatForbidsExercisesIsRefused() {
        String advice = "{\"advice\": {\"emergency_ambulance\": \"{number}\", \"emergency\": \"{number}\", \"consultation_24\": \"a\","
                + " \"consultation\": \"b\", \"self_care\": \"c\"}, \"afterInjury\": {\"emergency\": \"x\"}}";
        RuleFileException e = assertThrows(RuleFileException.class, () -> TriageTexts.load(new StringReader(advice),
                new StringReader("{\"watch\": {}}"), FactCatalog.standard()));
        assertTrue(e.getMessage().contains("afterInjury names 'emergency'"), e.getMessage());
    }
}
