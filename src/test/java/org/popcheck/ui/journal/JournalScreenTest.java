package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class JournalScreenTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private Path dataDir;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        dataDir = Files.createTempDirectory(dir, "data");
        try (JournalStore seed = JournalStore.open(dataDir)) {
            OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            String[] notes = {"stairs", "after running, knöchel", "", "morning stiffness 足首", "", "long walk"};
            for (int i = 0; i < 12; i++) {
                Region r = i % 3 == 0 ? Region.HIP : Region.ANKLE;
                seed.add(new JournalEntry("e" + i, now.minusHours(1).minusDays(i).minusHours(i % 4), new BodySite(r, i % 2 == 0 ? Side.LEFT : Side.RIGHT),
                        i % 2 == 0 ? "pop" : "click", "daily", (i * 3) % 8, List.of("walking"), List.of(), notes[i % notes.length], false,
                        List.of(), null));
            }
        }
        context = AppContext.create(dataDir);
        context.startLoadingJournal();
        window = new MainWindow(context);
        stage.setScene(new Scene(window, 1100, 760));
        stage.show();
    }

    private void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until every change asked for has been written and shown: saves run off the JavaFX thread. */
    private void awaitSaved() throws Exception {
        JournalViewModel model = JournalViewModel.of(context);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !model.savingProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(FxRobot robot, Node node, String name) throws IOException {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            var image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(5, TimeUnit.SECONDS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @Test
    void theTableShowsTheEntriesNewestFirstAndDeleteCanBeUndone(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#nav-journal");
        TableView<JournalEntry> table = robot.lookup("#journal-table").queryTableView();
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        assertEquals("e0", table.getItems().get(0).id());
        snapshot(robot, window, "journal-table");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#journal-delete");
        awaitSaved();
        assertEquals(11, JournalStore.openReadOnly(dataDir).size());
        assertTrue(robot.lookup("#journal-undo-bar").query().isVisible());
        snapshot(robot, window, "journal-undo");
        robot.clickOn("#journal-undo");
        awaitSaved();
        assertEquals(12, JournalStore.openReadOnly(dataDir).size());
        assertFalse(robot.lookup("#journal-undo-bar").query().isVisible());
        assertEquals("e0", table.getItems().get(0).id());
    }

    @Test
    void theRegionFilterNarrowsTheTable(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#nav-journal");
        TableView<JournalEntry> table = robot.lookup("#journal-table").queryTableView();
        ComboBox<Region> region = robot.lookup("#journal-filter-region").queryComboBox();
        robot.interact(() -> region.setValue(Region.HIP));
        assertEquals(4, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(e -> e.site().region() == Region.HIP));
        robot.clickOn("#journal-filter-clear");
        assertEquals(12, table.getItems().size());
    }

    @Test
    void logPoppingFromAnotherScreenSavesAnEntryInAFewClicks(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#nav-check");
        robot.clickOn("#quick-log");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Region> region = robot.lookup("#entry-region").queryComboBox();
        ComboBox<Side> side = robot.lookup("#entry-side").queryComboBox();
        assertTrue(robot.lookup("#entry-save").query().isDisabled(), "nothing to save before a joint is chosen");
        robot.interact(() -> {
            region.setValue(Region.ANKLE);
            side.setValue(Side.RIGHT);
        });
        snapshot(robot, robot.lookup("#entry-region").query().getScene().getRoot(), "journal-entry-dialog");
        robot.clickOn("#entry-save");
        awaitSaved();
        assertTrue(robot.lookup("#entry-save").tryQuery().isEmpty(), "the dialog closed once the entry was saved");
        assertEquals(13, JournalStore.openReadOnly(dataDir).size());
        robot.clickOn("#nav-journal");
        TableView<JournalEntry> table = robot.lookup("#journal-table").queryTableView();
        assertEquals(13, table.getItems().size());
        assertEquals(Region.ANKLE, table.getItems().get(0).site().region());
    }

    @Test
    void theTrendsTabDrawsAChartPerJointAndRange(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#nav-journal");
        TabPane tabs = robot.lookup("#journal-tabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        javafx.scene.chart.LineChart<?, ?> pain = robot.lookup("#chart-pain").query();
        assertEquals(4, pain.getData().size(), "left and right hip, left and right ankle: one series each");
        snapshot(robot, window, "journal-trends");
        assertNotNull(pain.getAccessibleText());
        assertTrue(pain.getAccessibleText().contains("Hip"), pain.getAccessibleText());
    }

    @Test
    void anEntryWithAnUrgentWarningSignIsPointedOutOnTheScreen(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#nav-journal");
        JournalViewModel model = JournalViewModel.of(context);
        JournalEntry hot = new JournalEntry("hot", OffsetDateTime.now().minusMinutes(5), new BodySite(Region.ANKLE, Side.LEFT), "pop",
                null, 7, null, List.of("hot_red_joint", "fever"), "", false, null, null);
        var saved = WaitForAsyncUtils.asyncFx(() -> model.add(hot)).get(5, TimeUnit.SECONDS);
        saved.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Labeled safety = robot.lookup("#journal-safety").queryLabeled();
        assertTrue(safety.isVisible());
        assertTrue(safety.getText().contains("\u2022"), safety.getText());
        snapshot(robot, window, "journal-safety-net");
    }

    @Test
    void everyButtonOfTheScreenHasAnAccessibleName(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#nav-journal");
        for (Node n : robot.lookup(".button").queryAll()) {
            if (n instanceof Button b && b.isVisible()) {
                assertTrue(b.getAccessibleText() != null && !b.getAccessibleText().isBlank(), "button " + ((Labeled) b).getText());
            }
        }
    }
}
