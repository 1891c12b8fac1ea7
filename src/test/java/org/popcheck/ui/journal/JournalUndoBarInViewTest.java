package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a delete in the journal, "Entry deleted. Undo" is wholly in sight: inside the window and not
 * scrolled or cut away, at 1280x800 and 1024x600 with the usual and twice the text size.
 * Pictures: target/screenshots/journal-undo-bar/.
 */
@ExtendWith(ApplicationExtension.class)
class JournalUndoBarInViewTest {

    @TempDir
    static Path dir;

    @RegisterExtension
    final OwnWindow own = OwnWindow.hidden();

    @Test
    void theUndoBarIsWhollyInSightAtEveryUsualSize(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 800}, {1024, 600}}) {
            for (double scale : new double[] {1.0, 2.0}) {
                String look = size[0] + "x" + size[1] + "-" + (int) scale + "x";
                Path data = Files.createTempDirectory(dir, look);
                try (JournalStore seed = JournalStore.open(data)) {
                    OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
                    for (int i = 0; i < 12; i++) {
                        seed.add(new JournalEntry("e" + i, now.minusHours(1).minusDays(i), new BodySite(Region.ANKLE, Side.LEFT), "pop",
                                "daily", 3, List.of(), List.of(), "", false, List.of(), null));
                    }
                }
                AppContext context = AppContext.create(data);
                Settings settings = Settings.defaultsFor(Locale.UK).withTextScale(scale);
                context.settingsProperty().set(settings);
                MainWindow[] window = new MainWindow[1];
                robot.interact(() -> {
                    Theme.applyUserAgent(settings);
                    window[0] = new MainWindow(context);
                    own.show(window[0], size[0], size[1], settings);
                    context.startLoadingJournal();
                });
                WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
                robot.interact(() -> window[0].show(Destination.JOURNAL));
                // The journal's screen may be put in place after the call returns (it once was not there yet).
                WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> own.stage().getScene().lookup("#journal-table") != null);
                TableView<?> table = (TableView<?>) own.stage().getScene().lookup("#journal-table");
                WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
                robot.interact(() -> {
                    table.getSelectionModel().select(0);
                    ((Button) own.stage().getScene().lookup("#journal-delete")).fire();
                });
                JournalViewModel model = JournalViewModel.of(context);
                WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                        () -> WaitForAsyncUtils.asyncFx(() -> model.lastDeletedProperty().get() != null && !model.savingProperty().get()).get());
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    own.stage().getScene().getRoot().applyCss();
                    own.stage().getScene().getRoot().layout();
                });
                WaitForAsyncUtils.waitForFxEvents();
                Snapshots.write(own.stage().getScene(), Path.of("target/screenshots/journal-undo-bar", look + ".png"));
                robot.interact(() -> {
                    Node bar = own.stage().getScene().lookup("#journal-undo-bar");
                    Node undo = own.stage().getScene().lookup("#journal-undo");
                    if (!bar.isVisible()) {
                        problems.add(look + ": the bar is not shown");
                        return;
                    }
                    for (Node n : List.of(bar, undo)) {
                        Bounds b = n.localToScene(n.getLayoutBounds());
                        if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > size[0] + 0.5 || b.getMaxY() > size[1] + 0.5) {
                            problems.add(look + ": " + n.getId() + " runs out of the window: " + b);
                        }
                        for (Node p = n.getParent(); p != null; p = p.getParent()) {
                            if (p instanceof ScrollPane sp) {
                                Node viewport = sp.lookup(".viewport");
                                Bounds seen = viewport.localToScene(viewport.getLayoutBounds());
                                if (b.getMinY() < seen.getMinY() - 0.5 || b.getMaxY() > seen.getMaxY() + 0.5
                                        || b.getMinX() < seen.getMinX() - 0.5 || b.getMaxX() > seen.getMaxX() + 0.5) {
                                    problems.add(look + ": " + n.getId() + " is scrolled or cut out of sight: " + b + " in " + seen);
                                }
                            }
                        }
                    }
                });
                robot.interact(() -> model.lastDeletedProperty().set(null));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(Files.exists(Path.of("target/screenshots/journal-undo-bar/1024x600-2x.png")));
    }
}
