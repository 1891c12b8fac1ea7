package org.popcheck.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.assessment.QuestionPlan;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.check.PersonConditions;
import org.popcheck.triage.Condition;
import org.popcheck.triage.Level;
import org.popcheck.triage.Rule;
import org.popcheck.triage.RuleRelevance;
import org.popcheck.triage.TriageEngine;

/**
 * What a check asks, in what order, and how: the one place the wizard and {@code triage --plan}
 * take their screens from, so that they cannot disagree.
 *
 * <ul>
 *   <li>The emergency signs: one list, in every check.</li>
 *   <li>The popping: one question each (sound, how often, pain, how long...).</li>
 *   <li>How it started ("injury"), then every other yes/no sign in at most three lists, most urgent
 *       first, each followed by the follow-up questions of the signs answered yes or not sure.</li>
 * </ul>
 *
 * A sign that no rule for the picked places can use with the answers of the earlier steps is not
 * asked ({@link RuleRelevance}); facts the causes of the picked places' noise use are asked where
 * they are in scope, and so are
 * the facts the exercise cautions read, for the places whose exercises carry those cautions, unless the
 * earlier answers already hold exercises back. A fact asked only for a caution cannot change the level,
 * so it joins the least urgent list of the check rather than opening a list of its own. The
 * injury's date is asked right after the injury, and the lists are chosen with it: a new fall on a
 * joint that has popped for years is a recent injury, however long the popping has lasted. A sign the
 * catalog files under a broader one ({@code listedUnder}: pain down a leg or an arm under "pain
 * shooting down an arm or a leg", a stiff neck under the fever) is that sign's follow-up: the list
 * names the broader sign once, and each sign it stands for is asked when it is yes or not sure.
 */
public final class CheckPlanner {

    static final String INJURY = "injury";
    static final String INJURY_DAYS_AGO = "injury_days_ago";
    static final String DURATION = "duration_days";
    private static final Set<String> SIGN_GROUPS = Set.of("person", "onset", "warning");

    /** One per language: the texts are read in the language in use. */
    private static final org.popcheck.i18n.PerLanguage<CheckPlanner> STANDARD = new org.popcheck.i18n.PerLanguage<>(CheckPlanner::standardForLanguage);

    /** The planner for the language in use: per region, it always asks the facts that region's causes read, and those its exercise cautions read. */
    private static CheckPlanner standardForLanguage() {
        return new CheckPlanner(FactCatalog.standard(), TriageEngine.standard(),
                org.popcheck.causes.CauseBook.standard().factsReadByRegion(),
                PersonConditions.factsReadByCautions(org.popcheck.exercise.ExerciseCatalog.standard()));
    }

    private final FactCatalog catalog;
    private final QuestionPlan plan;
    private final TriageEngine engine;
    private final RuleRelevance relevance;
    private final Map<Region, Set<String>> alwaysAsked;
    private final Map<Region, Set<String>> cautionFacts;
    private final Map<String, SignTier> tiers;

    /**
     * @param alwaysAsked  per region, facts asked in a check of that region wherever in scope (and
     *                     age) even when no rule can use them now (the causes of that region's noise
     *                     read them). A region missing means none.
     * @param cautionFacts per region, the facts the cautions of its exercises read
     *                     ({@link PersonConditions#factsReadByCautions}); asked in scope and age while
     *                     the earlier answers still allow exercises. A region missing means none.
     */
    public CheckPlanner(FactCatalog catalog, TriageEngine engine, Map<Region, Set<String>> alwaysAsked, Map<Region, Set<String>> cautionFacts) {
        this.catalog = catalog;
        this.plan = new QuestionPlan(catalog);
        this.engine = engine;
        this.relevance = new RuleRelevance(engine.rules());
        this.alwaysAsked = Map.copyOf(alwaysAsked);
        this.cautionFacts = Map.copyOf(cautionFacts);
        this.tiers = tiers(catalog, engine.rules().rules());
    }

    /** A planner that asks these facts in every region and no fact for the exercise cautions. */
    public CheckPlanner(FactCatalog catalog, TriageEngine engine, Set<String> alwaysAsked) {
        this(catalog, engine, everyRegion(alwaysAsked), Map.of());
    }

    private static Map<Region, Set<String>> everyRegion(Set<String> facts) {
        Map<Region, Set<String>> out = new java.util.EnumMap<>(Region.class);
        for (Region r : Region.values()) {
            out.put(r, facts);
        }
        return out;
    }

