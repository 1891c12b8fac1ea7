package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalJson;
import org.popcheck.journal.JournalStore;
import org.popcheck.ui.AppContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The table's usual order (newest first) comes straight from the view model without a sort; any
 * other order must still sort. A journal big enough to be prepared off the JavaFX thread must still
 * arrive whole, newest first, and take a save afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class JournalTableOrderTest {

    private static final int BIG = JournalViewModel.PREPARE_OFF_THREAD_FROM + 1_000;

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void sortingByPainThenBackToTimeShowsEveryOrderCorrectly(FxRobot robot) throws Exception {
        TableView<JournalEntry> table = open(robot, write(40));
        assertNewestFirst(table);
        TableColumn<JournalEntry, ?> pain = table.getColumns().get(2);
        TableColumn<JournalEntry, ?> when = table.getColumns().get(0);

        robot.interact(() -> {
            pain.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(pain));
        });
        for (int i = 1; i < table.getItems().size(); i++) {
            assertTrue(table.getItems().get(i - 1).pain() <= table.getItems().get(i).pain(), "pain ascending at row " + i);
        }
        robot.interact(() -> {
            when.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(when));
        });
        for (int i = 1; i < table.getItems().size(); i++) {
            assertTrue(!table.getItems().get(i - 1).at().isAfter(table.getItems().get(i).at()), "oldest first at row " + i);
        }
        robot.interact(() -> when.setSortType(TableColumn.SortType.DESCENDING));
        assertNewestFirst(table);
    }

    @Test
    void aJournalLargeEnoughToBePreparedOffTheFxThreadArrivesWholeAndStillSaves(FxRobot robot) throws Exception {
        Path data = write(BIG);
        TableView<JournalEntry> table = open(robot, data);
        assertEquals(BIG, table.getItems().size());
        assertNewestFirst(table);

        JournalViewModel model = JournalViewModel.of(context);
        // Newer than every entry written above, and not in the future, which the journal refuses.
        JournalEntry extra = entry(BIG + 1, OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
        WaitForAsyncUtils.asyncFx(() -> model.add(extra)).get(5, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == BIG + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(extra.id(), table.getItems().get(0).id());
        robot.interact(context::closeJournal);
        assertEquals(BIG + 1, JournalStore.readEntries(data).size());
    }

    private AppContext context;

    private TableView<JournalEntry> open(FxRobot robot, Path data) throws Exception {
        context = AppContext.create(data);
        JournalScreen[] screen = new JournalScreen[1];
        robot.interact(() -> {
            screen[0] = new JournalScreen(context);
            stage.setScene(new Scene((javafx.scene.Parent) screen[0].view(), 1000, 700));
            context.startLoadingJournal();
        });
        int expected = Math.toIntExact(Files.lines(data.resolve(JournalStore.FILE)).filter(l -> l.contains("\"id\"")).count());
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> context.journal() instanceof JournalStore && screen[0].table.getItems().size() == expected);
        WaitForAsyncUtils.waitForFxEvents();
        return screen[0].table;
    }

    private static void assertNewestFirst(TableView<JournalEntry> table) {
        for (int i = 1; i < table.getItems().size(); i++) {
            assertTrue(!table.getItems().get(i - 1).at().isBefore(table.getItems().get(i).at()), "newest first at row " + i);
        }
    }

    private Path write(int count) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data-" + count));
        List<JournalEntry> entries = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.of(2020, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            // pain jumps about so that sorting by it really reorders the rows
            entries.add(entry(i, start.plusHours(7L * i)));
        }
        try (Writer w = Files.newBufferedWriter(data.resolve(JournalStore.FILE))) {
            JournalJson.standard().write(entries, w);
        }
        return data;
    }

    private static JournalEntry entry(int i, OffsetDateTime at) {
        return new JournalEntry("t" + i, at, new BodySite(i % 2 == 0 ? Region.ANKLE : Region.HIP, Side.LEFT), "pop", "daily",
                (i * 7) % 11, List.of("walking"), List.of(), "", false, List.of(), null);
    }
}
