package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;
import javafx.scene.Scene;
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
 * Opened before the journal file has been read, the journal screen's table holds blank rows that
 * take no clicks or keys (so the rows exist when the entries arrive); once read, it shows the entries.
 */
@ExtendWith(ApplicationExtension.class)
class JournalBlankRowsTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void blankRowsUntilTheFileIsReadThenTheEntries(FxRobot robot) throws Exception {
        OffsetDateTime at = OffsetDateTime.of(2024, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        List<JournalEntry> entries = List.of(
                entry("a", at), entry("b", at.plusDays(1)), entry("c", at.plusDays(2)));
        try (Writer w = Files.newBufferedWriter(dir.resolve(JournalStore.FILE))) {
            JournalJson.standard().write(entries, w);
        }
        AppContext context = AppContext.create(dir);
        JournalScreen[] screen = new JournalScreen[1];
        robot.interact(() -> {
            screen[0] = new JournalScreen(context);
            stage.setScene(new Scene((javafx.scene.Parent) screen[0].view(), 1000, 700));
        });
        TableView<JournalEntry> table = screen[0].table;
        assertTrue(table.isMouseTransparent() && !table.isFocusTraversable(), "no clicks or keys on blank rows");
        assertTrue(table.getItems().size() >= 20, "a screenful of blank rows: " + table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(Objects::isNull));
        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        var image = WaitForAsyncUtils.asyncFx(() -> screen[0].view().snapshot(null, null)).get(5, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve("journal-before-the-file-is-read.png").toFile());

        robot.interact(context::startLoadingJournal);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> context.journal() instanceof JournalStore && table.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(table.isMouseTransparent());
        assertTrue(table.isFocusTraversable());
        assertEquals(List.of("c", "b", "a"), table.getItems().stream().map(JournalEntry::id).toList(), "newest first");
    }

    /**
     * A journal large enough to be prepared off the window's thread: from the blank rows the table
     * goes straight to the entries (filling the rows a few a frame), never through an empty table,
     * which would restyle every row once as empty and once again as filled; and it keeps its order.
     */
    @Test
    void aLargeJournalGoesFromBlankRowsStraightToItsEntries(FxRobot robot) throws Exception {
        int count = JournalViewModel.PREPARE_OFF_THREAD_FROM + 500;
        OffsetDateTime start = OffsetDateTime.of(2020, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        List<JournalEntry> entries = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> entry("e" + i, start.plusHours(i))).toList();
        try (Writer w = Files.newBufferedWriter(dir.resolve(JournalStore.FILE))) {
            JournalJson.standard().write(entries, w);
        }
        AppContext context = AppContext.create(dir);
        JournalScreen[] screen = new JournalScreen[1];
        List<Integer> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            screen[0] = new JournalScreen(context);
            stage.setScene(new Scene((javafx.scene.Parent) screen[0].view(), 1000, 700));
            screen[0].table.itemsProperty().addListener((o, a, items) -> sizes.add(items.size()));
        });
        TableView<JournalEntry> table = screen[0].table;
        var sortOrder = List.copyOf(table.getSortOrder());

        robot.interact(context::startLoadingJournal);
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == count && !table.isMouseTransparent());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(sizes.contains(0), "never an empty table on the way: " + sizes);
        assertEquals("e" + (count - 1), table.getItems().get(0).id(), "newest first");
        assertEquals(sortOrder, table.getSortOrder(), "the table kept its order");
        assertTrue(table.isFocusTraversable());
    }

    private static JournalEntry entry(String id, OffsetDateTime at) {
        return new JournalEntry(id, at, new BodySite(Region.ANKLE, Side.LEFT), "pop", "daily",
                3, List.of("walking"), List.of(), "", false, List.of(), null);
    }
}
