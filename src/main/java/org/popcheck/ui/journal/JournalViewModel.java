package org.popcheck.ui.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Worker;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.Region;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalAccess;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalProblem;
import org.popcheck.journal.JournalStats;
import org.popcheck.journal.JournalStore;
import org.popcheck.journal.SafetyNet;
import org.popcheck.journal.JournalException;
import org.popcheck.ui.AppContext;

/**
 * What the journal screen and the quick "Log popping" button show and do. One per app context, so
 * an entry added from the navigation shows up in the open journal screen at once. Holds no
 * controls, so it is tested without the toolkit.
 */
public final class JournalViewModel {

    private static final Map<AppContext, JournalViewModel> BY_CONTEXT = new WeakHashMap<>();

    private final AppContext context;
    private final SafetyNet safetyNet;
    /** Newest first. */
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<JournalEntry> filtered = new FilteredList<>(entries, e -> true);
    private final ObjectProperty<Region> regionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<JournalStats.Range> range = new SimpleObjectProperty<>(JournalStats.Range.MONTH);
    private final ObjectProperty<JournalStats.Chart> chart = new SimpleObjectProperty<>();
    private final ObjectProperty<JournalEntry> lastDeleted = new SimpleObjectProperty<>();
    private final ObjectProperty<JournalProblem> problem = new SimpleObjectProperty<>();
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty safetyMessage = new SimpleStringProperty("");
    private LocalDate today = null;

    JournalViewModel(AppContext context) {
        this.context = context;
        this.safetyNet = new SafetyNet(context.triage(), FactCatalog.standard());
        regionFilter.addListener((o, a, b) -> refilter());
        fromFilter.addListener((o, a, b) -> refilter());
        toFilter.addListener((o, a, b) -> refilter());
        range.addListener((o, a, b) -> recomputeChart());
        context.journalProperty().addListener((o, a, b) -> reload());
        context.journalLoadingProperty().addListener((o, a, w) -> follow(w));
        follow(context.journalLoadingProperty().get());
        reload();
    }

