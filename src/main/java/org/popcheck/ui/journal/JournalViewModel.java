package org.popcheck.ui.journal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ListProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleListProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Worker;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.Region;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalAccess;
import org.popcheck.journal.EntrySigns;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalProblem;
import org.popcheck.journal.JournalStats;
import org.popcheck.journal.JournalStore;
import org.popcheck.journal.SafetyNet;
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.UnknownAgeTriage;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.journal.JournalException;
import org.popcheck.ui.AppContext;

/**
 * What the journal screen and the quick "Log popping" button show and do. One per app context, so
 * an entry added from the navigation shows up in the open journal screen at once. Holds no
 * controls, so it is tested without the toolkit.
 */
public final class JournalViewModel {

    private static final Map<AppContext, JournalViewModel> BY_CONTEXT = new WeakHashMap<>();
    /** From this many entries a reload is prepared off the JavaFX thread; below it the whole reload takes about a millisecond. */
    static final int PREPARE_OFF_THREAD_FROM = 5_000;

    private final AppContext context;
    /** Built on the first check: it needs the triage rules, which the window must not wait for at start-up. */
    private SafetyNet safetyNet;
    /** The engine {@link #safetyNet} was built with (one per language). */
    private TriageEngine safetyNetEngine;
    private static final Predicate<JournalEntry> ALL = e -> true;

    /*
     * The entries newest first, those that pass the filters, and those in the table's order. Each
     * reading of the journal builds a new chain of the three lists (off the JavaFX thread for a large
     * journal) and swaps it in whole: filling one list of 100,000 entries on the JavaFX thread, and
     * the filtered and sorted lists after it, kept the window from reacting for tens of milliseconds.
     */
    private final ListProperty<JournalEntry> entries = new SimpleListProperty<>(FXCollections.observableArrayList());
    private final ListProperty<JournalEntry> filtered = new SimpleListProperty<>(new FilteredList<>(entries.get(), ALL));
    private final ReadOnlyObjectWrapper<SortedList<JournalEntry>> shown =
            new ReadOnlyObjectWrapper<>(new SortedList<>((FilteredList<JournalEntry>) filtered.get()));
    /** The table's order; null keeps the entries newest first, as they are read. */
    private final ObjectProperty<Comparator<? super JournalEntry>> order = new SimpleObjectProperty<>();
    /** The filters in force; JavaFX thread only. */
    private Predicate<JournalEntry> predicate = ALL;
    private final ObjectProperty<Region> regionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<JournalStats.Range> range = new SimpleObjectProperty<>(JournalStats.Range.MONTH);
    private final ObjectProperty<JournalStats.Chart> chart = new SimpleObjectProperty<>();
    private final ObjectProperty<JournalEntry> lastDeleted = new SimpleObjectProperty<>();
    private final ObjectProperty<JournalProblem> problem = new SimpleObjectProperty<>();
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper awaitingFile = new ReadOnlyBooleanWrapper(true);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty safetyMessage = new SimpleStringProperty("");
    /** The level behind {@link #safetyMessage}: null when the check found nothing or could not run. */
    private final ReadOnlyObjectWrapper<org.popcheck.triage.Level> safetyLevel = new ReadOnlyObjectWrapper<>();
    /*
     * How to say the status line and the safety message, kept beside what they say: the view model
     * outlives a change of language (the window is rebuilt, this model is not), and a text built once
     * stayed in the old language ("Entry restored." on the German journal). See sayAgain().
     */
    private Supplier<String> statusWords = () -> "";
    private Supplier<String> safetyWords = () -> "";
    private LocalDate today = null;
    /** Numbers the readings of the journal (guarded by itself) so that an older one never overwrites a newer one. */
    private final long[] readings = {0};
    /** The number of the reading on the screen; JavaFX thread only. */
    private long shownGeneration;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    /** Writes asked for and not yet returned; JavaFX thread only. */
    private int pending;

    JournalViewModel(AppContext context) {
        this.context = context;
        regionFilter.addListener((o, a, b) -> refilter());
        fromFilter.addListener((o, a, b) -> refilter());
        toFilter.addListener((o, a, b) -> refilter());
        range.addListener((o, a, b) -> recomputeChart());
        order.addListener((o, a, b) -> shown.get().setComparator(b));
        context.journalProperty().addListener((o, a, b) -> reload());
        context.journalLoadingProperty().addListener((o, a, w) -> follow(w));
        follow(context.journalLoadingProperty().get());
        reload();
    }

