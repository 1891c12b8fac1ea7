package org.popcheck.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.journal.JournalAccess;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalException;
import org.popcheck.journal.JournalStore;
import org.popcheck.plan.CheckPlanner;
import org.popcheck.settings.Settings;
import org.popcheck.triage.TriageEngine;

/**
 * What the screens share: where the data lives, the domain services, the navigator, and the latest
 * wizard outcome (the exercise plan and the summary read it).
 */
public final class AppContext {

    private final Path dataDir;
    private final ObjectProperty<Outcome> latestOutcome = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.defaultsFor(Locale.getDefault()));
    private final ObjectProperty<JournalAccess> journal = new SimpleObjectProperty<>(new MemoryJournal());
    private final ObjectProperty<Worker<JournalStore>> journalLoading = new SimpleObjectProperty<>();
    private Navigator navigator = destination -> {};
    /**
     * The one thread that changes the journal file. A save of years of entries (write, fsync, atomic
     * move) takes a fifth of a second, too long for the JavaFX thread; one thread keeps saves in the
     * order they were asked for.
     */
    private final ExecutorService journalWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "journal-writer");
        t.setDaemon(true);
        return t;
    });

    private AppContext(Path dataDir) {
        this.dataDir = dataDir;
    }

    public static AppContext create(Path dataDir) {
        return new AppContext(dataDir);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The engine; its rules are read on first use (or by {@link #warmUpInBackground}), not at start-up. */
    public TriageEngine triage() {
        return TriageEngine.standard();
    }

    public ExerciseCatalog exercises() {
        return ExerciseCatalog.standard();
    }

    /**
     * Reads the rules, the causes and the catalogs, and makes the check's planner, on a background
     * thread once the first screen is up, so the window opens without waiting for them and the
     * first question does not wait either. A file that cannot be read is handed to
     * {@code onFailure} (on the warm-up thread; the thread is returned) so it is reported when the app opens, not only when
     * the check first needs it; the screen that needs it then meets the same error again.
     */
    public Thread warmUpInBackground(Consumer<RuntimeException> onFailure) {
        return inBackground("warm-up", List.of(TriageEngine::standard, ExerciseCatalog::standard, CheckPlanner::standard), onFailure);
    }

    /** Runs {@code steps} in order on a low-priority daemon thread; the first that fails stops the rest. */
    static Thread inBackground(String name, List<Runnable> steps, Consumer<RuntimeException> onFailure) {
        Thread t = new Thread(() -> {
            try {
                steps.forEach(Runnable::run);
            } catch (RuntimeException e) {
                onFailure.accept(e);
            }
        }, name);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
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

    /** A change to the journal that may fail with a message for the person. */
    @FunctionalInterface
    public interface JournalWrite<T> {
        T apply(JournalAccess journal) throws IOException;
    }

    /**
     * Runs {@code write} on the journal-writer thread, after every write asked for before it. The
     * future completes on that thread once the write has returned: with its result, or exceptionally
     * with a {@link JournalException} that says why nothing was saved.
     */
    public <T> CompletableFuture<T> writeJournal(JournalWrite<T> write) {
        JournalAccess target = journal();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return write.apply(target);
            } catch (JournalException e) {
                throw new java.util.concurrent.CompletionException(e);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(new JournalException(e.getMessage(), e));
            }
        }, journalWriter);
    }

    /**
     * Saves one entry off the JavaFX thread, for screens that save an entry from a button (the wizard,
     * an exercise session): {@code onSaved} or {@code onFailed} then runs on the JavaFX thread.
     */
    public void saveInBackground(JournalEntry entry, Runnable onSaved, Consumer<JournalException> onFailed) {
        inBackground(entry, false, onSaved, onFailed);
    }

    /** Replaces an entry with the same id off the JavaFX thread (the next-morning answer of a session); as {@link #saveInBackground}. */
    public void updateInBackground(JournalEntry entry, Runnable onSaved, Consumer<JournalException> onFailed) {
        inBackground(entry, true, onSaved, onFailed);
    }

    private void inBackground(JournalEntry entry, boolean replace, Runnable onSaved, Consumer<JournalException> onFailed) {
        writeJournal(j -> {
            if (replace) {
                j.update(entry);
            } else {
                j.add(entry);
            }
            return entry;
        }).whenComplete((saved, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                onSaved.run();
            } else {
                onFailed.accept(journalFailure(failure));
            }
        }));
    }

    /** The journal's own reason for a failed write, out of the wrappers of the future. */
    public static JournalException journalFailure(Throwable failure) {
        Throwable t = failure;
        while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof JournalException je ? je : new JournalException(String.valueOf(t.getMessage()), t);
    }

    /**
     * Lets the saves already asked for finish when the JVM is told to quit (SIGTERM at a logout or
     * shutdown, the first JVM of a {@code java -jar} start stopping the window's, {@code System.exit}).
     * The journal's writer is a daemon thread, so without this a save still running or waiting was cut
     * off: the file stayed whole (saves are atomic), but the entry the person had just saved was lost.
     * Waits at most as long as {@link #closeJournal}; a kill -9 runs no hook at all.
     */
    public void finishSavesAtExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeJournal, "popcheck-finish-saves"));
    }

    /** Releases the journal's single-writer lock when the window closes, after the saves already asked for. */
    public void closeJournal() {
        JournalAccess current = journal.get();
        if (current instanceof JournalStore store) {
            try {
                // Saves already asked for finish first: closing makes the store read-only.
                journalWriter.submit(store::close).get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                store.close();
            }
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
        public synchronized void update(org.popcheck.journal.JournalEntry entry) throws IOException {
            int at = entries.stream().map(org.popcheck.journal.JournalEntry::id).toList().indexOf(entry.id());
            if (at < 0) {
                throw new JournalException("There is no entry with the id " + entry.id());
            }
            entries.set(at, entry);
        }

        @Override
        public boolean readOnly() {
            return false;
        }
    }
}