    /** The planner with the catalog and rules that ship with the app. */
    public static CheckPlanner standard() {
        return STANDARD.get();
    }

    // ---- the screens of each step ----------------------------------------------------------

    /** The emergency signs as one list. */
    public List<PlanScreen> emergency(Set<Region> regions) {
        List<String> signs = catalog.group("emergency").stream()
                .filter(f -> regions.stream().anyMatch(f::appliesTo)).map(FactDefinition::id).toList();
        return signs.isEmpty() ? List.of() : List.of(PlanScreen.list(SignTier.EMERGENCY, signs));
    }

    /** The popping questions, one screen each. */
    public List<PlanScreen> popping(Set<Region> regions, Map<String, Answer> answers) {
        List<PlanScreen> out = new ArrayList<>();
        for (FactDefinition f : catalog.group("popping")) {
            if (!isListSign(f) && plan.isAsked(f, regions, answers)) {
                out.add(PlanScreen.question(f.id()));
            }
        }
        return out;
    }

    /**
     * How it started, then the lists of signs, each with the follow-ups of its signs answered yes
     * or not sure, then the remaining number questions.
     */
    public List<PlanScreen> warnings(int age, Set<Region> regions, Map<String, Answer> answers) {
        List<PlanScreen> out = new ArrayList<>();
        FactDefinition injury = catalog.find(INJURY).orElseThrow();
        if (plan.isAsked(injury, regions, answers)) {
            out.add(PlanScreen.question(INJURY));
            if (plan.isAsked(catalog.find(INJURY_DAYS_AGO).orElseThrow(), regions, answers)) {
                out.add(PlanScreen.question(INJURY_DAYS_AGO));
            }
        }
        // Each list is chosen with the answers given before it: those of the earlier steps, then those
        // of the more urgent lists already shown (and their follow-ups). Once those answers reach an
        // emergency level, a later list whose signs can neither raise the level nor change what the
        // result shows is not asked (trial 13: saddle numbness, then desk sitting and pregnancy).
        Map<String, Answer> known = earlierAnswers(answers);
        Set<String> forCausesAnyLevel = ofRegions(alwaysAsked, regions);
        Map<SignTier, List<String>> lists = new LinkedHashMap<>();
        List<String> onlyForCautions = new ArrayList<>();
        Map<SignTier, Boolean> cautionsStillAsked = new java.util.EnumMap<>(SignTier.class);
        for (SignTier tier : List.of(SignTier.SAME_DAY, SignTier.WITHIN_A_DAY, SignTier.WITHIN_WEEKS)) {
            Assessment sofar = new Assessment(age, sites(regions), known);
            Level current = engine.level(sofar);
            boolean withheld = engine.firedRules(sofar).stream().anyMatch(r -> r.suspects().withholdsExercises());
            // At an emergency level the result shows no causes, so facts asked only for them wait.
            Set<String> forCauses = current.isEmergency() ? Set.of() : forCausesAnyLevel;
            Set<String> forCautions = current.allowsExercises() && !withheld ? ofRegions(cautionFacts, regions) : Set.of();
            cautionsStillAsked.put(tier, !forCautions.isEmpty());
            List<String> members = new ArrayList<>();
            for (FactDefinition f : inListOrder()) {
                if (isListSign(f) && tiers.get(f.id()) == tier && plan.isAsked(f, regions, answers) && f.appliesToAge(age)) {
                    if (forCauses.contains(f.id()) || relevance.canMatter(f.id(), age, regions, known, current, withheld)
                            || gatesARelevantFollowUp(f, forCauses, age, regions, known, current, withheld)) {
                        members.add(f.id());
                    } else if (forCautions.contains(f.id())) {
                        onlyForCautions.add(f.id());
                    }
                }
            }
            lists.put(tier, members);
            known = withListAnswers(known, members, regions, answers);
        }
        addToLeastUrgentList(lists, onlyForCautions, cautionsStillAsked);
        // The number questions come after every list: they are chosen with all those answers.
        Assessment afterTheLists = new Assessment(age, sites(regions), known);
        Level current = engine.level(afterTheLists);
        boolean withheld = engine.firedRules(afterTheLists).stream().anyMatch(r -> r.suspects().withholdsExercises());
        Set<String> forCauses = current.isEmergency() ? Set.of() : forCausesAnyLevel;
        for (Map.Entry<SignTier, List<String>> list : lists.entrySet()) {
            List<String> members = list.getValue();
            if (members.isEmpty()) {
                continue;
            }
            out.add(PlanScreen.list(list.getKey(), members));
            for (FactDefinition f : catalog.all()) {
                if (isFollowUp(f) && f.askedAfter().stream().anyMatch(members::contains) && plan.isAsked(f, regions, answers)) {
                    out.add(PlanScreen.question(f.id()));
                }
            }
        }
        for (FactDefinition f : catalog.all()) {
            if (f.type() == FactType.NUMBER && SIGN_GROUPS.contains(f.group()) && !isFollowUp(f) && !f.id().equals(INJURY_DAYS_AGO)
                    && plan.isAsked(f, regions, answers) && f.appliesToAge(age)
                    && (forCauses.contains(f.id()) || relevance.canMatter(f.id(), age, regions, known, current, withheld))) {
                out.add(PlanScreen.question(f.id()));
            }
        }
        return out;
    }

