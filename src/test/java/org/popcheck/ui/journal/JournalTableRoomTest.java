package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.Patience;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalStore;
import org.popcheck.settings.Settings;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;
import org.popcheck.ui.LayoutCheck;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The journal's table has room in the first view, without scrolling: at twice the text size in a
 * 1024x600 window the header, the buttons and two rows of filters left it about one row (a new-user
 * trial). The filter row shows once asked for, or while a filter is on, and stays reachable.
 */
@ExtendWith(ApplicationExtension.class)
class JournalTableRoomTest {

    /** A heading and at least four rows at twice the text size (a row is about 48 px there). */
    private static final double LEAST_SHOWN = 230;

    @TempDir
    Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest(name = "{0} at {1}x in {2}x{3}")
    @CsvSource({"EN, 2, 1024, 600", "ES, 2, 1024, 600", "DE, 2, 1024, 600", "EN, 1, 1024, 600", "DE, 2, 1280, 800"})
    void theTableShowsSeveralRowsInTheFirstViewAndTheFiltersAreOneClickAway(Language language, double scale, double width, double height,
            FxRobot robot) throws Exception {
        Messages.setLanguage(language);
        AppContext context = AppContext.create(dataDir);
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK).withTextScale(scale));
        robot.interact(() -> {
            MainWindow window = new MainWindow(context);
            Scene scene = new Scene(window, width, height);
            Theme.apply(scene, context.settings());
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            context.startLoadingJournal();
            window.show(Destination.JOURNAL);
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        String name = language + "-" + (int) scale + "x-" + (int) width;
        Snapshots.write(stage.getScene(), Path.of("target/figures/journal-table-room-" + name + ".png"));
        double shown = robot.lookup("#journal-table").queryAs(TableView.class) == null ? 0
                : LayoutCheck.heightInSight(robot.lookup("#journal-table").query());
        assertTrue(shown >= LEAST_SHOWN, name + ": the table shows " + Math.round(shown) + " px in the first view, less than " + LEAST_SHOWN);

        // The filters are one press away, and every part of them is then in the window.
        ToggleButton filters = robot.lookup("#journal-filter-toggle").queryAs(ToggleButton.class);
        assertEquals(List.of(), new ArrayList<>(LayoutCheck.outOfSight(filters).stream().toList()));
        robot.interact(() -> filters.setSelected(true));
        robot.interact(() -> stage.getScene().getRoot().layout());
        Snapshots.write(stage.getScene(), Path.of("target/figures/journal-table-room-" + name + "-filters.png"));
        assertTrue(robot.lookup("#journal-filter-region").query().isVisible(), "the joint filter shows");
    }
}
