package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Messages;

/**
 * A reason cites only publications about the place it speaks of, or general ones (a trial saw an ankle
 * result cite two articles about back popping as "the guideline"). Every rule keeps at least one fitting
 * source for every region it can fire for, so none falls back to "no guideline for this place".
 */
class RuleSourcesFitTheirRegionTest {

    private static final Publications PUBLICATIONS = Publications.standard();

    /** The regions a rule can give a reason for: its own, or all for a rule about the whole person. */
    private static Set<Region> regionsOf(Rule rule) {
        return rule.isPersonWide() ? EnumSet.allOf(Region.class) : EnumSet.copyOf(rule.regions());
    }

    @Test
    void everyPublicationARuleCitesSaysWhatItIsAbout() {
        List<String> unknown = new ArrayList<>();
        for (Rule rule : RuleBook.standard().rules()) {
            for (String name : rule.source().split(Publications.SEPARATOR)) {
                if (PUBLICATIONS.about(name) == null) {
                    unknown.add(rule.id() + ": '" + name + "'");
                }
            }
        }
        assertEquals(List.of(), unknown, "sources not in assets/triage/sources.json with their \"regions\"");
    }

    @Test
    void everyRuleHasAFittingSourceForEveryRegionItCanFireFor() {
        List<String> none = new ArrayList<>();
        int pairs = 0;
        for (Rule rule : RuleBook.standard().rules()) {
            for (Region region : regionsOf(rule)) {
                pairs++;
                String shown = PUBLICATIONS.fitting(rule.source(), Set.of(region));
                if (shown.isEmpty()) {
                    none.add(rule.id() + " at " + region.id() + " (cites only: " + rule.source() + ")");
                }
                for (String name : shown.isEmpty() ? new String[0] : shown.split(Publications.SEPARATOR)) {
                    Set<Region> about = PUBLICATIONS.about(name);
                    assertTrue(about.isEmpty() || about.contains(region), rule.id() + " at " + region.id() + " shows " + name);
                }
            }
        }
        assertTrue(pairs > 300, "rule and region pairs read: " + pairs);
        assertEquals(List.of(), none, "rules with no source about a region they can fire for");
    }

    /**
     * Through the engine, as the result screen, the command line, the journal and the PDF get them: for
     * each region and several ages, every yes/no sign in turn (with an injury two days ago, pain 8 and a
     * bruise of five days), every reason's sources are about that region or general.
     */
    @ParameterizedTest
    @EnumSource(Region.class)
    void everyReasonTheEngineGivesCitesOnlySourcesAboutItsRegion(Region region) {
        TriageEngine engine = TriageEngine.standard();
        String noneForPlace = Messages.get("triage.source.noneForPlace");
        Set<String> fired = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (int age : new int[] {0, 5, 12, 40, 70}) {
            for (FactDefinition f : FactCatalog.standard().all()) {
                if (f.type() != FactType.YESNO) {
                    continue;
                }
                Map<String, Answer> facts = base();
                facts.put(f.id(), Answer.YesNo.YES);
                Assessment a = new Assessment(age, List.of(new BodySite(region, region.isSpine() ? Side.CENTER : Side.LEFT)), facts);
                for (Reason r : engine.evaluate(a, "112").reasons()) {
                    fired.add(r.rule());
                    if (r.source().equals(noneForPlace)) {
                        wrong.add(r.rule() + " has no source about " + region.id());
                        continue;
                    }
                    for (String name : r.source().split(Publications.SEPARATOR)) {
                        Set<Region> about = PUBLICATIONS.about(name);
                        if (about == null || !(about.isEmpty() || about.contains(region))) {
                            wrong.add(r.rule() + " at " + region.id() + " cites '" + name + "' (about " + about + ")");
                        }
                    }
                }
            }
        }
        assertTrue(fired.size() > 40, "rules that fired at " + region.id() + ": " + fired.size());
        assertEquals(List.of(), wrong.stream().distinct().toList());
    }

    private static Map<String, Answer> base() {
        Map<String, Answer> facts = new LinkedHashMap<>();
        facts.put("pain", new Answer.Number(8));
        facts.put("duration_days", new Answer.Number(30));
        facts.put("injury", Answer.YesNo.YES);
        facts.put("injury_days_ago", new Answer.Number(2));
        facts.put("bruising_days", new Answer.Number(5));
        facts.put("sound", new Answer.Choice("grind"));
        return facts;
    }

    /** The trial's case: painful popping of an ankle for weeks cites ankle sources, never back popping. */
    @Test
    void painfulAnklePoppingCitesNoArticleAboutTheBack() {
        Assessment ankle = new Assessment(34, List.of(new BodySite(Region.ANKLE, Side.RIGHT)), Map.of(
                "pain", new Answer.Number(3), "duration_days", new Answer.Number(20), "locking", Answer.YesNo.YES));
        List<Reason> reasons = TriageEngine.standard().evaluate(ankle, "112").reasons();
        assertTrue(reasons.stream().anyMatch(r -> r.rule().equals("painful-popping-that-persists")), reasons.toString());
        for (Reason r : reasons) {
            assertFalse(r.source().toLowerCase(java.util.Locale.ROOT).contains("back pop"), r.rule() + ": " + r.source());
            assertFalse(r.source().contains("MedicineContact"), r.rule() + " cites a foot article: " + r.source());
        }
    }

    /** A check of two places: a rule about the whole person cites what fits either place. */
    @Test
    void aReasonAboutTheWholePersonCitesWhatFitsAnyPlaceChecked() {
        Assessment both = new Assessment(34, List.of(new BodySite(Region.ANKLE, Side.RIGHT), new BodySite(Region.SPINE_LOWER, Side.CENTER)),
                Map.of("pain", new Answer.Number(3), "duration_days", new Answer.Number(20)));
        Reason persists = TriageEngine.standard().evaluate(both, "112").reasons().stream()
                .filter(r -> r.rule().equals("painful-popping-that-persists")).findFirst().orElseThrow();
        assertTrue(persists.source().contains("Hinge Health"), persists.source());
        assertTrue(persists.source().contains("back popping"), persists.source());
        assertFalse(persists.source().contains("MedicineContact"), "no foot was checked: " + persists.source());
    }

    @Test
    void whenNothingFitsTheReasonSaysSoInsteadOfCitingAnotherPlace() {
        Publications onlyFeet = new Publications(Map.of("Foot article", EnumSet.of(Region.FOOT), "General", EnumSet.noneOf(Region.class)));
        assertEquals("", onlyFeet.fitting("Foot article", Set.of(Region.HIP)));
        assertEquals("General", onlyFeet.fitting("Foot article; General", Set.of(Region.HIP)));
        assertEquals("Foot article; General", onlyFeet.fitting("Foot article; General", Set.of(Region.HIP, Region.FOOT)));
    }

    @Test
    void aSourcesFileWithoutRegionsOrWithAnUnknownRegionIsRefusedByName() {
        RuleFileException missing = assertThrows(RuleFileException.class, () -> Publications.parse(new StringReader(
                "{\"publications\": [{\"id\": \"x\", \"name\": \"X\"}]}")));
        assertTrue(missing.getMessage().contains("\"x\"") && missing.getMessage().contains("regions"), missing.getMessage());
        RuleFileException unknown = assertThrows(RuleFileException.class, () -> Publications.parse(new StringReader(
                "{\"publications\": [{\"id\": \"y\", \"name\": \"Y\", \"regions\": [\"knee\"]}]}")));
        assertTrue(unknown.getMessage().contains("knee"), unknown.getMessage());
    }
}
