package org.popcheck.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/** "A rule never lowers a level that another rule raised", checked over many generated assessments. */
class TriageMonotonicityTest {

    private static final List<String> RAISING_NUMBERS = List.of("pain", "duration_days", "bruising_days", "morning_stiffness_minutes");
    private static final FactCatalog CATALOG = FactCatalog.standard();
    private static final List<BodySite> ALL_SITES = allSites();

    private final TriageEngine engine = TriageEngine.standard();

    @Property(tries = 1500)
    void turningAnyYesNoFactFromNoOrAbsentToYesOrUnsureNeverLowersTheLevel(@ForAll("assessments") Assessment a) {
        Level before = engine.level(a);
        for (FactDefinition f : CATALOG.all()) {
            if (f.type() != FactType.YESNO || a.yes(f.id())) {
                continue;
            }
            for (Answer.YesNo raised : List.of(Answer.YesNo.YES, Answer.YesNo.UNSURE)) {
                Level after = engine.level(a.with(f.id(), raised));
                if (after.compareTo(before) > 0) {
                    throw new AssertionError(f.id() + " -> " + raised + " lowered " + before + " to " + after + " for " + a);
                }
            }
        }
    }

    @Property(tries = 1500)
    void addingARegionNeverLowersTheLevel(@ForAll("assessments") Assessment a) {
        Level before = engine.level(a);
        for (BodySite site : ALL_SITES) {
            if (a.sites().contains(site)) {
                continue;
            }
            List<BodySite> more = new ArrayList<>(a.sites());
            more.add(site);
            Level after = engine.level(new Assessment(a.age(), more, a.facts()));
            if (after.compareTo(before) > 0) {
                throw new AssertionError("adding " + site.key() + " lowered " + before + " to " + after + " for " + a);
            }
        }
    }

    @Property(tries = 1500)
    void raisingPainDurationBruisingOrStiffnessNeverLowersTheLevel(
            @ForAll("assessments") Assessment a, @ForAll @IntRange(min = 1, max = 400) int step) {
        Level before = engine.level(a);
        for (String id : RAISING_NUMBERS) {
            FactDefinition f = CATALOG.find(id).orElseThrow();
            double now = a.number(id).orElse(f.min());
            double raised = Math.min(f.max(), now + step);
            Level after = engine.level(a.with(id, new Answer.Number(raised)));
            if (after.compareTo(before) > 0) {
                throw new AssertionError(id + " " + now + " -> " + raised + " lowered " + before + " to " + after + " for " + a);
            }
        }
    }

    @Property(tries = 300)
    void theFullEvaluationAndTheFastLevelAlwaysAgree(@ForAll("assessments") Assessment a) {
        TriageResult r = engine.evaluate(a, "112");
        if (r.level() != engine.level(a)) {
            throw new AssertionError("evaluate gave " + r.level() + " but level gave " + engine.level(a));
        }
        for (WatchSign w : r.watchFor()) {
            if (!w.wouldBecome().isMoreUrgentThan(r.level()) || a.yes(w.fact())) {
                throw new AssertionError("watch sign " + w + " does not raise " + r.level());
            }
        }
        // That no exercise is offered at consultation_24 and above is checked on the composed check
        // (org.popcheck.check.CheckPropertiesTest), where exercises are now planned.
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        return Arbitraries.randomValue(TriageMonotonicityTest::randomAssessment);
    }

    /** Mostly "no" and low numbers, so that single changes often matter. */
    static Assessment randomAssessment(Random random) {
        int age = random.nextInt(121); // 0 (a baby) to 120, contract version 2
        List<BodySite> sites = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (sites.size() < count) {
            BodySite s = ALL_SITES.get(random.nextInt(ALL_SITES.size()));
            if (!sites.contains(s)) {
                sites.add(s);
            }
        }
        Map<String, Answer> facts = new LinkedHashMap<>();
        for (FactDefinition f : CATALOG.all()) {
            if (random.nextInt(3) == 0) {
                continue; // not asked
            }
            facts.put(f.id(), randomAnswer(f, random));
        }
        return new Assessment(age, sites, facts);
    }

    private static Answer randomAnswer(FactDefinition f, Random random) {
        return switch (f.type()) {
            case YESNO -> {
                int r = random.nextInt(20);
                yield r == 0 ? Answer.YesNo.YES : r == 1 ? Answer.YesNo.UNSURE : Answer.YesNo.NO;
            }
            case NUMBER -> {
                int max = f.max().intValue();
                // Half the time near the thresholds that matter (0 to 120), else anywhere in range.
                int v = random.nextBoolean() ? random.nextInt(Math.min(max, 120) + 1) : random.nextInt(max + 1);
                yield new Answer.Number(v);
            }
            case CHOICE -> new Answer.Choice(f.options().get(random.nextInt(f.options().size())));
            case MULTI -> {
                List<String> chosen = new ArrayList<>();
                f.options().forEach(o -> {
                    if (random.nextInt(3) == 0) {
                        chosen.add(o);
                    }
                });
                yield new Answer.Choices(chosen);
            }
        };
    }

    private static List<BodySite> allSites() {
        List<BodySite> sites = new ArrayList<>();
        for (Region r : Region.values()) {
            for (Side s : Side.values()) {
                if (r.allowedSides().contains(s)) {
                    sites.add(new BodySite(r, s));
                }
            }
        }
        return sites;
    }
}
