package org.popcheck.report;

import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;

/** Exercise names for the log; an id the catalog no longer knows is shown readable rather than dropped. */
final class ExerciseNames {

    private ExerciseNames() {}

    static String name(String id) {
        try {
            return ExerciseCatalog.standard().find(id).map(Exercise::name).orElse(Labels.humanize(id));
        } catch (RuntimeException catalogUnreadable) {
            return Labels.humanize(id);
        }
    }
}
