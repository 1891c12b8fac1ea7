package org.popcheck.check;

import java.util.List;
import org.popcheck.assessment.Assessment;
import org.popcheck.causes.CauseRanker;
import org.popcheck.causes.RankedCause;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.triage.TriageResult;

/**
 * The one place that composes what a check shows: the triage result (the level, from the triage
 * engine, untouched), the causes and the exercise plan (spec/result-design.md).
 */
public final class CheckComposer {

    /** One per language: the texts are read in the language in use. */
    private static final org.popcheck.i18n.PerLanguage<CheckComposer> STANDARD = new org.popcheck.i18n.PerLanguage<>(() -> new CheckComposer(CauseRanker.standard(), new ExercisePlanner(ExerciseCatalog.standard())));

    private final CauseRanker causes;
    private final ExercisePlanner planner;

    public CheckComposer(CauseRanker causes, ExercisePlanner planner) {
        this.causes = causes;
        this.planner = planner;
    }

    /** With the causes and exercises that ship with the app. */
    public static CheckComposer standard() {
        return STANDARD.get();
    }

    /** The check for these answers and the triage result the engine gave for them. */
    public CheckResult compose(Assessment assessment, TriageResult triage) {
        List<RankedCause> ranked = causes.rank(assessment);
        return new CheckResult(triage, ranked, planner.plan(triage, ranked, assessment));
    }
}
