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

    /** A window size and text scale the app must fit. */
    private record Look(int w, int h, double scale) {
        String name() {
            return w + "x" + h + "-" + (int) scale + "x";
        }
    }

    private static final List<Look> LOOKS = List.of(new Look(1280, 800, 1), new Look(1280, 800, 2), new Look(1024, 600, 1), new Look(1024, 600, 2));

    /** The journal with twelve entries, shown in a window of {@code w}x{@code h} at {@code scale} text. */
    private AppContext openJournal(FxRobot robot, String look, int w, int h, double scale) throws Exception {
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
            own.stage(); // first: the sheet to give back is the one before this test's theme
            Theme.applyUserAgent(settings);
            window[0] = new MainWindow(context);
            own.show(window[0], w, h, settings);
            context.startLoadingJournal();
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        robot.interact(() -> window[0].show(Destination.JOURNAL));
        // The journal's screen may be put in place after the call returns (it once was not there yet).
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> own.stage().getScene().lookup("#journal-table") != null);
        TableView<?> table = (TableView<?>) own.stage().getScene().lookup("#journal-table");
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        return context;
    }

    /** Lays the window out, writes its picture, and adds to {@code problems} each of {@code ids} not wholly in sight. */
    private void inSight(FxRobot robot, String folder, String look, int w, int h, List<String> ids, List<String> problems) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            own.stage().getScene().getRoot().applyCss();
            own.stage().getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.write(own.stage().getScene(), Path.of("target/screenshots", folder, look + ".png"));
        robot.interact(() -> {
            for (String id : ids) {
                Node n = own.stage().getScene().lookup("#" + id);
                if (n == null || !n.isVisible()) {
                    problems.add(look + ": " + id + " is not shown");
                    continue;
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > w + 0.5 || b.getMaxY() > h + 0.5) {
                    problems.add(look + ": " + id + " runs out of the window: " + b);
                }
                for (Node p = n.getParent(); p != null; p = p.getParent()) {
                    if (p instanceof ScrollPane sp) {
                        Node viewport = sp.lookup(".viewport");
                        Bounds seen = viewport.localToScene(viewport.getLayoutBounds());
                        if (b.getMinY() < seen.getMinY() - 0.5 || b.getMaxY() > seen.getMaxY() + 0.5
                                || b.getMinX() < seen.getMinX() - 0.5 || b.getMaxX() > seen.getMaxX() + 0.5) {
                            problems.add(look + ": " + id + " is scrolled or cut out of sight: " + b + " in " + seen);
                        }
                    }
                }
            }
        });
    }

    @Test
    void theUndoBarIsWhollyInSightAtEveryUsualSize(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Look l : LOOKS) {
            AppContext context = openJournal(robot, l.name(), l.w(), l.h(), l.scale());
            TableView<?> table = (TableView<?>) own.stage().getScene().lookup("#journal-table");
            robot.interact(() -> {
                table.getSelectionModel().select(0);
                ((Button) own.stage().getScene().lookup("#journal-delete")).fire();
            });
            JournalViewModel model = JournalViewModel.of(context);
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> model.lastDeletedProperty().get() != null && !model.savingProperty().get()).get());
            inSight(robot, "journal-undo-bar", l.name(), l.w(), l.h(), List.of("journal-undo-bar", "journal-undo"), problems);
            robot.interact(() -> model.lastDeletedProperty().set(null));
        }
        assertEquals(List.of(), problems);
        assertTrue(Files.exists(Path.of("target/screenshots/journal-undo-bar/1024x600-2x.png")));
    }

    /**
     * Dates typed in the filter's boxes that cannot be read are named in one sentence under them; at
     * 1024x600 with twice the text it needed a scroll to be read. It is wholly in sight when it appears,
     * with the "to" box above it (the tab is too short there for both boxes and five lines of sentence).
     * Pictures: target/screenshots/journal-filter-problem/.
     */
    @Test
    void theFiltersDateProblemIsWhollyInSightAtEveryUsualSize(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Look l : LOOKS) {
            openJournal(robot, l.name(), l.w(), l.h(), l.scale());
            robot.interact(() -> {
                ((javafx.scene.control.ToggleButton) own.stage().getScene().lookup("#journal-filter-toggle")).setSelected(true);
                for (String id : List.of("journal-filter-from", "journal-filter-to")) {
                    javafx.scene.control.DatePicker box = (javafx.scene.control.DatePicker) own.stage().getScene().lookup("#" + id);
                    box.getEditor().setText("31/02/2026");
                    StrictDateConverter.readTyped(box);
                }
            });
            inSight(robot, "journal-filter-problem", l.name(), l.w(), l.h(),
                    List.of("journal-filter-problem", "journal-filter-to"), problems);
        }
        assertEquals(List.of(), problems);
    }
}
