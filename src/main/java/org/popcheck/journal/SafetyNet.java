package org.popcheck.journal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.body.BodySite;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;
import org.popcheck.triage.UnknownAgeTriage;

/**
 * The journal's safety net: an entry that carries a warning sign is run through the triage, so a
 * sign that needs care is pointed out the moment it is logged, not weeks later in a summary.
 */
public final class SafetyNet {

    /** Ages tried when the person has never saved an assessment (see {@link UnknownAgeTriage}). */
    static final List<Integer> CAUTIOUS_AGES = UnknownAgeTriage.CAUTIOUS_AGES;

    /**
     * What the check found.
     *
     * @param ageKnown false when the age came from {@link #CAUTIOUS_AGES}, so the text can say so
     * @param asked the answers the rules were run on (with the age that gave {@code result})
     * @param forSomeAgesOnly with an unknown age: the rules of {@code result} that fire at some of the ages
     *                tried but not at all of them (a limp that is urgent in a child); empty when the age is known
     */
    public record Finding(TriageResult result, boolean ageKnown, Assessment asked, Set<String> forSomeAgesOnly) {
        public Finding {
            forSomeAgesOnly = Set.copyOf(forSomeAgesOnly);
        }

        /** A finding for a known age: every reason applies. */
        public Finding(TriageResult result, boolean ageKnown, Assessment asked) {
            this(result, ageKnown, asked, Set.of());
        }

        public Level level() {
            return result.level();
        }

        /** The reasons that apply whatever the person's age (all of them when the age is known). */
        public List<Reason> reasonsForAnyAge() {
            return result.reasons().stream().filter(r -> !forSomeAgesOnly.contains(r.rule())).toList();
        }

        /**
         * The reasons that apply only at some ages, when the age is not known: they must not read as if
         * they applied to this person; the screens show them apart, saying why they count.
         */
        public List<Reason> reasonsForSomeAgesOnly() {
            return result.reasons().stream().filter(r -> forSomeAgesOnly.contains(r.rule())).toList();
        }

        /**
         * The check as the journal keeps it with the entry: answers, level and the rules that fired. With
         * an unknown age the answers keep the age assumed, marked as such, so that it is never read back
         * as the person's age (see {@link SafetyNet#givesTheAge}).
         */
        public SavedAssessment saved() {
            List<String> rules = result.reasons().stream().map(r -> r.rule()).distinct().toList();
            return new SavedAssessment(asked, result.level(), rules, List.of(), !ageKnown);
        }
    }

    /**
     * The person's facts (group "person" in facts.json) whose question is about the joint that pops,
     * not the person as a whole; {@code SafetyNetTest} holds this list to the catalog's wording.
     */
    static final Set<String> ABOUT_THE_JOINT = Set.of("joint_replacement");

    private final TriageEngine engine;
    private final FactCatalog facts;

    public SafetyNet(TriageEngine engine, FactCatalog facts) {
        this.engine = engine;
        this.facts = facts;
    }

    /**
     * The triage of {@code entry} when it carries a warning sign and the level is above self-care;
     * empty otherwise. {@code history} supplies the age and the lasting facts about the person
     * (diabetes, blood thinners ...) from the latest saved wizard run.
     */
    public Optional<Finding> check(JournalEntry entry, List<JournalEntry> history, String emergencyNumber) {
        if (entry.warningSigns().isEmpty()) {
            return Optional.empty();
        }
        Optional<Assessment> latest = history.stream()
                .filter(SafetyNet::givesTheAge)
                .max(Comparator.comparing(e -> e.at().toInstant()))
                .map(e -> e.assessment().assessment());
        List<BodySite> sites = entry.site() != null ? List.of(entry.site()) : latest.map(Assessment::sites).orElse(List.of());
        if (sites.isEmpty()) {
            return Optional.empty(); // nowhere to apply the rules; the entry dialog always asks for a joint
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        latest.ifPresent(a -> a.facts().forEach((id, answer) -> {
            boolean aboutThePerson = facts.find(id).map(f -> f.group().equals("person")).orElse(false);
            // "No, the ankle is not a replaced joint" says nothing about the hip: such a "no" goes
            // with the entry only for a place that check was about. A "yes" or "not sure" always
            // goes (a replaced joint anywhere and a fever is worth a doctor's look).
            boolean saysNoAboutAnotherJoint = ABOUT_THE_JOINT.contains(id) && answer == Answer.YesNo.NO
                    && !a.sites().containsAll(sites);
            if (aboutThePerson && !saysNoAboutAnotherJoint) {
                answers.put(id, answer);
            }
        }));
        for (String sign : entry.warningSigns()) {
            if (facts.find(sign).map(FactDefinition::type).orElse(null) == FactType.YESNO) {
                answers.put(sign, Answer.YesNo.YES);
            }
        }
        if (entry.pain() != null) {
            answers.put("pain", new Answer.Number(entry.pain()));
        }
        if (entry.sound() != null) {
            answers.put("sound", new Answer.Choice(entry.sound()));
        }
        if (entry.frequency() != null) {
            answers.put("frequency", new Answer.Choice(entry.frequency()));
        }
        if (!entry.triggers().isEmpty()) {
            answers.put("trigger", new Answer.Choices(entry.triggers()));
        }
        List<Integer> ages = latest.map(a -> List.of(a.age())).orElse(CAUTIOUS_AGES);
        UnknownAgeTriage.Outcome outcome = UnknownAgeTriage.evaluate(ages, age -> new Assessment(age, sites, answers),
                asked -> engine.evaluate(asked, emergencyNumber));
        if (!outcome.result().level().isMoreUrgentThan(Level.SELF_CARE)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(outcome.result(), latest.isPresent(), outcome.asked(), outcome.forSomeAgesOnly()));
    }

    /**
     * An entry whose saved check holds an age the person gave: not one assumed for caution when a warning
     * sign was logged before any age was known.
     */
    public static boolean givesTheAge(JournalEntry e) {
        return e.assessment() != null && !e.assessment().ageAssumed();
    }
}