    /** Every screen of a check, in order (the age and the places come before them). */
    public List<PlanScreen> screens(int age, Set<Region> regions, Map<String, Answer> answers) {
        List<PlanScreen> out = new ArrayList<>(emergency(regions));
        out.addAll(popping(regions, answers));
        out.addAll(warnings(age, regions, answers));
        return out;
    }

    /** The screens for an assessment's own regions, age and answers. */
    public List<PlanScreen> screens(Assessment a) {
        return screens(a.age(), regions(a), a.facts());
    }

    /**
     * How many answers a person gives from Start to the result when every sign in every list is
     * "no": one per place picked, one for the age, one per list ("None of these"), one per question
     * (what sets it off is optional and counts none). Other answers are taken from the assessment.
     */
    public int answersNeeded(Assessment a) {
        Map<String, Answer> noSigns = new LinkedHashMap<>(a.facts());
        for (FactDefinition f : catalog.all()) {
            if (isListSign(f) || f.group().equals("emergency")) {
                noSigns.put(f.id(), Answer.YesNo.NO);
            }
        }
        int answers = a.sites().size() + 1;
        for (PlanScreen s : screens(a.age(), regions(a), noSigns)) {
            boolean optional = s.kind() == PlanScreen.Kind.QUESTION
                    && catalog.find(s.facts().get(0)).map(f -> f.type() == FactType.MULTI).orElse(false);
            answers += optional ? 0 : 1;
        }
        return answers;
    }

    /** The facts these screens ask, in order. */
    public static List<String> factsOf(List<PlanScreen> screens) {
        return screens.stream().flatMap(s -> s.facts().stream()).toList();
    }

    // ---- what goes where --------------------------------------------------------------------

    /** True for the injury's date, asked right after "injury" and before the lists of signs. */
    public static boolean isInjuryDate(String factId) {
        return INJURY_DAYS_AGO.equals(factId);
    }

    /** A yes/no fact answered in a list (everything but the popping questions, "injury" and follow-ups). */
    public boolean isListSign(FactDefinition f) {
        if (f.type() != FactType.YESNO || f.id().equals(INJURY) || f.group().equals("emergency") || isFollowUp(f)) {
            return false;
        }
        return SIGN_GROUPS.contains(f.group()) || f.sign() != null;
    }

    /** A question asked only after a sign of a list: every fact it depends on is itself a list sign. */
    public boolean isFollowUp(FactDefinition f) {
        return !f.askedAfter().isEmpty() && f.askedAfter().stream()
                .allMatch(id -> catalog.find(id).map(p -> p.type() == FactType.YESNO && !p.id().equals(INJURY)
                        && SIGN_GROUPS.contains(p.group()) && p.askedAfter().stream().noneMatch(f.id()::equals)).orElse(false));
    }

    public SignTier tierOf(String fact) {
        return tiers.getOrDefault(fact, SignTier.WITHIN_WEEKS);
    }

    /** The facts a per-region table (the causes', the exercise cautions') holds for any of these places. */
    private static Set<String> ofRegions(Map<Region, Set<String>> perRegion, Set<Region> regions) {
        Set<String> out = new java.util.HashSet<>();
        regions.forEach(r -> out.addAll(perRegion.getOrDefault(r, Set.of())));
        return out;
    }

