package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Level;
import org.popcheck.ui.AppContext;

/**
 * The safety net's check kept with a quick entry follows the signs on the entry: a trial user cleared the
 * ticked signs of an entry and its row still showed the old level, which no sign on it gave any more.
 */
class SafetyNetFollowsTheSignsTest {

    private static final BodySite LEFT_ANKLE = new BodySite(Region.ANKLE, Side.LEFT);

    @TempDir
    Path dir;

    private JournalStore store;
    private JournalViewModel model;

    @BeforeEach
    void open() throws IOException {
        AppContext context = AppContext.create(dir);
        store = JournalStore.open(dir);
        context.setJournal(store);
        model = new JournalViewModel(context);
        model.setToday(LocalDate.of(2026, 3, 6));
    }

    private static JournalEntry quick(List<String> signs, SavedAssessment check) {
        return new JournalEntry("e", OffsetDateTime.parse("2026-03-06T08:00:00+01:00"), LEFT_ANKLE, "pop", null, 6, null, signs, "",
                false, null, check);
    }

    private static <T> T done(CompletableFuture<T> change) {
        try {
            return change.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void clearingTheTickedSignsClearsTheirCheck() {
        done(model.add(quick(List.of("hot_red_joint", "fever"), null)));
        SavedAssessment check = store.find("e").orElseThrow().assessment();
        assertNotNull(check, "the signs were checked and the level kept");
        done(model.update(quick(List.of(), check)));
        assertNull(store.find("e").orElseThrow().assessment(), "no sign left on the entry, so no level from one");
    }

    @Test
    void aSignThatNoLongerCallsForCareLeavesNoLevelBehind() {
        done(model.add(quick(List.of("chest_pain_or_breathless"), null)));
        SavedAssessment check = store.find("e").orElseThrow().assessment();
        assertEquals(Level.EMERGENCY_AMBULANCE, check.level());
        done(model.update(quick(List.of("morning_stiffness"), check)));
        SavedAssessment now = store.find("e").orElseThrow().assessment();
        assertNull(now, "stiffness in the morning alone is home care: the ambulance of a sign since cleared is not kept");
    }

    @Test
    void aWizardRunStaysWhateverTheSigns() {
        SavedAssessment wizard = new SavedAssessment(new Assessment(40, List.of(LEFT_ANKLE), java.util.Map.of()), Level.CONSULTATION,
                List.of("some-rule"));
        done(model.add(quick(List.of(), wizard)));
        done(model.update(quick(List.of(), wizard)));
        assertEquals(wizard, store.find("e").orElseThrow().assessment(), "the person's own check is never dropped");
        assertSame(SavedAssessment.Source.WIZARD, store.find("e").orElseThrow().assessment().source());
    }
}
