package org.popcheck.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;

/**
 * What a clinician asks first about the latest check, beside its level: when the injury or fall was, and the
 * facts about the person's health that were answered (blood thinners, thin bones …). A trial's clinician found
 * neither in the summary. Only what was answered: an unasked fact is left out, never shown as "not asked".
 *
 * @param injury    the answer to "did it start with an injury or fall", or null when not asked
 * @param injuryOn  the day of the injury (the check's day less the days-ago answer), or null when not given
 * @param daysAgo   days from the injury to the day the summary is made, or null when not given
 * @param headKnock the answer to "did you hit your head", or null when not asked
 * @param health    the person's health facts (group "person" of the fact catalog) answered, in catalog order
 * @param ottawa    the Ottawa ankle and foot findings, or null unless every one of them was answered
 */
public record CheckFacts(Answer.YesNo injury, LocalDate injuryOn, Long daysAgo, Answer.YesNo headKnock,
                         Map<String, Answer.YesNo> health, Ottawa ottawa) {

    public CheckFacts {
        health = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(health));
    }

    /**
     * The facts the Ottawa ankle and foot rules use (Stiell et al.): bone tenderness at four points, and whether
     * four steps could be taken right after the injury and now. "Not sure" counts as yes, as it does for the level.
     *
     * @param tender the points answered yes or not sure, as fact ids, in the rules' order; empty for none
     */
    public record Ottawa(Map<String, Answer.YesNo> tender, boolean unableThen, boolean unableNow) {
        public Ottawa {
            tender = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tender));
        }
    }

    /** The points of bone tenderness the Ottawa rules check, ankle then foot. */
    static final List<String> OTTAWA_POINTS = List.of(
            "tender_outer_ankle_bone", "tender_inner_ankle_bone", "tender_foot_outer_edge", "tender_foot_inner_arch");
    static final String UNABLE_THEN = "unable_4_steps_then";
    static final String UNABLE_NOW = "unable_4_steps_now";
    /** The catalog's group of facts about the person (medicines, conditions). */
    static final String PERSON_GROUP = "person";

    static CheckFacts of(Assessment a, LocalDate checkedOn, LocalDate madeOn, FactCatalog facts) {
        Answer.YesNo injury = yesNo(a, "injury");
        LocalDate on = null;
        Long ago = null;
        if (injury != Answer.YesNo.NO && a.number("injury_days_ago").isPresent()) {
            on = checkedOn.minusDays(Math.round(a.number("injury_days_ago").getAsDouble()));
            ago = Math.max(0, ChronoUnit.DAYS.between(on, madeOn));
        }
        Map<String, Answer.YesNo> health = new LinkedHashMap<>();
        for (FactDefinition def : facts.all()) {
            if (PERSON_GROUP.equals(def.group()) && yesNo(a, def.id()) != null) {
                health.put(def.id(), yesNo(a, def.id()));
            }
        }
        return new CheckFacts(injury, on, ago, yesNo(a, "head_knock"), health, ottawa(a));
    }

    private static Ottawa ottawa(Assessment a) {
        Map<String, Answer.YesNo> tender = new LinkedHashMap<>();
        for (String point : OTTAWA_POINTS) {
            Answer.YesNo yn = yesNo(a, point);
            if (yn == null) {
                return null;
            }
            if (yn.countsAsYes()) {
                tender.put(point, yn);
            }
        }
        Answer.YesNo then = yesNo(a, UNABLE_THEN);
        Answer.YesNo now = yesNo(a, UNABLE_NOW);
        return then == null || now == null ? null : new Ottawa(tender, then.countsAsYes(), now.countsAsYes());
    }

    private static Answer.YesNo yesNo(Assessment a, String id) {
        return a.facts().get(id) instanceof Answer.YesNo yn ? yn : null;
    }
}