    /** The one view model of this context. */
    public static synchronized JournalViewModel of(AppContext context) {
        return BY_CONTEXT.computeIfAbsent(context, JournalViewModel::new);
    }

    /**
     * The safety net for the language in use: its engine says its advice in one language, and the
     * view model outlives a change of language, so one kept from before answered in the old language.
     */
    private SafetyNet safetyNet() {
        TriageEngine engine = context.triage();
        if (safetyNet == null || safetyNetEngine != engine) {
            safetyNet = new SafetyNet(engine, FactCatalog.standard());
            safetyNetEngine = engine;
        }
        return safetyNet;
    }

    private void follow(Worker<JournalStore> worker) {
        if (worker == null) {
            return;
        }
        loading.bind(worker.runningProperty().or(Bindings.createBooleanBinding(
                () -> worker.getState() == Worker.State.READY || worker.getState() == Worker.State.SCHEDULED, worker.stateProperty())));
        progress.bind(worker.progressProperty());
    }

    /** Fixes "today" for tests; null means the real date. */
    void setToday(LocalDate day) {
        today = day;
        recomputeChart();
    }

    private LocalDate today() {
        return today != null ? today : LocalDate.now();
    }

    // ---------------------------------------------------------------- state

    public ObservableList<JournalEntry> entries() {
        return entries;
    }

    /** The entries that pass the filters, newest first. */
    public ObservableList<JournalEntry> filtered() {
        return filtered;
    }

    /** The entries that pass the filters in the table's {@link #orderProperty() order}; replaced whole on each reading. */
    public ReadOnlyObjectProperty<SortedList<JournalEntry>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** How the table orders the entries; null for newest first, the order they are kept in (no sorting at all). */
    public ObjectProperty<Comparator<? super JournalEntry>> orderProperty() {
        return order;
    }

    public ObjectProperty<Region> regionFilterProperty() {
        return regionFilter;
    }

    public ObjectProperty<LocalDate> fromFilterProperty() {
        return fromFilter;
    }

    public ObjectProperty<LocalDate> toFilterProperty() {
        return toFilter;
    }

    public ObjectProperty<JournalStats.Range> rangeProperty() {
        return range;
    }

    public ObjectProperty<JournalStats.Chart> chartProperty() {
        return chart;
    }

    /** The entry that was just deleted, while undo is offered; else null. */
    public ObjectProperty<JournalEntry> lastDeletedProperty() {
        return lastDeleted;
    }

    public ObjectProperty<JournalProblem> problemProperty() {
        return problem;
    }

