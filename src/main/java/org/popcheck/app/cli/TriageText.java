package org.popcheck.app.cli;

import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.Level;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageResult;
import org.popcheck.triage.WatchSign;

/** A triage result as plain text for a person: the level in words, advice, reasons, watch-for, exercises. */
final class TriageText {

    private static final String NL = System.lineSeparator();

    private TriageText() {}

    static String write(TriageResult r) {
        StringBuilder b = new StringBuilder();
        b.append(Messages.get("triage.text.level", levelWords(r.level()))).append(NL);
        b.append(Messages.get("triage.text.notDiagnosis")).append(NL).append(NL);

        b.append(Messages.get("triage.text.advice")).append(':').append(NL);
        b.append("  ").append(r.advice()).append(NL).append(NL);

        b.append(Messages.get("triage.text.reasons")).append(':').append(NL);
        if (r.reasons().isEmpty()) {
            b.append("  ").append(Messages.get("triage.text.noReasons")).append(NL);
        }
        for (Reason reason : r.reasons()) {
            String text = reason.site() == null ? reason.text()
                    : Messages.get("triage.text.reasonSite", reason.text(), site(reason));
            b.append("  - ").append(text).append(NL);
            b.append("    ").append(Messages.get("triage.text.source", reason.source())).append(NL);
        }
        if (!r.watchFor().isEmpty()) {
            b.append(NL).append(Messages.get("triage.text.watchFor")).append(':').append(NL);
            for (WatchSign w : r.watchFor()) {
                b.append("  - ").append(Messages.get("triage.text.watchItem", w.text(), levelWords(w.wouldBecome()))).append(NL);
            }
        }
        b.append(NL);
        if (r.exercises().isEmpty()) {
            b.append(Messages.get("triage.text.noExercises")).append(NL);
        } else {
            String heading = r.level() == Level.SELF_CARE ? "triage.text.exercises" : "triage.text.exercisesCheckFirst";
            b.append(Messages.get(heading)).append(':').append(NL);
            ExerciseCatalog catalog = ExerciseCatalog.standard();
            for (String id : r.exercises()) {
                String name = catalog.find(id).map(e -> e.name()).orElse(id);
                b.append("  - ").append(name).append(NL);
            }
        }
        return b.toString();
    }

    static String levelWords(Level level) {
        return level.words();
    }

    private static String site(Reason reason) {
        return Messages.get("triage.region." + reason.site().region().id()) + ", "
                + Messages.get("triage.side." + reason.site().side().id());
    }
}
