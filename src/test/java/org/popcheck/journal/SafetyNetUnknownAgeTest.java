package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;
import org.popcheck.triage.UnknownAgeTriage;

/**
 * A journal entry checked with no age known (a trial saw "A child under 16 with hip or leg trouble ..."
 * given to an adult as the reason): the level stays the most cautious over the ages tried (safety
 * first: never lower), but a reason that holds only at some ages is set apart, never given as this
 * person's reason; and the age assumed for such a check is never read back later as the person's age.
 */
class SafetyNetUnknownAgeTest {

    private final TriageEngine engine = TriageEngine.standard();
    private final SafetyNet net = new SafetyNet(engine, FactCatalog.standard());

    private static JournalEntry entry(Region region, List<String> signs, int pain) {
        Side side = region.isSpine() ? Side.CENTER : Side.LEFT;
        return new JournalEntry("e", OffsetDateTime.parse("2026-03-01T10:00:00Z"), new BodySite(region, side), "pop", "daily", pain,
                null, signs, "", false, null, null);
    }

    /** The rules that fire for these answers at an age. */
    private Set<String> rulesAt(int age, JournalEntry e) {
        Map<String, Answer> facts = new LinkedHashMap<>();
        e.warningSigns().forEach(s -> facts.put(s, Answer.YesNo.YES));
        facts.put("pain", new Answer.Number(e.pain()));
        facts.put("sound", new Answer.Choice(e.sound()));
        facts.put("frequency", new Answer.Choice(e.frequency()));
        Set<String> out = new HashSet<>();
        engine.evaluate(new Assessment(age, List.of(e.site()), facts), "112").reasons().forEach(r -> out.add(r.rule()));
        return out;
    }

    private Level mostUrgentOverTheCautiousAges(JournalEntry e) {
        Level worst = Level.SELF_CARE;
        for (int age : UnknownAgeTriage.CAUTIOUS_AGES) {
            Map<String, Answer> facts = new LinkedHashMap<>();
            e.warningSigns().forEach(s -> facts.put(s, Answer.YesNo.YES));
            facts.put("pain", new Answer.Number(e.pain()));
            facts.put("sound", new Answer.Choice(e.sound()));
            facts.put("frequency", new Answer.Choice(e.frequency()));
            TriageResult r = engine.evaluate(new Assessment(age, List.of(e.site()), facts), "112");
            if (r.level().isMoreUrgentThan(worst)) {
                worst = r.level();
            }
        }
        return worst;
    }

    /**
     * Entries whose most cautious reading comes from a child's or an older person's rule: the level is
     * that most cautious one, every reason given as the person's holds at every age tried, and the
     * age-bound ones are kept apart (so none is lost).
     */
    @ParameterizedTest
    @CsvFileSource(resources = "/journal/unknown-age-entries.csv", delimiter = '|')
    void anUnknownAgeKeepsTheMostCautiousLevelAndSetsAgeBoundReasonsApart(String regionId, String signs, int pain) {
        JournalEntry e = entry(Region.fromId(regionId).orElseThrow(), List.of(signs.split(" ")), pain);
        UnknownAgeTriage.Outcome f = net.check(e, List.of(), "112").orElseThrow();
        assertFalse(f.ageKnown());
        assertEquals(mostUrgentOverTheCautiousAges(e), f.level(), "never less cautious than the most cautious age");
        Set<String> atEveryAge = null;
        for (int age : UnknownAgeTriage.CAUTIOUS_AGES) {
            Set<String> fired = rulesAt(age, e);
            if (atEveryAge == null) {
                atEveryAge = fired;
            } else {
                atEveryAge.retainAll(fired);
            }
        }
        for (Reason r : f.reasonsForAnyAge()) {
            assertTrue(atEveryAge.contains(r.rule()), r.rule() + " is given as the person's reason but holds only at some ages");
        }
        assertEquals(f.result().reasons().size(), f.reasonsForAnyAge().size() + f.reasonsForSomeAgesOnly().size(), "no reason is lost");
    }

    @Test
    void theTrialsChildOnlyReasonIsNoLongerGivenAsTheReason() {
        UnknownAgeTriage.Outcome f = net.check(entry(Region.HIP, List.of("unable_to_bear_weight"), 5), List.of(), "112").orElseThrow();
        assertTrue(f.reasonsForSomeAgesOnly().stream().anyMatch(r -> r.rule().startsWith("child-") || r.rule().contains("baby")),
                "the child's rule is there, set apart: " + f.reasonsForSomeAgesOnly());
        assertTrue(f.reasonsForAnyAge().stream().noneMatch(r -> r.text().toLowerCase(java.util.Locale.ROOT).contains("child")),
                f.reasonsForAnyAge().toString());
    }

