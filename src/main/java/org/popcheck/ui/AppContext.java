package org.popcheck.ui;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.triage.TriageEngine;

/**
 * What the screens share: where the data lives, the domain services, the navigator, and the latest
 * wizard outcome (the exercise plan and the summary read it).
 */
public final class AppContext {

    private final Path dataDir;
    private final TriageEngine triage;
    private final ExerciseCatalog exercises;
    private final ObjectProperty<Outcome> latestOutcome = new SimpleObjectProperty<>();
    private Navigator navigator = destination -> {};

    private AppContext(Path dataDir, TriageEngine triage, ExerciseCatalog exercises) {
        this.dataDir = dataDir;
        this.triage = triage;
        this.exercises = exercises;
    }

    public static AppContext create(Path dataDir) {
        return new AppContext(dataDir, TriageEngine.standard(), ExerciseCatalog.standard());
    }

    public Path dataDir() {
        return dataDir;
    }

    public TriageEngine triage() {
        return triage;
    }

    public ExerciseCatalog exercises() {
        return exercises;
    }

    public Navigator navigator() {
        return navigator;
    }

    void setNavigator(Navigator navigator) {
        this.navigator = Objects.requireNonNull(navigator);
    }

    /** The assessment and result of the last finished wizard run, or null before the first. */
    public ObjectProperty<Outcome> latestOutcomeProperty() {
        return latestOutcome;
    }
}
