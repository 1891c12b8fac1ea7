package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.journal.JournalEntryFixtures;
import org.popcheck.journal.JournalStore;
import org.popcheck.ui.AppContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class JournalLoadingTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void anEntrySavedWhileTheJournalWasStillLoadingEndsUpInTheFile(FxRobot robot) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (JournalStore seed = JournalStore.open(data)) {
            seed.add(JournalEntryFixtures.quick("on-disk", "2026-03-01T08:00:00+01:00"));
        }
        AppContext context = AppContext.create(data);
        context.journal().add(JournalEntryFixtures.quick("early", "2026-03-02T08:00:00+01:00"));
        robot.interact(context::startLoadingJournal);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        assertEquals(2, context.journal().entries().size());
        context.closeJournal();
        assertTrue(JournalStore.readEntries(data).stream().anyMatch(e -> e.id().equals("early")));
    }
}
