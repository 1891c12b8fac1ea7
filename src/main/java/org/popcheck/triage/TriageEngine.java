package org.popcheck.triage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.settings.EmergencyNumber;

/**
 * Turns an assessment into a level with reasons. Rules are data in assets/triage/rules.json; the
 * result is the most urgent level any rule gives over every region assessed (spec/assessment.md).
 * It is about levels only: the causes and the exercise plan are composed in org.popcheck.check.
 */
public final class TriageEngine {

    /** One per language: the texts are read in the language in use. */
    private static final org.popcheck.i18n.PerLanguage<TriageEngine> STANDARD = new org.popcheck.i18n.PerLanguage<>(() -> new TriageEngine(RuleBook.standard(), TriageTexts.standard(), FactCatalog.standard()));

    private final RuleBook rules;
    private final TriageTexts texts;
    private final FactCatalog catalog;
    private final Publications publications;

    /** With the publications that ship with the app ({@link Publications#standard()}). */
    public TriageEngine(RuleBook rules, TriageTexts texts, FactCatalog catalog) {
        this(rules, texts, catalog, Publications.standard());
    }

    /** {@code publications} says what each source is about, so a reason cites only those that fit its place. */
    public TriageEngine(RuleBook rules, TriageTexts texts, FactCatalog catalog, Publications publications) {
        this.rules = rules;
        this.texts = texts;
        this.catalog = catalog;
        this.publications = publications;
    }

    /** The engine with the rules that ship with the app, loaded and checked once. */
    public static TriageEngine standard() {
        return STANDARD.get();
    }

    public RuleBook rules() {
        return rules;
    }

    /** Evaluates with the emergency number of the system locale. */
    public TriageResult evaluate(Assessment assessment) {
        return evaluate(assessment, EmergencyNumber.forLocale(Locale.getDefault()));
    }

    public TriageResult evaluate(Assessment assessment, String emergencyNumber) {
        List<Rule> fired = firedRules(assessment);
        List<Reason> reasons = reasons(assessment, fired);
        // Rules are held most urgent first, so the first rule that fired carries the level.
        Level level = fired.isEmpty() ? Level.SELF_CARE : fired.get(0).level();
        List<Suspicion> withheld = fired.stream().map(Rule::suspects).filter(Suspicion::withholdsExercises).distinct().toList();
        // Which exercises, if any, is decided by org.popcheck.check.ExercisePlanner from this result.
        return new TriageResult(level, reasons, texts.advice(level, emergencyNumber, !withheld.isEmpty(), RecentInjury.hurting(assessment), RecentInjury.early(assessment)), watchFor(assessment, level), withheld);
    }

    /** Only the level: stops at the first (most urgent) rule that fires. */
    public Level level(Assessment assessment) {
        Set<Region> regions = regions(assessment);
        for (Rule rule : rules.rules()) {
            if (concerns(rule, regions) && rule.when().test(assessment)) {
                return rule.level();
            }
        }
        return Level.SELF_CARE;
    }

    /** Every rule that fires for the regions assessed, most urgent first. */
    public List<Rule> firedRules(Assessment a) {
        Set<Region> regions = regions(a);
        return rules.rules().stream().filter(rule -> concerns(rule, regions) && rule.when().test(a)).toList();
    }

    private List<Reason> reasons(Assessment a, List<Rule> fired) {
        List<Reason> out = new ArrayList<>();
        for (Rule rule : fired) {
            Set<String> facts = new LinkedHashSet<>();
            rule.when().collectFacts(a, facts);
            List<String> factList = List.copyOf(facts);
            if (rule.isPersonWide()) {
                out.add(new Reason(rule.id(), rule.level(), null, factList, rule.text(), sourceFor(rule, regions(a))));
            } else {
                for (BodySite site : a.sites()) {
                    if (rule.regions().contains(site.region())) {
                        out.add(new Reason(rule.id(), rule.level(), site, factList, rule.text(), sourceFor(rule, Set.of(site.region()))));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The rule's publications that are about {@code regions} (the reason's place, or every place checked
     * for a rule about the whole person) or general: a back-popping article is not the source of an
     * ankle's reason. When none fits, a plain sentence says so rather than cite another place's source.
     */
    private String sourceFor(Rule rule, Set<Region> regions) {
        String fitting = publications.fitting(rule.source(), regions);
        return fitting.isEmpty() ? org.popcheck.i18n.Messages.get("triage.source.noneForPlace") : fitting;
    }

    /**
     * The safety net: each warning sign that applies to the regions assessed (and whose sentence is
     * about them, watch.json's forRegions) and the person's age, is
     * absent (or "no") now, and would make the level more urgent if it were answered yes.
     */
    private List<WatchSign> watchFor(Assessment a, Level now) {
        if (now == Level.EMERGENCY_AMBULANCE) {
            return List.of();
        }
        Set<Region> regions = regions(a);
        List<WatchSign> out = new ArrayList<>();
        for (Map.Entry<String, String> sign : texts.watchSentences().entrySet()) {
            String fact = sign.getKey();
            if (!wouldBeAsked(fact, a, regions) || a.yes(fact) || !texts.watchApplies(fact, a.age())
                    || !texts.watchFits(fact, regions)) {
                continue;
            }
            Level then = level(a.with(fact, Answer.YesNo.YES));
            if (then.isMoreUrgentThan(now)) {
                out.add(new WatchSign(fact, sign.getValue(), then));
            }
        }
        // Most urgent first, so the person reads the gravest signs first; stable within a level.
        out.sort((x, y) -> x.wouldBecome().compareTo(y.wouldBecome()));
        return out;
    }

    /**
     * Only signs the wizard would ask this person about: the fact concerns an assessed region, and its
     * follow-up condition holds (no "the wound over the joint" without an injury). A sign the lists
     * only file under a broader one (listedUnder) is complete on its own, so it stays on the watch list.
     */
    private boolean wouldBeAsked(String fact, Assessment a, Set<Region> regions) {
        return catalog.find(fact)
                .filter(d -> d.scope().stream().anyMatch(regions::contains))
                .filter(d -> d.askIf().isEmpty() || d.askIf().stream().anyMatch(a::yes))
                .isPresent();
    }

    private static boolean concerns(Rule rule, Set<Region> regions) {
        if (rule.isPersonWide()) {
            return true;
        }
        for (Region r : regions) {
            if (rule.regions().contains(r)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Region> regions(Assessment a) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        a.sites().forEach(s -> regions.add(s.region()));
        return regions;
    }
}
