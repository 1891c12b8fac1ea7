package org.popcheck.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.journal.JournalAccess;
import org.popcheck.settings.Settings;
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
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.defaultsFor(Locale.getDefault()));
    private JournalAccess journal = new MemoryJournal();
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

    /** The person's preferences; screens listen to this to re-theme, rescale or stop animations. */
    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Settings settings() {
        return settings.get();
    }

    public JournalAccess journal() {
        return journal;
    }

    public void setJournal(JournalAccess journal) {
        this.journal = Objects.requireNonNull(journal);
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

    /** Placeholder journal kept in memory until the file store (issue 4) is wired in at start-up. */
    private static final class MemoryJournal implements JournalAccess {
        private final List<org.popcheck.journal.JournalEntry> entries = new ArrayList<>();

        @Override
        public synchronized List<org.popcheck.journal.JournalEntry> entries() {
            return List.copyOf(entries);
        }

        @Override
        public synchronized void add(org.popcheck.journal.JournalEntry entry) throws IOException {
            entries.add(entry);
        }

        @Override
        public boolean readOnly() {
            return false;
        }
    }
}
