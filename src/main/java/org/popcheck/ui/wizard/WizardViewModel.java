package org.popcheck.ui.wizard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.assessment.QuestionPlan;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.i18n.Messages;
import org.popcheck.plan.CheckPlanner;
import org.popcheck.plan.PlanScreen;
import org.popcheck.plan.SignTier;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageResult;
import org.popcheck.ui.Outcome;

/**
 * The state of one wizard run, without any controls: the step, the chosen sites, the age, the
 * answers, why Next is blocked, and the result. Every change re-runs the triage on the answers so
 * far, so that an answer that calls for an ambulance stops the wizard at once.
 */
public final class WizardViewModel {

    /** How a list of signs was answered: "I have one of these", "Not sure about one", "None of these". */
    public enum ListMode { HAVE, UNSURE, NONE }

    static final int MIN_AGE = 0; // 0 = a baby under one year (contract version 2)
    static final int MAX_AGE = 120;

    private final QuestionPlan plan;
    /**
     * Asked for on the first question step, not when the model is made: the standard planner reads
     * and checks the rules and the causes, a tenth of a second or more that the first screen (the
     * start page) does not need. The app warms it up in the background once that screen is shown.
     */
    private final Supplier<CheckPlanner> planner;
    private final ObservableMap<SignTier, ListMode> listModes = FXCollections.observableHashMap();
    /** The screens of the three question steps for the answers so far; null when an input changed. */
    private Map<WizardStep, List<PlanScreen>> screens;
    private boolean syncing;
    private final Function<Assessment, TriageResult> triage;

    private final ObjectProperty<WizardStep> step = new SimpleObjectProperty<>(WizardStep.START);
    private final ObservableSet<BodySite> sites = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty ageText = new SimpleStringProperty("");
    private final ObservableMap<String, Answer> answers = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> numberTexts = FXCollections.observableMap(new LinkedHashMap<>());
    private final ReadOnlyStringWrapper blocker = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper stopped = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();

    /** With the app's standard planner ({@link CheckPlanner#standard()}), made on first use. */
    public WizardViewModel(FactCatalog catalog, Function<Assessment, TriageResult> triage) {
        this(catalog, CheckPlanner::standard, triage);
    }

    public WizardViewModel(FactCatalog catalog, CheckPlanner planner, Function<Assessment, TriageResult> triage) {
        this(catalog, () -> planner, triage);
    }

    /** {@code planner} is asked for only when a question step needs it (never for the start page). */
    WizardViewModel(FactCatalog catalog, Supplier<CheckPlanner> planner, Function<Assessment, TriageResult> triage) {
        this.plan = new QuestionPlan(catalog);
        this.planner = planner;
        this.triage = triage;
        // Pain starts unanswered: a check skipped past the slider must not be recorded as pain-free.
        for (Observable o : new Observable[] {sites, ageText, answers, numberTexts, listModes}) {
            o.addListener(x -> screens = null);
        }
        for (Observable o : new Observable[] {sites, ageText, answers, numberTexts}) {
            o.addListener(x -> reopenListsWithUnseenSigns());
        }
        Observable[] inputs = {step, sites, ageText, answers, numberTexts, listModes};
        for (Observable o : inputs) {
            o.addListener(x -> blocker.set(findBlocker()));
        }
        for (Observable o : new Observable[] {sites, ageText, answers, numberTexts}) {
            o.addListener(x -> stopIfAmbulanceNeeded());
        }
    }

    // ---- navigation ----------------------------------------------------------------------------

    public void next() {
        if (!blocker.get().isEmpty() || stopped.get()) {
            return;
        }
        if (isQuestionStep(step.get()) && stopIfAmbulanceNeeded()) {
            return;
        }
        if (step.get() == WizardStep.WARNINGS) {
            Optional<TriageResult> result = evaluate();
            if (result.isEmpty()) {
                return;
            }
            outcome.set(new Outcome(assessment().orElseThrow(), result.get()));
            if (result.get().level() == Level.EMERGENCY_AMBULANCE) {
                stopped.set(true);
                return;
            }
        }
        step.set(step.get().next());
    }

    /** From the call-now screen back to the question; otherwise one step back. Answers stay. */
    public void back() {
        if (stopped.get()) {
            stopped.set(false);
        } else {
            step.set(step.get().previous());
        }
    }

    /** A fresh run: every answer is cleared. */
    public void restart() {
        // The start step first: from the call-now page, the check for an ambulance and the page of
        // questions would otherwise react to each answer being cleared (and stop the wizard again).
        step.set(WizardStep.START);
        stopped.set(false);
        outcome.set(null);
        // The lists first: a list still answered "None of these" would refill the answers being cleared.
        listModes.clear();
        answers.clear();
        numberTexts.clear();
        sites.clear();
        ageText.set("");
    }

