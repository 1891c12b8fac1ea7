package org.popcheck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.body.BodySite;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.TriageResult;

/**
 * Journals of trial 12's three people, checked with the rules that ship: (a) 72, on a blood thinner, right hip
 * hurt in a fall 7 days ago; (c) 15, left ankle popped in football yesterday; (b) 30, a painless cracking lower
 * back. Every yes/no warning sign of the place not named here is answered no, as in the trial's long lists.
 */
final class TrialPeople {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final String EMERGENCY = "112";

    private TrialPeople() {}

    static Assessment hipAfterAFall() {
        Map<String, Answer> a = injured(SampleJournal.RIGHT_HIP, 72, 7, 6, "click");
        a.put("fall_from_standing", Answer.YesNo.YES);
        a.put("head_knock", Answer.YesNo.NO);
        a.put("anticoagulant", Answer.YesNo.YES);
        a.put("osteoporosis_or_steroids", Answer.YesNo.UNSURE);
        a.remove("bisphosphonate_long_term"); // not asked: left out of the summary, never "not asked"
        return new Assessment(72, List.of(SampleJournal.RIGHT_HIP), a);
    }

    static Assessment ankleInFootball() {
        Map<String, Answer> a = injured(SampleJournal.LEFT_ANKLE, 15, 1, 7, "pop");
        a.put("swelling", Answer.YesNo.YES);
        a.put("limp", Answer.YesNo.YES);
        return new Assessment(15, List.of(SampleJournal.LEFT_ANKLE), a);
    }

    static Assessment painlessBack() {
        Map<String, Answer> a = allNo(SampleJournal.LOWER_BACK, 30);
        a.put("pain", new Answer.Number(0));
        a.put("sound", new Answer.Choice("crack"));
        a.put("long_sitting", Answer.YesNo.YES);
        // the person's health was not asked for this check
        FactCatalog.standard().all().stream().filter(d -> "person".equals(d.group())).forEach(d -> a.remove(d.id()));
        return new Assessment(30, List.of(SampleJournal.LOWER_BACK), a);
    }

    /** Every sign no, with an injury {@code daysAgo} days before the check, the pain and the sound given. */
    private static Map<String, Answer> injured(BodySite site, int age, int daysAgo, int pain, String sound) {
        Map<String, Answer> a = allNo(site, age);
        a.put("injury", Answer.YesNo.YES);
        a.put("injury_days_ago", new Answer.Number(daysAgo));
        a.put("pain", new Answer.Number(pain));
        a.put("sound", new Answer.Choice(sound));
        return a;
    }

    private static Map<String, Answer> allNo(BodySite site, int age) {
        Map<String, Answer> a = new LinkedHashMap<>();
        for (FactDefinition def : FactCatalog.standard().all()) {
            if (def.type() == FactType.YESNO && def.appliesTo(site.region()) && def.appliesToAge(age) && !"pregnant".equals(def.id())) {
                a.put(def.id(), Answer.YesNo.NO);
            }
        }
        return a;
    }

    /** A week of entries at the place, then the check saved today: trends and a log, as after a week's use. */
    static List<JournalEntry> journal(Assessment check) {
        BodySite site = check.sites().get(0);
        List<JournalEntry> out = new ArrayList<>();
        for (int d = 6; d >= 1; d--) {
            out.add(SampleJournal.entry("p" + d, SampleJournal.at(TODAY.minusDays(d), 9), site, 3 + d % 3, "pop", "daily",
                    List.of("walking"), d == 2 ? List.of("swelling", "giving_way", "numbness_tingling", "reduced_motion") : List.of(),
                    d == 3 ? "Hurts going down the stairs" : "", d == 3, List.of(), null));
        }
        TriageResult result = TriageEngine.standard().evaluate(check, EMERGENCY);
        List<String> rules = result.reasons().stream().map(r -> r.rule()).distinct().toList();
        out.add(SampleJournal.entry("check", SampleJournal.at(TODAY, 10), site, null, null, null, List.of(), List.of(), "", false,
                List.of(), new SavedAssessment(check, result.level(), rules)));
        return out;
    }

    static Summary summary(Assessment check) {
        return SummaryBuilder.standard(EMERGENCY).build(journal(check), ReportPeriod.lastDays(30, TODAY), "Trial person", TODAY);
    }
}
