package org.popcheck.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.journal.JournalAccess;
import org.popcheck.journal.JournalStore;
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
    private final ObjectProperty<JournalAccess> journal = new SimpleObjectProperty<>(new MemoryJournal());
    private final ObjectProperty<Worker<JournalStore>> journalLoading = new SimpleObjectProperty<>();
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
        return journal.get();
    }

    public void setJournal(JournalAccess journal) {
        this.journal.set(Objects.requireNonNull(journal));
    }

    /** The journal in use; changes once, when the file store has loaded and replaces the placeholder. */
    public ReadOnlyObjectProperty<JournalAccess> journalProperty() {
        return journal;
    }

    /** The running or finished load of the journal file, or null before {@link #startLoadingJournal()}. */
    public ReadOnlyObjectProperty<Worker<JournalStore>> journalLoadingProperty() {
        return journalLoading;
    }

    /**
     * Opens the journal file in the data folder off the JavaFX thread (ten years of entries take a
     * moment) and makes it {@link #journal()} when done. Must be called on the JavaFX thread.
     */
    public void startLoadingJournal() {
        Task<JournalStore> task = new Task<>() {
            @Override
            protected JournalStore call() {
                return JournalStore.open(dataDir, p -> updateProgress(p, 1.0));
            }
        };
        task.setOnSucceeded(e -> {
            JournalStore store = task.getValue();
            keepPlaceholderEntries(journal.get(), store);
            setJournal(store);
        });
        // Never fall back to the in-memory placeholder: what is added there would be lost. A store
        // that says why it is read-only is shown instead.
        task.setOnFailed(e -> setJournal(JournalStore.unavailable(dataDir, String.valueOf(task.getException()))));
        journalLoading.set(task);
        Thread loader = new Thread(task, "journal-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Anything saved (by the wizard, say) while the file was still loading goes into the file too. */
    private static void keepPlaceholderEntries(JournalAccess placeholder, JournalStore store) {
        if (!(placeholder instanceof MemoryJournal) || store.readOnly()) {
            return;
        }
        for (org.popcheck.journal.JournalEntry e : placeholder.entries()) {
            if (store.find(e.id()).isEmpty()) {
                try {
                    store.add(e);
                } catch (IOException notSaved) {
                    // the store reports save failures itself; the entry stays in the placeholder list only
                }
            }
        }
    }

    /** Releases the journal's single-writer lock when the window closes. */
    public void closeJournal() {
        if (journal.get() instanceof JournalStore store) {
            store.close();
        }
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
