package org.popcheck.journal;

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
import org.popcheck.triage.UnknownAgeTriage;

/**
 * The journal's safety net: an entry that carries a warning sign is run through the triage, so a
 * sign that needs care is pointed out the moment it is logged, not weeks later in a summary.
 */
public final class SafetyNet {

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
    public Optional<UnknownAgeTriage.Outcome> check(JournalEntry entry, List<JournalEntry> history, String emergencyNumber) {
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
        List<Integer> ages = latest.map(a -> List.of(a.age())).orElse(UnknownAgeTriage.CAUTIOUS_AGES);
        UnknownAgeTriage.Outcome outcome = UnknownAgeTriage.evaluate(ages, age -> new Assessment(age, sites, answers),
                asked -> engine.evaluate(asked, emergencyNumber));
        if (!outcome.level().isMoreUrgentThan(Level.SELF_CARE)) {
            return Optional.empty();
        }
        return Optional.of(outcome);
    }

    /**
     * The check as the journal keeps it with the entry: answers, level and the rules that fired. With
     * an unknown age the answers keep the age assumed, marked as such, so that it is never read back
     * as the person's age (see {@link #givesTheAge}).
     */
    public static SavedAssessment saved(UnknownAgeTriage.Outcome found) {
        List<String> rules = found.result().reasons().stream().map(Reason::rule).distinct().toList();
        return SavedAssessment.ofSafetyNet(found.asked(), found.level(), rules, !found.ageKnown());
    }

    /**
     * An entry whose saved check holds an age the person gave: not one assumed for caution when a warning
     * sign was logged before any age was known.
     */
    public static boolean givesTheAge(JournalEntry e) {
        return e.assessment() != null && !e.assessment().ageAssumed();
    }
}
