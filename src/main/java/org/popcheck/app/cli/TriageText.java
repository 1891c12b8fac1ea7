package org.popcheck.app.cli;

import java.util.List;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.causes.RankedCause;
import org.popcheck.check.CheckResult;
import org.popcheck.exercise.ExercisePlan;
import org.popcheck.exercise.DoseWords;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.exercise.PlannedExercise;
import org.popcheck.i18n.AnswerWords;
import org.popcheck.i18n.Messages;
import org.popcheck.i18n.SuspicionWords;
import org.popcheck.triage.AnsweredSigns;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageResult;
import org.popcheck.triage.WatchSign;

/**
 * A check as plain text for a person: the level in words, advice, reasons, watch-for, what most likely
 * makes the noise, and the exercises with why. At consultation_24 and above the causes come after the
 * advice and the reasons, under words that say to get checked first (spec/causes.md); at the two
 * emergency levels no cause is named, only that getting help comes first.
 */
final class TriageText {

    private static final String NL = System.lineSeparator();

    private TriageText() {}

    static String write(CheckResult check, Assessment assessment) {
        TriageResult r = check.triage();
        StringBuilder b = new StringBuilder();
        b.append(Messages.get("triage.text.level", levelWords(r.level()))).append(NL);
        b.append(Messages.get("triage.text.notDiagnosis")).append(NL).append(NL);

        b.append(Messages.get("triage.text.advice")).append(':').append(NL);
        b.append("  ").append(r.advice()).append(NL).append(NL);

        b.append(Messages.get("triage.text.reasons")).append(':').append(NL);
        if (r.reasons().isEmpty()) {
            // "No warning sign" only when no sign was answered yes or not sure either (AnsweredSigns).
            List<String> signs = AnsweredSigns.of(assessment, FactCatalog.standard());
            b.append("  ").append(signs.isEmpty() ? Messages.get("triage.text.noReasons")
                    : Messages.get("triage.text.signsNoRule", AnsweredSigns.words(signs, FactCatalog.standard()))).append(NL);
        }
        boolean lessUrgentSaid = false;
        for (Reason reason : r.reasons()) {
            // A reason that on its own asks for less than the result: listed under words that say the
            // advice above comes first, so its own time never reads as a second answer (review 13).
            if (r.level().isMoreUrgentThan(reason.level()) && !lessUrgentSaid) {
                b.append("  ").append(Messages.get("triage.text.reasonsLessUrgent", levelWords(r.level()))).append(NL);
                lessUrgentSaid = true;
            }
            String text = reason.site() == null ? reason.text()
                    : Messages.get("triage.text.reasonSite", reason.text(), site(reason));
            b.append("  - ").append(text).append(NL);
            b.append("    ").append(Messages.get("triage.text.source", reason.source())).append(NL);
        }
        if (!r.watchFor().isEmpty()) {
            b.append(NL).append(Messages.get("triage.text.watchFor")).append(':').append(NL);
            WatchSign.byLevel(r.watchFor()).forEach((level, signs) -> {
                b.append("  ").append(Messages.get("triage.text.watchGroup", levelWords(level))).append(NL);
                signs.forEach(w -> b.append("    - ").append(w.text()).append(NL));
            });
        }
        b.append(NL);
        causes(b, check, assessment);
        b.append(NL);
        exercises(b, check.plan(), assessment);
        return b.toString();
    }

    private static void causes(StringBuilder b, CheckResult check, Assessment assessment) {
        if (check.causesHeldBack()) {
            b.append(Messages.get("triage.text.causes")).append(':').append(NL);
            b.append("  ").append(Messages.get("triage.text.causesHeldBack")).append(NL);
            return;
        }
        if (check.checkedFirst()) {
            b.append(Messages.get("triage.text.causesCheckFirst")).append(NL);
        }
        b.append(Messages.get("triage.text.causes")).append(':').append(NL);
        if (check.causes().isEmpty()) {
            b.append("  ").append(Messages.get("triage.text.causesNone")).append(NL);
        }
        FactCatalog facts = FactCatalog.standard();
        for (RankedCause c : check.causes()) {
            b.append("  - ").append(Messages.get("triage.text.cause", c.cause().name(),
                    Messages.get("triage.likelihood." + c.likelihood().id()))).append(NL);
            b.append("    ").append(c.explanation()).append(NL);
            List<String> answers = c.facts().stream().map(f -> AnswerWords.describe(f, assessment, facts)).toList();
            b.append("    ").append(Messages.get("triage.text.because", String.join("; ", answers))).append(NL);
            b.append("    ").append(Messages.get("triage.text.helps", c.helps())).append(NL);
            b.append("    ").append(Messages.get("triage.text.concern", c.concern())).append(NL);
            b.append("    ").append(Messages.get("triage.text.source", c.source())).append(NL);
        }
    }

    private static void exercises(StringBuilder b, ExercisePlan plan, Assessment assessment) {
        if (plan.items().isEmpty()) {
            b.append(Messages.get(plan.withheldFor().isEmpty() || !plan.level().allowsExercises()
                    ? "triage.text.noExercises" : "triage.text.exercisesWithheld", SuspicionWords.of(plan.withheldFor()))).append(NL);
            return;
        }
        String heading = plan.checkWithClinicianFirst() ? "triage.text.exercisesCheckFirst" : "triage.text.exercises";
        b.append(Messages.get(heading)).append(':').append(NL);
        if (org.popcheck.check.PersonConditions.childToBeWatched(assessment)) {
            b.append("  ").append(Messages.get("triage.text.exercisesChild")).append(NL);
        }
        for (PlannedExercise p : plan.items()) {
            b.append("  - ").append(p.exercise().name()).append(": ").append(p.why()).append(NL);
            b.append("    ").append(Messages.get("triage.text.exerciseDose", DoseWords.doseAndFrequency(p.exercise()))).append(NL);
            if (p.insteadOf() != null) {
                b.append("    ").append(Messages.get("triage.text.exerciseInstead", ExerciseCatalog.standard().find(p.insteadOf()).map(Exercise::name).orElse(p.insteadOf()))).append(NL);
            }
            p.cautions().forEach(c -> b.append("    ").append(Messages.get("triage.text.exerciseCaution", c.say())).append(NL));
        }
        b.append("  ").append(Messages.get("triage.text.exerciseSession", plan.minutes())).append(NL);
    }

    static String levelWords(Level level) {
        return level.words();
    }

    private static String site(Reason reason) {
        return Messages.get("triage.region." + reason.site().region().id()) + ", "
                + Messages.get("triage.side." + reason.site().side().id());
    }
}