    /**
     * Carries a run over from {@code earlier} (the same check in another language): the places,
     * age, answers, lists, step and, when there was one, the result, worked out again here so
     * its words are in this model's language. The level is the same: the rules read only answers.
     */
    public void takeOver(WizardViewModel earlier) {
        sites.addAll(earlier.sites);
        ageText.set(earlier.ageText.get());
        answers.putAll(earlier.answers);
        numberTexts.putAll(earlier.numberTexts);
        listModes.putAll(earlier.listModes);
        // The result before the step: the result page is built as soon as the step is the result.
        if (earlier.outcome.get() != null) {
            // made when the earlier one was: a change of language makes no check newer than a sign logged since
            evaluate().ifPresent(r -> outcome.set(new Outcome(assessment().orElseThrow(), r, earlier.outcome.get().at())));
        }
        step.set(earlier.step.get());
        stopped.set(earlier.stopped.get());
    }

    // ---- answers -------------------------------------------------------------------------------

    public void answer(String factId, Answer answer) {
        if (answer == null) {
            answers.remove(factId);
        } else {
            answers.put(factId, answer);
        }
    }

    public void setNumberText(String factId, String text) {
        numberTexts.put(factId, text == null ? "" : text.trim());
    }

    public String numberText(String factId) {
        return numberTexts.getOrDefault(factId, "");
    }

    public Optional<Answer> answerOf(String factId) {
        return Optional.ofNullable(answers.get(factId));
    }

    /** The emergency signs, in the person's words, as the start page lists them (one source: the catalog). */
    public List<String> emergencySigns() {
        return plan.catalog().group("emergency").stream().map(FactDefinition::signText).toList();
    }

    /**
     * Every fact that can appear on a step for the places picked, in the order the step shows them
     * (its screens decide which of them are asked now).
     */
    public List<FactDefinition> questionsOf(WizardStep s) {
        Set<Region> r = regions();
        return plan.catalog().all().stream()
                .filter(f -> r.stream().anyMatch(f::appliesTo) && stepOf(f) == s)
                .toList();
    }

    /** The screens of a question step for the answers so far: lists of signs and single questions. */
    public List<PlanScreen> screensOf(WizardStep s) {
        if (screens == null) {
            Set<Region> r = regions();
            Map<String, Answer> given = answersWithNumbers();
            Map<WizardStep, List<PlanScreen>> now = new java.util.EnumMap<>(WizardStep.class);
            now.put(WizardStep.EMERGENCY, planner().emergency(r));
            now.put(WizardStep.POPPING, planner().popping(r, given));
            OptionalInt a = age();
            now.put(WizardStep.WARNINGS, a.isPresent() ? planner().warnings(a.getAsInt(), r, given) : List.of());
            screens = now;
        }
        return screens.getOrDefault(s, List.of());
    }

    /** True when the question is asked now: on one of its step's screens for the answers so far. */
    public boolean isAsked(FactDefinition fact) {
        WizardStep s = stepOf(fact);
        return s != null && screensOf(s).stream().anyMatch(screen -> screen.facts().contains(fact.id()));
    }

    /** What a check asks and where: the page lays out its nodes by the same planner. */
    public CheckPlanner planner() {
        return planner.get();
    }

    /** A fact of the catalog by id (it must exist). */
    public FactDefinition catalogFact(String id) {
        return plan.catalog().find(id).orElseThrow(() -> new IllegalArgumentException("unknown fact " + id));
    }

    /** The list of signs a fact is answered in on its step, if it is in one now. */
    public Optional<PlanScreen> listOf(String factId) {
        return plan.catalog().find(factId).map(this::stepOf).stream()
                .flatMap(st -> screensOf(st).stream())
                .filter(sc -> sc.kind() == PlanScreen.Kind.LIST && sc.facts().contains(factId))
                .findFirst();
    }

    public Optional<ListMode> listMode(SignTier tier) {
        return Optional.ofNullable(listModes.get(tier));
    }

    public ObservableMap<SignTier, ListMode> listModes() {
        return listModes;
    }

    /**
     * Answers a whole list: "None of these" records every sign as no; "I have one of these" starts
     * with every sign as no until the person ticks which; "Not sure about one" clears them so each
     * is answered on its own (yes, no or not sure).
     */
    public void answerList(SignTier tier, ListMode mode) {
        for (String id : membersOf(tier)) {
            switch (mode) {
                case NONE -> answers.put(id, Answer.YesNo.NO);
                case HAVE -> {
                    if (answers.get(id) != Answer.YesNo.YES) {
                        answers.put(id, Answer.YesNo.NO);
                    }
                }
                case UNSURE -> answers.remove(id);
            }
        }
        // Last: with the mode set first, the signs not yet filled in would reopen the list.
        listModes.put(tier, mode);
    }

