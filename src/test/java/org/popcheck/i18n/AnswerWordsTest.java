package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.causes.CauseRanker;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageEngine;

/**
 * The reasons and the causes say the date of an injury as a plain sentence ("The injury was 2 days
 * ago"), not as its question and a bare number ("How many days ago did that happen? ... 2").
 */
class AnswerWordsTest {

    private static final FactCatalog CATALOG = FactCatalog.standard();
    private static final String QUESTION = CATALOG.find("injury_days_ago").orElseThrow().question();

    private static Assessment ankle(int days, Map<String, Answer> more) {
        Map<String, Answer> facts = new java.util.LinkedHashMap<>(more);
        facts.put("injury", Answer.YesNo.YES);
        facts.put("duration_days", new Answer.Number(days));
        facts.put("injury_days_ago", new Answer.Number(days));
        return new Assessment(30, List.of(new BodySite(Region.ANKLE, Side.LEFT)), facts);
    }

    @ParameterizedTest(name = "{0} days")
    @CsvSource(delimiter = '|', value = {
        "0|The injury was today",
        "1|The injury was 1 day ago",
        "2|The injury was 2 days ago",
        "400|The injury was 400 days ago",
    })
    void theDateOfAnInjuryIsSaidAsWhatThePersonTold(int days, String expected) {
        assertEquals(expected, AnswerWords.describe("injury_days_ago", ankle(days, Map.of()), CATALOG));
    }

    @ParameterizedTest(name = "{0} days")
    @CsvSource({"2", "5", "10"})
    void aRecentInjuryReasonSaysTheDateAsASentence(int days) {
        Assessment a = ankle(days, Map.of("tender_outer_ankle_bone", Answer.YesNo.YES));
        List<Reason> reasons = TriageEngine.standard().evaluate(a, "112").reasons();
        List<String> shown = reasons.stream().flatMap(r -> r.facts().stream()).map(f -> AnswerWords.describe(f, a, CATALOG)).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.facts().contains("injury_days_ago")), "the Ottawa rule reads the date: " + reasons);
        assertTrue(shown.contains("The injury was " + days + " days ago"), shown.toString());
        assertFalse(shown.stream().anyMatch(t -> t.contains(QUESTION)), shown.toString());
    }

    @ParameterizedTest(name = "{0} days")
    @CsvSource({"30", "365"})
    void anOldSprainCauseSaysTheDateAsASentence(int days) {
        Assessment a = ankle(days, Map.of("giving_way", Answer.YesNo.YES, "sound", new Answer.Choice("click")));
        List<String> shown = CauseRanker.standard().rank(a).stream().flatMap(c -> c.facts().stream())
                .map(f -> AnswerWords.describe(f, a, CATALOG)).toList();
        assertTrue(shown.contains("The injury was " + days + " days ago"), shown.toString());
        assertFalse(shown.stream().anyMatch(t -> t.contains(QUESTION)), shown.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bruise", "swelling", "giving_way", "hot_red_joint", "numbness_tingling"})
    void aSignAnsweredYesIsSaidAsTheStatementTheListShowedAndNotSureSaysSo(String fact) {
        String sign = CATALOG.find(fact).orElseThrow().sign();
        assertEquals(sign, AnswerWords.describe(fact, ankle(3, Map.of(fact, Answer.YesNo.YES)), CATALOG));
        String unsure = AnswerWords.describe(fact, ankle(3, Map.of(fact, Answer.YesNo.UNSURE)), CATALOG);
        assertTrue(unsure.startsWith("Not sure") && unsure.endsWith(sign), unsure);
    }

    @org.junit.jupiter.api.Test
    void aFactWithoutAStatementKeepsItsQuestionAndAnswer() {
        Assessment a = ankle(3, Map.of("pain", new Answer.Number(6)));
        assertEquals(CATALOG.find("pain").orElseThrow().question() + " 6", AnswerWords.describe("pain", a, CATALOG));
        assertEquals(CATALOG.find("injury").orElseThrow().question() + " yes", AnswerWords.describe("injury", a, CATALOG));
    }
}