    /** The one view model of this context. */
    public static synchronized JournalViewModel of(AppContext context) {
        return BY_CONTEXT.computeIfAbsent(context, JournalViewModel::new);
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
    public FilteredList<JournalEntry> filtered() {
        return filtered;
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

    /** The safety net's message for the entry just saved, or empty. */
    public StringProperty safetyMessageProperty() {
        return safetyMessage;
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

    /** Re-reads the journal in use. */
    public void reload() {
        JournalAccess journal = context.journal();
        List<JournalEntry> oldestFirst = journal.entries();
        List<JournalEntry> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        entries.setAll(newestFirst);
        readOnly.set(journal.readOnly());
        problem.set(journal instanceof JournalStore store ? store.problem().orElse(null) : null);
        recomputeChart();
    }

    /**
     * Saves a new entry. Returns the safety net's finding when the entry carries a warning sign
     * that needs care. A failed save leaves everything as it was and says why in {@link #statusProperty()}.
     */
    public Optional<SafetyNet.Finding> add(JournalEntry entry) throws JournalException {
        try {
            context.journal().add(entry);
        } catch (IOException e) {
            status.set(Messages.get("journal.saveFailed", e.getMessage()));
            throw e instanceof JournalException je ? je : new JournalException(e.getMessage(), e);
        }
        lastDeleted.set(null);
        reload();
        status.set(Messages.get("journal.saved"));
        return runSafetyNet(entry);
    }

    /** Saves a changed entry (same id). */
    public Optional<SafetyNet.Finding> update(JournalEntry entry) throws JournalException {
        try {
            store().update(entry);
        } catch (JournalException e) {
            status.set(Messages.get("journal.saveFailed", e.getMessage()));
            throw e;
        }
        reload();
        status.set(Messages.get("journal.saved"));
        return runSafetyNet(entry);
    }

    /** Deletes an entry and offers to undo it. */
    public void delete(JournalEntry entry) throws JournalException {
        try {
            JournalEntry removed = store().delete(entry.id());
            lastDeleted.set(removed);
        } catch (JournalException e) {
            status.set(Messages.get("journal.deleteFailed", e.getMessage()));
            throw e;
        }
        reload();
        status.set(Messages.get("journal.undo.deleted"));
    }

    /** Puts the last deleted entry back, with its id and time. */
    public void undoDelete() throws JournalException {
        JournalEntry e = lastDeleted.get();
        if (e == null) {
            return;
        }
        try {
            context.journal().add(e);
        } catch (IOException ex) {
            status.set(Messages.get("journal.saveFailed", ex.getMessage()));
            throw ex instanceof JournalException je ? je : new JournalException(ex.getMessage(), ex);
        }
        lastDeleted.set(null);
        reload();
        status.set(Messages.get("journal.undo.restored"));
    }

    public int importFrom(Path file) throws JournalException {
        try {
            int added = store().importFrom(file);
            reload();
            status.set(Messages.get("journal.imported", added));
            return added;
        } catch (JournalException e) {
            status.set(Messages.get("journal.importFailed", e.getMessage()));
            throw e;
        }
    }

    public void export(Path file, boolean csv) throws JournalException {
        try {
            if (csv) {
                store().exportCsv(file);
            } else {
                store().exportJson(file);
            }
            status.set(Messages.get("journal.exported", file.getFileName()));
        } catch (JournalException e) {
            status.set(Messages.get("journal.exportFailed", e.getMessage()));
            throw e;
        }
    }

    /** After an unreadable file: restores the backup and makes the journal writable again. */
    public void restoreBackup() throws JournalException {
        try {
            int n = store().restoreBackup();
            reload();
            status.set(Messages.get("journal.problem.restored", n));
        } catch (JournalException e) {
            status.set(e.getMessage());
            throw e;
        }
    }

    private JournalStore store() throws JournalException {
        if (context.journal() instanceof JournalStore s) {
            return s;
        }
        throw new JournalException(Messages.get("journal.loading"));
    }

    private Optional<SafetyNet.Finding> runSafetyNet(JournalEntry entry) {
        safetyMessage.set("");
        Optional<SafetyNet.Finding> finding;
        try {
            finding = safetyNet.check(entry, history(), context.settings().emergencyNumber());
        } catch (RuntimeException e) {
            // The entry is saved; only the check failed. Say so rather than stay silent.
            safetyMessage.set(Messages.get("journal.safety.unavailable", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return Optional.empty();
        }
        finding.ifPresent(f -> safetyMessage.set(describe(f)));
        return finding;
    }

    /** The header, the reasons and, when the age was assumed, why. */
    static String describe(SafetyNet.Finding f) {
        StringBuilder b = new StringBuilder(Messages.get("journal.safety.header"));
        b.append('\n').append(f.result().advice());
        if (!f.result().reasons().isEmpty()) {
            b.append("\n\n").append(Messages.get("journal.safety.reasons"));
            f.result().reasons().stream().map(r -> r.text()).distinct().forEach(t -> b.append("\n\u2022 ").append(t));
        }
        if (!f.ageKnown()) {
            b.append("\n\n").append(Messages.get("journal.safety.ageAssumed"));
        }
        return b.toString();
    }

    private void refilter() {
        Region region = regionFilter.get();
        LocalDate from = fromFilter.get();
        LocalDate to = toFilter.get();
        filtered.setPredicate(e -> {
            if (region != null && (e.site() == null || e.site().region() != region)) {
                return false;
            }
            LocalDate day = e.at().toLocalDate();
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        });
    }

    private void recomputeChart() {
        List<JournalEntry> oldestFirst = new ArrayList<>(entries);
        Collections.reverse(oldestFirst);
        chart.set(JournalStats.chart(oldestFirst, range.get(), today()));
    }
}