    /** In a list answered "I have one of these": this sign is (or is not) one of them. */
    public void tick(String factId, boolean have) {
        answers.put(factId, have ? Answer.YesNo.YES : Answer.YesNo.NO);
    }

    private List<String> membersOf(SignTier tier) {
        for (WizardStep st : List.of(WizardStep.EMERGENCY, WizardStep.WARNINGS)) {
            for (PlanScreen sc : screensOf(st)) {
                if (sc.kind() == PlanScreen.Kind.LIST && sc.tier() == tier) {
                    return sc.facts();
                }
            }
        }
        return List.of();
    }

    /**
     * A sign that joins a list already answered "None of these" or "I have one of these" (an earlier
     * answer changed, say "injury" to yes) has not been seen: the list is asked again, its new signs
     * unanswered. Filling them in as "no" would record an answer the person never gave, and could
     * send someone who fell down the stairs home (hazard H21).
     */
    private void reopenListsWithUnseenSigns() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            // A copy: reopening a list changes the list modes.
            for (Map.Entry<SignTier, ListMode> list : List.copyOf(listModes.entrySet())) {
                if (list.getValue() != ListMode.UNSURE && membersOf(list.getKey()).stream().anyMatch(id -> !answers.containsKey(id))) {
                    listModes.remove(list.getKey());
                }
            }
        } finally {
            syncing = false;
        }
    }

    private WizardStep stepOf(FactDefinition f) {
        if (f.group().equals("emergency")) {
            return WizardStep.EMERGENCY;
        }
        if (f.group().equals("popping") && !planner().isListSign(f)) {
            return WizardStep.POPPING;
        }
        return WizardStep.WARNINGS;
    }

    /** The answers with the numbers typed so far, as the planner reads them. */
    private Map<String, Answer> answersWithNumbers() {
        Map<String, Answer> all = new LinkedHashMap<>(answers);
        numberTexts.forEach((id, text) -> plan.catalog().find(id)
                .flatMap(f -> { OptionalDouble v = parse(f, text); return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty(); })
                .ifPresent(v -> all.put(id, new Answer.Number(v))));
        return all;
    }

    /** The answers, the age and the sites as the engine sees them; empty while age or sites are missing. */
    public Optional<Assessment> assessment() {
        OptionalInt age = age();
        if (age.isEmpty() || sites.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Answer> facts = new LinkedHashMap<>();
        for (FactDefinition f : plan.catalog().all()) {
            if (!isAsked(f)) {
                continue;
            }
            if (f.type() == FactType.NUMBER) {
                parse(f, numberTexts.get(f.id())).ifPresent(v -> facts.put(f.id(), new Answer.Number(v)));
            } else if (answers.containsKey(f.id())) {
                Answer a = answers.get(f.id());
                if (!(a instanceof Answer.Choices c && c.options().isEmpty())) {
                    facts.put(f.id(), a);
                }
            }
        }
        List<BodySite> ordered = new ArrayList<>(sites);
        ordered.sort(Comparator.comparing(BodySite::region).thenComparing(BodySite::side));
        return Optional.of(new Assessment(age.getAsInt(), ordered, facts));
    }

    public OptionalInt age() {
        try {
            int a = Integer.parseInt(ageText.get().trim());
            return a >= MIN_AGE && a <= MAX_AGE ? OptionalInt.of(a) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    // ---- validity and the emergency stop -------------------------------------------------------

    private String findBlocker() {
        WizardStep s = step.get();
        if (s == WizardStep.WHERE && sites.isEmpty()) {
            return Messages.get("wizard.invalid.noSite");
        }
        if (s == WizardStep.ABOUT && age().isEmpty()) {
            String problem = ageProblem();
            return problem.isEmpty() ? Messages.get("wizard.invalid.age", MIN_AGE, MAX_AGE) : problem;
        }
        if (!isQuestionStep(s)) {
            return "";
        }
        int open = 0;
        for (PlanScreen screen : screensOf(s)) {
            if (screen.kind() == PlanScreen.Kind.LIST) {
                ListMode mode = listModes.get(screen.tier());
                if (mode == ListMode.HAVE && screen.facts().stream().noneMatch(id -> answers.get(id) == Answer.YesNo.YES)) {
                    return Messages.get("wizard.invalid.tickOne");
                }
                open += mode == null || screen.facts().stream().anyMatch(id -> !answers.containsKey(id)) ? 1 : 0;
                continue;
            }
            FactDefinition f = plan.catalog().find(screen.facts().get(0)).orElseThrow();
            switch (f.type()) {
                case NUMBER -> {
                    if (parse(f, numberTexts.get(f.id())).isEmpty()) {
                        if (f.id().equals("pain")) {
                            return Messages.get("wizard.invalid.pain");
                        }
                        String problem = numberProblem(f.id());
                        return problem.isEmpty() ? Messages.get("wizard.invalid.number", f.question(), whole(f.min()), whole(f.max())) : problem;
                    }
                }
                case CHOICE, YESNO -> open += answers.containsKey(f.id()) ? 0 : 1;
                case MULTI -> { } // optional: "nothing in particular" is a fair answer
            }
        }
        return open == 0 ? "" : Messages.get("wizard.invalid.unanswered", open);
    }

    /** Re-runs the triage on the answers so far; stops the wizard when they call for an ambulance. */
    private boolean stopIfAmbulanceNeeded() {
        if (!isQuestionStep(step.get()) || stopped.get()) {
            return stopped.get();
        }
        Optional<TriageResult> result = evaluate();
        if (result.isPresent() && result.get().level() == Level.EMERGENCY_AMBULANCE) {
            outcome.set(new Outcome(assessment().orElseThrow(), result.get()));
            stopped.set(true);
            return true;
        }
        return false;
    }

    private Optional<TriageResult> evaluate() {
        Optional<Assessment> a = assessment();
        if (a.isEmpty()) {
            return Optional.empty();
        }
        try {
            error.set("");
            return Optional.of(triage.apply(a.get()));
        } catch (RuntimeException e) {
            // The engine must never take the wizard down; say so in words and keep every answer.
            error.set(Messages.get("wizard.error.triage"));
            return Optional.empty();
        }
    }

    private static boolean isQuestionStep(WizardStep s) {
        return s == WizardStep.EMERGENCY || s == WizardStep.POPPING || s == WizardStep.WARNINGS;
    }

    /**
     * What is wrong with the text typed for the number question {@code factId}, in one plain
     * sentence naming the problem: not written in digits ("abc", "3 days": "type the number of days
     * as digits, for example 3"), or not a whole number in the question's range. Empty while the
     * field is empty (not yet answered, not wrong) or holds a number that can be used.
     */
    public String numberProblem(String factId) {
        FactDefinition f = plan.catalog().find(factId).orElse(null);
        String text = numberText(factId);
        if (f == null || text.isEmpty() || parse(f, text).isPresent()) {
            return "";
        }
        if (!NUMBER_LIKE.matcher(text).matches()) {
            String key = "wizard.invalid.digits." + f.id();
            return Messages.has(key) ? Messages.get(key) : Messages.get("wizard.invalid.digits", f.question());
        }
        return Messages.get("wizard.invalid.number", f.question(), whole(f.min()), whole(f.max()));
    }

    /** The same for the age: not in digits, or not a whole number of years in range; empty while empty or usable. */
    public String ageProblem() {
        String text = ageText.get() == null ? "" : ageText.get().trim();
        if (text.isEmpty() || age().isPresent()) {
            return "";
        }
        return NUMBER_LIKE.matcher(text).matches() ? Messages.get("wizard.invalid.age", MIN_AGE, MAX_AGE)
                : Messages.get("wizard.invalid.digits.age");
    }

    /**
     * A number written in digits, maybe signed or with a decimal part ("-3", "1,5"): wrong only in
     * its value (not whole, out of range), so the range message says what to type; anything else
     * ("abc", "3 days", "today") is not written as a number at all.
     */
    private static final java.util.regex.Pattern NUMBER_LIKE = java.util.regex.Pattern.compile("[-+]?[0-9]+([.,][0-9]+)?");

    static OptionalDouble parse(FactDefinition f, String text) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            double v = f.integer() ? Integer.parseInt(text.trim()) : Double.parseDouble(text.trim());
            boolean inRange = (f.min() == null || v >= f.min()) && (f.max() == null || v <= f.max());
            return inRange ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static String whole(Double d) {
        return d == null ? "" : String.valueOf(d.longValue());
    }

    private Set<Region> regions() {
        Set<Region> r = EnumSet.noneOf(Region.class);
        sites.forEach(s -> r.add(s.region()));
        return r;
    }

    // ---- properties ----------------------------------------------------------------------------

    public ObjectProperty<WizardStep> stepProperty() {
        return step;
    }

    public ObservableSet<BodySite> sites() {
        return sites;
    }

    public StringProperty ageTextProperty() {
        return ageText;
    }

    public ObservableMap<String, Answer> answers() {
        return answers;
    }

    public ObservableMap<String, String> numberTexts() {
        return numberTexts;
    }

    /** Why Next is disabled, in words; empty when the step is complete. */
    public ReadOnlyStringProperty blockerProperty() {
        return blocker.getReadOnlyProperty();
    }

    /** A problem the person should know about (the triage could not run); empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while the call-now screen is shown. */
    public ReadOnlyBooleanProperty stoppedProperty() {
        return stopped.getReadOnlyProperty();
    }

    /** The result shown on the result or call-now screen, with the answers behind it. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