    /** True until the entries of the journal file (or the news that it is unreadable) are shown: until then the in-memory stand-in is. */
    public ReadOnlyBooleanProperty awaitingFileProperty() {
        return awaitingFile.getReadOnlyProperty();
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** The result of the last action (saved, not saved and why, imported ...). */
    public StringProperty statusProperty() {
        return status;
    }

    /**
     * Says the status line and the safety message again in the language now in use; a screen built
     * after a change of language calls it. A message the person closed stays closed.
     */
    public void sayAgain() {
        status.set(statusWords.get());
        if (!safetyMessage.get().isEmpty()) {
            safetyMessage.set(safetyWords.get());
        }
    }

    private void say(Supplier<String> words) {
        statusWords = words;
        status.set(words.get());
    }

    /** The safety net's message for the entry just saved, or empty. */
    public StringProperty safetyMessageProperty() {
        return safetyMessage;
    }

    /**
     * The triage level behind {@link #safetyMessageProperty()}, so that a view can say "call the
     * emergency number now" as urgently as the wizard does; null when there is none.
     */
    public ReadOnlyObjectProperty<org.popcheck.triage.Level> safetyLevelProperty() {
        return safetyLevel.getReadOnlyProperty();
    }

    /** True while any filter (a joint, a first or a last day) leaves entries out. */
    public boolean filtersOn() {
        return regionFilterProperty().get() != null || fromFilterProperty().get() != null || toFilterProperty().get() != null;
    }

    public void clearFilters() {
        regionFilter.set(null);
        fromFilter.set(null);
        toFilter.set(null);
    }

    /** The entries oldest first, for the entry dialog's history and the safety net. */
    List<JournalEntry> history() {
        return context.journal().entries();
    }

    // ---------------------------------------------------------------- actions

    /**
     * Re-reads the journal in use. With a large journal on the JavaFX thread, the copy and the chart
     * (tens of milliseconds for years of entries) are prepared on a helper thread and only handed
     * over on the JavaFX thread, so the window keeps reacting; small journals are shown at once.
     */
    public void reload() {
        JournalAccess journal = context.journal();
        Predicate<JournalEntry> filter = predicate;
        if (!(journal instanceof JournalStore store) || store.size() < PREPARE_OFF_THREAD_FROM || !Platform.isFxApplicationThread()) {
            show(prepare(journal, null, null, filter));
            return;
        }
        JournalStats.Range chartRange = range.get();
        LocalDate day = today();
        Thread helper = new Thread(() -> {
            Prepared ready = prepare(journal, chartRange, day, filter);
            Platform.runLater(() -> show(ready));
        }, "journal-view-prepare");
        helper.setDaemon(true);
        helper.start();
    }

    /** What one reading of the journal gives the screen: the lists ready to swap in and, if asked, the chart. */
    private record Prepared(long generation, JournalAccess journal, ObservableList<JournalEntry> newestFirst,
            FilteredList<JournalEntry> filtered, Predicate<JournalEntry> filter, SortedList<JournalEntry> shown,
            JournalStats.Range chartRange, JournalStats.Chart chart) {}

    /**
     * Reads the journal and numbers the reading; a later number has read a journal at least as new.
     * Safe on any thread: the lists are new and seen by no one until {@link #show} swaps them in. The
     * chart is made only when a range is given.
     */
    private Prepared prepare(JournalAccess journal, JournalStats.Range chartRange, LocalDate day,
            Predicate<JournalEntry> filter) {
        long generation;
        List<JournalEntry> oldestFirst;
        synchronized (readings) {
            generation = ++readings[0];
            oldestFirst = journal.entries();
        }
        List<JournalEntry> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        if (!reversed.isEmpty()) {
            // The newest entry in words once here, often off the window's thread: the first date in
            // the person's own format loads the locale's data (about 35 ms), which the table's
            // first rows would otherwise pay on the window's thread.
            JournalLabels.time(reversed.get(0).at());
            JournalLabels.site(reversed.get(0).site());
        }
        ObservableList<JournalEntry> newestFirst = FXCollections.observableList(reversed);
        FilteredList<JournalEntry> filtered = new FilteredList<>(newestFirst, filter);
        // No order yet: the table's order, if it is not newest first, is applied on the JavaFX thread.
        SortedList<JournalEntry> shown = new SortedList<>(filtered);
        JournalStats.Chart chart = null;
        if (chartRange != null) {
            try {
                chart = JournalStats.chart(oldestFirst, chartRange, day);
            } catch (RuntimeException e) {
                chart = null; // made again on the JavaFX thread, where a failure shows as it always did
            }
        }
        return new Prepared(generation, journal, newestFirst, filtered, filter, shown, chartRange, chart);
    }

    /** Shows a reading, unless a newer one is already shown. */
    private void show(Prepared p) {
        if (p.generation() < shownGeneration) {
            return; // a reading made after this one (after a save, say) is already on the screen
        }
        shownGeneration = p.generation();
        if (p.filter() != predicate) {
            p.filtered().setPredicate(predicate); // the filters changed while the lists were being built
        }
        p.shown().setComparator(order.get());
        entries.set(p.newestFirst());
        filtered.set(p.filtered());
        shown.set(p.shown());
        // Only now, with the file's entries in hand: between the file being read and its entries
        // being prepared, the screen would otherwise show the empty stand-in and then restyle every
        // row twice, once as empty and once as filled.
        awaitingFile.set(!(p.journal() instanceof JournalStore));
        readOnly.set(p.journal().readOnly());
        problem.set(p.journal() instanceof JournalStore store ? store.problem().orElse(null) : null);
        if (p.chart() != null && p.chartRange() == range.get()) {
            chart.set(p.chart());
        } else {
            recomputeChart();
        }
    }

    /** True while a change to the journal is being written; the screen holds further changes back. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /**
     * Runs {@code write} on the journal-writer thread, then, on the JavaFX thread, shows the journal as
     * the write left it and calls {@code done}. A failed write changes nothing on the screen; the
     * status line says why ({@code failedKey} with the reason). The future completes after the screen
     * is up to date: with the result, or exceptionally with the {@link JournalException}.
     */
    private <T> CompletableFuture<T> write(AppContext.JournalWrite<T> write, String failedKey, Consumer<T> done) {
        CompletableFuture<T> result = new CompletableFuture<>();
        JournalStats.Range chartRange = range.get();
        LocalDate day = today();
        Predicate<JournalEntry> filter = predicate;
        pending++;
        saving.set(true);
        context.writeJournal(j -> {
            T value = write.apply(j);
            return Map.entry(new Holder<>(value), prepare(j, chartRange, day, filter));
        }).whenComplete((ok, failure) -> onUi(() -> {
            pending--;
            saving.set(pending > 0);
            if (failure != null) {
                JournalException e = AppContext.journalFailure(failure);
                say(() -> Messages.get(failedKey, e.getMessage()));
                result.completeExceptionally(e);
                return;
            }
            show(ok.getValue());
            try {
                done.accept(ok.getKey().value());
            } finally {
                result.complete(ok.getKey().value());
            }
        }));
        return result;
    }

    /** Lets a null result travel in a map entry. */
    private record Holder<T>(T value) {}

    /** The JavaFX thread when the toolkit runs; else (view model tests, no toolkit) at once, on the writer's thread. */
    private static void onUi(Runnable r) {
        try {
            Platform.runLater(r);
        } catch (IllegalStateException noToolkit) {
            r.run();
        }
    }

    /**
     * Saves a new entry off the JavaFX thread. Completes with the safety net's finding when the entry
     * carries a warning sign that needs care. A failed save leaves everything as it was, says why in
     * {@link #statusProperty()} and completes exceptionally with the {@link JournalException}.
     */
    public CompletableFuture<Optional<UnknownAgeTriage.Outcome>> add(JournalEntry entry) {
        // The check runs first, so that its level is saved with the entry (the table's Check
        // column, the CSV's level); its message is shown once the entry is safely written.
        Checked checked = check(entry);
        JournalEntry kept = withCheck(entry, checked);
        return write(j -> {
            j.add(kept);
            return null;
        }, "journal.saveFailed", nothing -> {
            lastDeleted.set(null);
            say(() -> Messages.get("journal.saved"));
        }).thenApply(nothing -> announce(checked));
    }

    /** Saves a changed entry (same id). */
    public CompletableFuture<Optional<UnknownAgeTriage.Outcome>> update(JournalEntry entry) {
        Checked checked = check(entry);
        JournalEntry kept = withCheck(entry, checked);
        return write(j -> {
            store(j).update(kept);
            return null;
        }, "journal.saveFailed", nothing -> say(() -> Messages.get("journal.saved")))
                .thenApply(nothing -> announce(checked));
    }

    /** The entry with the safety net's check as {@code checked} found it; see {@link #withCheck(JournalEntry, Optional)}. */
    private static JournalEntry withCheck(JournalEntry e, Checked checked) {
        // A check that could not run says nothing about the signs: what the entry held stays.
        return checked.failure() != null ? e : withCheck(e, checked.finding());
    }

    /**
     * The entry with the safety net's check kept in it, following the signs on the entry now. A wizard
     * run saved with the entry stays whatever the signs: it is the person's own check (its level is
     * shown as that check's, of its date), and the safety net's message for a sign ticked on it later
     * is still shown once. Any other check is the safety net's: replaced by the check of the signs now
     * ticked, or cleared when they no longer call for care (all of them cleared, say); a check kept for
     * signs that are gone showed a level no sign on the entry gave.
     */
    static JournalEntry withCheck(JournalEntry e, Optional<UnknownAgeTriage.Outcome> finding) {
        SavedAssessment kept = e.assessment() != null && e.assessment().fromWizard() ? e.assessment()
                : finding.map(SafetyNet::saved).orElse(null);
        return kept == e.assessment() ? e : new JournalEntry(e.id(), e.at(), e.site(), e.sound(), e.frequency(), e.pain(),
                e.triggers(), e.warningSigns(), e.notes(), e.forClinician(), e.exercises(), kept);
    }

    /**
     * The table's warning-sign cell: how many signs the entry holds, ticked in a quick entry or answered
     * yes or not sure in a saved check (whose own list of ticked signs is empty), blank for none.
     */
    public static String warningsCell(JournalEntry e) {
        int signs = EntrySigns.of(e).size();
        return signs == 0 ? "" : "\u26A0 " + signs;
    }

    /** Deletes an entry and offers to undo it. */
    public CompletableFuture<JournalEntry> delete(JournalEntry entry) {
        return write(j -> store(j).delete(entry.id()), "journal.deleteFailed", removed -> {
            lastDeleted.set(removed);
            say(() -> Messages.get("journal.undo.deleted"));
        });
    }

    /** Puts the last deleted entry back, with its id and time. */
    public CompletableFuture<JournalEntry> undoDelete() {
        JournalEntry e = lastDeleted.get();
        if (e == null) {
            return CompletableFuture.completedFuture(null);
        }
        return write(j -> {
            j.add(e);
            return e;
        }, "journal.saveFailed", restored -> {
            lastDeleted.set(null);
            say(() -> Messages.get("journal.undo.restored"));
        });
    }

    public CompletableFuture<Integer> importFrom(Path file) {
        return write(j -> store(j).importFrom(file), "journal.importFailed",
                added -> say(() -> Messages.get("journal.imported", added)));
    }

    public CompletableFuture<Void> export(Path file, boolean csv) {
        return write(j -> {
            if (csv) {
                store(j).exportCsv(file);
            } else {
                store(j).exportJson(file);
            }
            return null;
        }, "journal.exportFailed", nothing -> say(() -> Messages.get("journal.exported", file.getFileName())));
    }

    /** After an unreadable file: restores the backup and makes the journal writable again. */
    public CompletableFuture<Integer> restoreBackup() {
        return write(j -> store(j).restoreBackup(), "journal.problem.restoreFailed",
                n -> {
                    // how many entries came back and how recent the newest is: what the restore may have lost
                    java.time.OffsetDateTime newest = entries.stream().map(JournalEntry::at).max(java.util.Comparator.naturalOrder()).orElse(null);
                    say(() -> newest == null ? Messages.get("journal.problem.restored", n)
                            : Messages.get("journal.problem.restoredNewest", n, org.popcheck.i18n.LocalFormats.dateTime(newest)));
                });
    }

    private static JournalStore store(JournalAccess journal) throws JournalException {
        if (journal instanceof JournalStore s) {
            return s;
        }
        throw new JournalException(Messages.get("journal.loading"));
    }

    /** What the safety net found, or why it could not look (null when it could). */
    private record Checked(JournalEntry entry, Optional<UnknownAgeTriage.Outcome> finding, Supplier<String> failure) {}

    private Checked check(JournalEntry entry) {
        try {
            return new Checked(entry, safetyNet().check(entry, history(), context.settings().emergencyNumber()), null);
        } catch (RuntimeException e) {
            // The entry is still saved; only the check failed. Say so rather than stay silent.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Checked(entry, Optional.empty(), () -> Messages.get("journal.safety.unavailable", reason));
        }
    }

    /** Runs on the JavaFX thread once the entry is written: the message for the screen, the finding for the dialog. */
    private Optional<UnknownAgeTriage.Outcome> announce(Checked checked) {
        String said = checked.failure() != null ? checked.failure().get() : checked.finding().map(JournalViewModel::describe).orElse("");
        safetyWords = checked.failure() != null ? checked.failure() : () -> sayCheckAgain(checked.entry(), said);
        // The level first: a view that follows the message finds the level of that message.
        safetyLevel.set(checked.failure() != null ? null : checked.finding().map(UnknownAgeTriage.Outcome::level).orElse(null));
        safetyMessage.set(said);
        return checked.finding();
    }

    /**
     * The safety net's message for {@code entry} in the language now in use: the check is run again,
     * as its advice and reasons come from the rules' texts; {@code said} if it now finds nothing or fails.
     */
    private String sayCheckAgain(JournalEntry entry, String said) {
        try {
            return safetyNet().check(entry, history(), context.settings().emergencyNumber()).map(JournalViewModel::describe).orElse(said);
        } catch (RuntimeException e) {
            return said;
        }
    }

    /**
     * The header, the reasons and, when the age was assumed, why. With an unknown age, reasons that hold
     * only at some ages (a child's limp) are listed apart, under words that say so, never as this
     * person's reasons; the advice stays the most cautious one.
     */
    static String describe(UnknownAgeTriage.Outcome f) {
        StringBuilder b = new StringBuilder(Messages.get("journal.safety.header"));
        b.append('\n').append(f.result().advice());
        Map<String, org.popcheck.triage.Level> said = new java.util.HashMap<>();
        List<Reason> forAnyAge = f.reasonsForAnyAge();
        if (!forAnyAge.isEmpty()) {
            b.append("\n\n").append(Messages.get("journal.safety.reasons"));
            bullets(b, forAnyAge, f.asked(), said);
        }
        List<Reason> forSomeAges = f.reasonsForSomeAgesOnly();
        if (!forSomeAges.isEmpty()) {
            b.append("\n\n").append(Messages.get("journal.safety.reasonsAtSomeAges"));
            // Their sentences, which say the ages they hold at (a child's limp); a sign alone would not.
            forSomeAges.stream().map(Reason::text).distinct().forEach(t -> b.append("\n\u2022 ").append(t));
        }
        if (!f.ageKnown()) {
            b.append("\n\n").append(Messages.get(forSomeAges.isEmpty() ? "journal.safety.ageUnknown" : "journal.safety.ageAssumed"));
        }
        return b.toString();
    }

    /**
     * The reasons, a line per level, most urgent first: the signs behind them, then what to do in that
     * level's own words ("The joint is hot and red: See a doctor within 24 hours"), as the exercises' stop
     * list says a sign that cannot wait. The rules' own sentences say the time in words of their own
     * ("the same day", "within a day", "soon", for one level), which beside the advice above read as other
     * advice. A sign is said once, with the most urgent level it has ({@code said}: each sign said so far
     * and its level), so no line reads as a reason to wait. A reason with no sign answered yes (an age and
     * a pain score, say) keeps its sentence.
     */
    private static void bullets(StringBuilder b, List<Reason> reasons, org.popcheck.assessment.Assessment asked,
            Map<String, org.popcheck.triage.Level> said) {
        FactCatalog facts = FactCatalog.standard();
        java.util.Set<String> lines = new java.util.LinkedHashSet<>();
        java.util.SortedMap<org.popcheck.triage.Level, List<Reason>> byLevel = new java.util.TreeMap<>();
        reasons.forEach(r -> byLevel.computeIfAbsent(r.level(), l -> new ArrayList<>()).add(r));
        byLevel.forEach((level, atLevel) -> {
            java.util.Set<String> signs = new java.util.LinkedHashSet<>();
            for (Reason r : atLevel) {
                List<String> yes = r.facts().stream()
                        .filter(id -> asked.facts().get(id) instanceof org.popcheck.assessment.Answer.YesNo yn && yn.countsAsYes())
                        .filter(id -> facts.find(id).map(d -> d.sign() != null).orElse(false))
                        .toList();
                if (yes.isEmpty()) {
                    lines.add(r.text());
                }
                yes.stream().filter(id -> !said.containsKey(id) || level.isMoreUrgentThan(said.get(id))).forEach(signs::add);
            }
            if (!signs.isEmpty()) {
                signs.forEach(id -> said.put(id, level));
                String words = signs.stream().map(id -> facts.find(id).orElseThrow().signText())
                        .collect(java.util.stream.Collectors.joining(Messages.get("journal.safety.signsJoin")));
                lines.add(Messages.get("journal.safety.reason", words, level.words()));
            }
        });
        lines.forEach(t -> b.append("\n\u2022 ").append(t));
    }

    private void refilter() {
        Region region = regionFilter.get();
        LocalDate from = fromFilter.get();
        LocalDate to = toFilter.get();
        predicate = region == null && from == null && to == null ? ALL : e -> {
            if (region != null && (e.site() == null || e.site().region() != region)) {
                return false;
            }
            LocalDate day = e.localDate();
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        };
        ((FilteredList<JournalEntry>) filtered.get()).setPredicate(predicate);
    }

    private void recomputeChart() {
        List<JournalEntry> oldestFirst = new ArrayList<>(entries);
        Collections.reverse(oldestFirst);
        chart.set(JournalStats.chart(oldestFirst, range.get(), today()));
    }
}
