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
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageResult;
import org.popcheck.ui.Outcome;

/**
 * The state of one wizard run, without any controls: the step, the chosen sites, the age, the
 * answers, why Next is blocked, and the result. Every change re-runs the triage on the answers so
 * far, so that an answer that calls for an ambulance stops the wizard at once.
 */
public final class WizardViewModel {

    static final List<String> ABOUT_GROUPS = List.of("person");
    static final List<String> EMERGENCY_GROUPS = List.of("emergency");
    static final List<String> POPPING_GROUPS = List.of("popping");
    static final List<String> WARNING_GROUPS = List.of("onset", "warning");
    static final int MIN_AGE = 0; // 0 = a baby under one year (contract version 2)
    static final int MAX_AGE = 120;

    private final QuestionPlan plan;
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

    public WizardViewModel(FactCatalog catalog, Function<Assessment, TriageResult> triage) {
        this.plan = new QuestionPlan(catalog);
        this.triage = triage;
        numberTexts.put("pain", "0");
        Observable[] inputs = {step, sites, ageText, answers, numberTexts};
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
        stopped.set(false);
        outcome.set(null);
        answers.clear();
        numberTexts.clear();
        numberTexts.put("pain", "0");
        sites.clear();
        ageText.set("");
        step.set(WizardStep.START);
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

    /** Facts of a step, in scope for the chosen regions (askIf not yet applied), in catalog order. */
    public List<FactDefinition> questionsOf(WizardStep s) {
        return plan.inScope(regions(), groupsOf(s));
    }

    /** True when the question is asked now: in scope and its askIf (if any) answered yes or not sure. */
    public boolean isAsked(FactDefinition fact) {
        return plan.isAsked(fact, regions(), answers);
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
            return Messages.get("wizard.invalid.age", MIN_AGE, MAX_AGE);
        }
        if (!isQuestionStep(s)) {
            return "";
        }
        int open = 0;
        for (FactDefinition f : questionsOf(s)) {
            if (!isAsked(f)) {
                continue;
            }
            switch (f.type()) {
                case NUMBER -> {
                    if (parse(f, numberTexts.get(f.id())).isEmpty()) {
                        return Messages.get("wizard.invalid.number", f.question(), whole(f.min()), whole(f.max()));
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
        return s == WizardStep.ABOUT || s == WizardStep.EMERGENCY || s == WizardStep.POPPING || s == WizardStep.WARNINGS;
    }

    private static List<String> groupsOf(WizardStep s) {
        return switch (s) {
            case ABOUT -> ABOUT_GROUPS;
            case EMERGENCY -> EMERGENCY_GROUPS;
            case POPPING -> POPPING_GROUPS;
            case WARNINGS -> WARNING_GROUPS;
            default -> List.of();
        };
    }

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
