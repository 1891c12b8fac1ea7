package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalException;
import org.popcheck.journal.JournalProblem;
import org.popcheck.journal.JournalStore;
import org.popcheck.ui.AppContext;

/** The view model runs without the JavaFX toolkit: properties and lists only. */
class JournalViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private JournalStore store;
    private JournalViewModel model;

    private static JournalEntry entry(String id, Region r, Side s, int pain, String at, List<String> signs) {
        return new JournalEntry(id, OffsetDateTime.parse(at), new BodySite(r, s), "pop", null, pain, null, signs, "", false, null, null);
    }

    @BeforeEach
    void open() throws IOException {
        context = AppContext.create(dir);
        store = JournalStore.open(dir);
        store.add(entry("old", Region.ANKLE, Side.LEFT, 2, "2026-03-01T08:00:00+01:00", List.of()));
        store.add(entry("new", Region.HIP, Side.RIGHT, 5, "2026-03-05T08:00:00+01:00", List.of()));
        context.setJournal(store);
        model = new JournalViewModel(context);
        model.setToday(LocalDate.of(2026, 3, 6));
    }

    /** Waits for a change written on the journal-writer thread, and for the screen state it leaves. */
    private static <T> T done(CompletableFuture<T> change) {
        try {
            return change.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the change failed", e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void savesRunOffTheCallingThreadInTheOrderTheyWereAskedFor() throws Exception {
        String caller = Thread.currentThread().getName();
        List<String> writers = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<?> slow = context.writeJournal(j -> {
            writers.add(Thread.currentThread().getName());
            try {
                Thread.sleep(200); // a slow disk: the next save must still come after this one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        var first = model.add(entry("a", Region.ANKLE, Side.LEFT, 1, "2026-03-06T08:00:00+01:00", List.of()));
        var second = model.delete(entry("a", Region.ANKLE, Side.LEFT, 1, "2026-03-06T08:00:00+01:00", List.of()));
        assertTrue(model.savingProperty().get(), "the view model says a save is under way");
        done(first);
        done(second);
        slow.get(10, TimeUnit.SECONDS);
        assertFalse(model.savingProperty().get());
        assertFalse(writers.contains(caller), "the write did not run on the caller's thread");
        assertTrue(store.find("a").isEmpty(), "the delete ran after the add it follows");
        assertEquals(List.of("new", "old"), model.entries().stream().map(JournalEntry::id).toList());
    }

    @Test
    void entriesAreShownNewestFirst() {
        assertEquals(List.of("new", "old"), model.entries().stream().map(JournalEntry::id).toList());
    }

    @Test
    void filtersByJointAndDates() {
        model.regionFilterProperty().set(Region.ANKLE);
        assertEquals(List.of("old"), model.filtered().stream().map(JournalEntry::id).toList());
        model.regionFilterProperty().set(null);
        model.fromFilterProperty().set(LocalDate.of(2026, 3, 2));
        assertEquals(List.of("new"), model.filtered().stream().map(JournalEntry::id).toList());
        model.toFilterProperty().set(LocalDate.of(2026, 3, 4));
        assertTrue(model.filtered().isEmpty());
        model.clearFilters();
        assertEquals(2, model.filtered().size());
    }

    @Test
    void deleteOffersUndoAndUndoPutsTheSameEntryBackOnDisk() throws IOException {
        JournalEntry old = model.entries().get(1);
        done(model.delete(old));
        assertEquals(1, JournalStore.readEntries(dir).size());
        assertEquals(old, model.lastDeletedProperty().get());
        done(model.undoDelete());
        assertNull(model.lastDeletedProperty().get());
        assertEquals(old, store.find("old").orElseThrow());
        assertEquals(2, JournalStore.readEntries(dir).size());
    }

    @Test
    void addingAnEntryWithAWarningSignThatNeedsCareSaysSoWithReasons() throws IOException {
        var finding = done(model.add(entry("hot", Region.ANKLE, Side.LEFT, 6, "2026-03-06T08:00:00+01:00", List.of("hot_red_joint", "fever"))));
        assertTrue(finding.isPresent());
        String message = model.safetyMessageProperty().get();
        assertTrue(message.contains("\u26A0"), message);
        assertTrue(message.contains("\u2022"), "the reasons are listed: " + message);
        assertTrue(store.find("hot").isPresent(), "the entry is saved whatever the check says");
    }

    @Test
    void theSafetyMessageComesWithTheLevelBehindIt() {
        done(model.add(entry("chest", Region.ANKLE, Side.LEFT, 6, "2026-03-06T08:00:00+01:00", List.of("chest_pain_or_breathless"))));
        assertEquals(org.popcheck.triage.Level.EMERGENCY_AMBULANCE, model.safetyLevelProperty().get(),
                "the view is told the sign calls for an ambulance, not only the words");
        done(model.add(entry("calm", Region.ANKLE, Side.LEFT, 1, "2026-03-06T09:00:00+01:00", List.of())));
        assertNull(model.safetyLevelProperty().get(), "nothing found, no level");
    }

    @Test
    void addingAPlainEntryRaisesNoAlarm() throws IOException {
        assertTrue(done(model.add(entry("calm", Region.ANKLE, Side.LEFT, 1, "2026-03-06T08:00:00+01:00", List.of()))).isEmpty());
        assertEquals("", model.safetyMessageProperty().get());
        assertEquals(3, model.entries().size());
    }

    @Test
    void theChartFollowsTheRangeAndTheEntries() throws IOException {
        model.rangeProperty().set(org.popcheck.journal.JournalStats.Range.WEEK);
        assertEquals(2, model.chartProperty().get().series().size());
        done(model.add(entry("foot", Region.FOOT, Side.BOTH, 3, "2026-03-06T09:00:00+01:00", List.of())));
        assertEquals(3, model.chartProperty().get().series().size());
    }

    @Test
    void aFailedSaveIsReportedAndChangesNothing() throws IOException {
        // A backup already exists after two saves; a non-empty folder in its place makes the next save fail.
        Files.delete(dir.resolve(JournalStore.BACKUP));
        Files.createDirectories(dir.resolve(JournalStore.BACKUP).resolve("blocker"));
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> model.add(entry("x", Region.ANKLE, Side.LEFT, 1, "2026-03-06T08:00:00Z", List.of())).get(10, TimeUnit.SECONDS));
        assertInstanceOf(JournalException.class, failed.getCause(), "the journal's own reason comes back");
        assertFalse(model.savingProperty().get(), "a failed save is over too");
        assertTrue(model.statusProperty().get().startsWith("Not saved"), model.statusProperty().get());
        assertEquals(2, model.entries().size());
    }

    @Test
    void anUnreadableJournalIsShownWithItsProblemAndCanBeRestoredFromTheBackup() throws IOException {
        store.close();
        Files.writeString(dir.resolve(JournalStore.FILE), "{\"schemaVersion\": 1, \"entries\": [");
        JournalStore broken = JournalStore.open(dir);
        context.setJournal(broken);
        JournalProblem p = model.problemProperty().get();
        assertNotNull(p);
        assertEquals(JournalProblem.Kind.UNREADABLE, p.kind());
        assertTrue(model.readOnlyProperty().get());
        done(model.restoreBackup());
        assertNull(model.problemProperty().get());
        assertFalse(model.readOnlyProperty().get());
        assertEquals(1, model.entries().size(), "the backup holds the journal as it was before the last save");
        // trial 13: the message said only how many entries came back, not how recent the newest is
        String said = model.statusProperty().get();
        assertTrue(said.contains("1 entry,") && said.contains(org.popcheck.i18n.LocalFormats.dateTime(model.entries().get(0).at())), said);
        assertNotNull(p.backupSavedAt(), "the offer can say when the backup was saved");
    }
}