    /**
     * Facts asked only for the exercise cautions cannot change the level, so they join the least urgent
     * list the check already has (no extra screen), keeping that list's order of groups (the person's
     * health last); only a check with no list at all gets one for them. They are dropped when the
     * answers before that list already hold exercises back ({@code stillAsked} per list).
     */
    private void addToLeastUrgentList(Map<SignTier, List<String>> lists, List<String> facts, Map<SignTier, Boolean> stillAsked) {
        if (facts.isEmpty()) {
            return;
        }
        SignTier target = SignTier.WITHIN_WEEKS;
        for (Map.Entry<SignTier, List<String>> list : lists.entrySet()) {
            if (!list.getValue().isEmpty()) {
                target = list.getKey();
            }
        }
        if (!stillAsked.getOrDefault(target, false)) {
            return;
        }
        Set<String> members = new java.util.HashSet<>(lists.get(target));
        members.addAll(facts);
        lists.put(target, inListOrder().stream().map(FactDefinition::id).filter(members::contains).toList());
    }

    private boolean gatesARelevantFollowUp(FactDefinition f, Set<String> forCauses, int age, Set<Region> regions, Map<String, Answer> known,
            Level current, boolean withheld) {
        return catalog.all().stream().anyMatch(g -> isFollowUp(g) && g.askedAfter().contains(f.id())
                && (forCauses.contains(g.id()) || relevance.canMatter(g.id(), age, regions, known, current, withheld)));
    }

    /** Signs of the body first, then how it started, then the person's health, then the rest. */
    private List<FactDefinition> inListOrder() {
        List<String> order = List.of("warning", "onset", "person");
        return catalog.all().stream()
                .sorted(java.util.Comparator.comparingInt(f -> order.contains(f.group()) ? order.indexOf(f.group()) : order.size()))
                .toList();
    }

    /** {@code known} with the answers to these list signs and to their follow-ups added. */
    private Map<String, Answer> withListAnswers(Map<String, Answer> known, List<String> members, Set<Region> regions,
            Map<String, Answer> answers) {
        Map<String, Answer> out = new LinkedHashMap<>(known);
        for (FactDefinition f : catalog.all()) {
            // A follow-up counts only where it is asked: an answer left from a sign since set to no does not.
            boolean asked = members.contains(f.id())
                    || isFollowUp(f) && f.askedAfter().stream().anyMatch(members::contains) && plan.isAsked(f, regions, answers);
            if (asked && answers.containsKey(f.id())) {
                out.put(f.id(), answers.get(f.id()));
            }
        }
        return out;
    }

    /** The answers given before the lists: the emergency signs, the popping, "injury" and its date. */
    private Map<String, Answer> earlierAnswers(Map<String, Answer> answers) {
        Map<String, Answer> known = new LinkedHashMap<>();
        answers.forEach((id, answer) -> catalog.find(id).ifPresent(f -> {
            if (f.group().equals("emergency") || f.group().equals("popping") && !isListSign(f) || id.equals(INJURY)
                    || id.equals(INJURY_DAYS_AGO)) {
                known.put(id, answer);
            }
        }));
        return known;
    }

    /** Each list sign's tier: the most urgent level of the rules that name it, or of its follow-ups. */
    private static Map<String, SignTier> tiers(FactCatalog catalog, List<Rule> rules) {
        Map<String, Level> most = new LinkedHashMap<>();
        for (Rule rule : rules) {
            for (List<Condition> alternative : rule.when().alternatives()) {
                for (Condition atom : alternative) {
                    List<String> facts = atom instanceof Condition.Yes y ? List.of(y.fact())
                            : atom instanceof Condition.NumberAtLeast n ? List.of(n.fact())
                            : atom instanceof Condition.Injury ? List.of(INJURY, "major_trauma", "fall_from_standing")
                            : List.of();
                    facts.forEach(fact -> most.merge(fact, rule.level(), Level::mostUrgent));
                }
            }
        }
        for (FactDefinition f : catalog.all()) {
            for (String parent : f.askedAfter()) {
                Level child = most.get(f.id());
                if (child != null && catalog.find(parent).map(p -> p.type() == FactType.YESNO).orElse(false)) {
                    most.merge(parent, child, Level::mostUrgent);
                }
            }
        }
        Map<String, SignTier> out = new LinkedHashMap<>();
        for (FactDefinition f : catalog.all()) {
            out.put(f.id(), SignTier.of(most.getOrDefault(f.id(), Level.SELF_CARE)));
        }
        return out;
    }

    private static List<BodySite> sites(Set<Region> regions) {
        return regions.stream().map(r -> new BodySite(r, r.isSpine() ? org.popcheck.body.Side.CENTER : org.popcheck.body.Side.LEFT)).toList();
    }

    private static Set<Region> regions(Assessment a) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        a.sites().forEach(s -> regions.add(s.region()));
        return regions;
    }
}