    @Test
    void aKnownAgeGivesEveryReasonAsThePersons() {
        JournalEntry wizardRun = new JournalEntry("w", OffsetDateTime.parse("2026-02-01T10:00:00Z"), null, null, null, null, null, null, "",
                false, null, new SavedAssessment(new Assessment(9, List.of(new BodySite(Region.HIP, Side.LEFT)), Map.of()), Level.SELF_CARE, List.of()));
        UnknownAgeTriage.Outcome f = net.check(entry(Region.HIP, List.of("limp"), 3), List.of(wizardRun), "112").orElseThrow();
        assertTrue(f.ageKnown());
        assertEquals(List.of(), f.reasonsForSomeAgesOnly());
        assertEquals(f.result().reasons(), f.reasonsForAnyAge());
    }

    /**
     * A check kept with a logged entry holds the age assumed for caution; a later entry must not take it
     * for the person's age (it would then read a child's reasons as known).
     */
    @Test
    void theAgeAssumedForOneEntryIsNeverTakenAsThePersonsAgeLater() {
        JournalEntry first = entry(Region.HIP, List.of("limp"), 3);
        UnknownAgeTriage.Outcome assumed = net.check(first, List.of(), "112").orElseThrow();
        JournalEntry kept = new JournalEntry("k", OffsetDateTime.parse("2026-03-01T10:00:00Z"), first.site(), first.sound(), first.frequency(),
                first.pain(), null, first.warningSigns(), "", false, null, SafetyNet.saved(assumed));
        UnknownAgeTriage.Outcome later = net.check(entry(Region.HIP, List.of("unable_to_bear_weight"), 5), List.of(kept), "112").orElseThrow();
        assertFalse(later.ageKnown(), "the age of " + assumed.asked().age() + " was only assumed");
        assertFalse(later.reasonsForSomeAgesOnly().isEmpty());
    }

    /** The mark survives the journal file, fits its schema, and a check made with a known age carries none. */
    @Test
    void theAssumedAgeIsMarkedInTheJournalFileAndReadBack() throws Exception {
        JournalEntry first = entry(Region.HIP, List.of("limp"), 3);
        UnknownAgeTriage.Outcome assumed = net.check(first, List.of(), "112").orElseThrow();
        assertTrue(SafetyNet.saved(assumed).ageAssumed());
        JournalEntry kept = new JournalEntry("k", first.at(), first.site(), first.sound(), first.frequency(), first.pain(), null,
                first.warningSigns(), "", false, null, SafetyNet.saved(assumed));
        java.io.StringWriter out = new java.io.StringWriter();
        JournalJson.standard().write(List.of(kept), out);
        assertTrue(out.toString().contains("\"age_assumed\": true") || out.toString().contains("\"age_assumed\":true"), out.toString());
        JournalEntry read = JournalJson.standard().read(new java.io.StringReader(out.toString())).entries().get(0);
        assertTrue(read.assessment().ageAssumed());
        assertFalse(SafetyNet.givesTheAge(read));
        try (var in = getClass().getResourceAsStream("/assets/journal/journal.schema.json")) {
            var schema = com.google.gson.JsonParser.parseReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)).getAsJsonObject();
            assertEquals(List.of(), new SchemaChecker(schema).check(com.google.gson.JsonParser.parseString(out.toString()).getAsJsonObject()));
        }
        JournalEntry wizardRun = new JournalEntry("w", OffsetDateTime.parse("2026-02-01T10:00:00Z"), null, null, null, null, null, null, "",
                false, null, new SavedAssessment(new Assessment(40, List.of(new BodySite(Region.HIP, Side.LEFT)), Map.of()), Level.SELF_CARE, List.of()));
        UnknownAgeTriage.Outcome known = net.check(first, List.of(wizardRun), "112").orElseThrow();
        assertFalse(SafetyNet.saved(known).ageAssumed());
        java.io.StringWriter plain = new java.io.StringWriter();
        JournalJson.standard().write(List.of(wizardRun), plain);
        assertFalse(plain.toString().contains("age_assumed"), "written only when true");
    }
}
