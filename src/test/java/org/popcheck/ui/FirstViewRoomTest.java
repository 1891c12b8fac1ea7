package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.Patience;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalStore;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a new-user trial had to scroll for in the smallest window (1024 x 600) at twice the text size
 * is in the first view: every entry of the navigation, Settings included (it sat below the fold), and
 * several rows of the journal's table (the header, buttons and two rows of filters left it about one);
 * and the where step's sentence on what PopCheck checks (hazard log, review 11: a sore shin or knee
 * picked as the nearest ankle or hip got advice not meant for it), whole, in every language and theme.
 * Pictures: target/figures/first-view-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class FirstViewRoomTest {

    /** A heading and at least four rows at twice the text size (a row is about 48 px there). */
    private static final double LEAST_TABLE_SHOWN = 230;

    /** Each test's own window, shown with its scene; English and the theme's sheet given back after it. */
    @RegisterExtension
    final OwnWindow own = OwnWindow.hidden();

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0} at {1}x in {2}x{3}")
    @CsvSource({"EN, 2, 1024, 600", "ES, 2, 1024, 600", "DE, 2, 1024, 600", "DE, 1, 1024, 600", "ES, 2, 1280, 800"})
    void everyNavigationEntryAndSettingsAreInSight(Language language, double scale, int width, int height, FxRobot robot) throws Exception {
        open(language, scale, width, height, Settings.Theme.LIGHT, null, robot);
        Snapshots.write(own.stage().getScene(), Path.of("target/figures/first-view-navigation-" + name(language, scale, width) + ".png"));
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            for (String id : List.of("#nav-check", "#nav-journal", "#nav-exercises", "#nav-summary", "#quick-log", "#nav-settings")) {
                Node entry = own.stage().getScene().getRoot().lookup(id);
                assertTrue(entry != null, id);
                LayoutCheck.outOfSight(entry).ifPresent(problems::add);
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0} at {1}x in {2}x{3}")
    @CsvSource({"EN, 2, 1024, 600", "ES, 2, 1024, 600", "DE, 2, 1024, 600", "EN, 1, 1024, 600", "DE, 2, 1280, 800"})
    void theJournalsTableShowsSeveralRowsAndItsFiltersAreOnePressAway(Language language, double scale, int width, int height,
            FxRobot robot) throws Exception {
        String name = name(language, scale, width);
        open(language, scale, width, height, Settings.Theme.LIGHT, Destination.JOURNAL, robot);
        Snapshots.write(own.stage().getScene(), Path.of("target/figures/first-view-journal-" + name + ".png"));
        double shown = LayoutCheck.heightInSight(robot.lookup("#journal-table").query());
        assertTrue(shown >= LEAST_TABLE_SHOWN, name + ": the table shows " + Math.round(shown) + " px in the first view, less than " + LEAST_TABLE_SHOWN);

        ToggleButton filters = robot.lookup("#journal-filter-toggle").queryAs(ToggleButton.class);
        assertEquals(List.of(), LayoutCheck.outOfSight(filters).stream().toList());
        robot.interact(() -> filters.setSelected(true));
        robot.interact(() -> own.stage().getScene().getRoot().layout());
        Snapshots.write(own.stage().getScene(), Path.of("target/figures/first-view-journal-" + name + "-filters.png"));
        assertTrue(robot.lookup("#journal-filter-region").query().isVisible(), "the joint filter shows");
    }

    @ParameterizedTest(name = "{0} at {1}x in {2}x{3}, {4}")
    @CsvSource({
        "EN, 1, 1280, 800, LIGHT", "ES, 1, 1280, 800, LIGHT", "DE, 1, 1280, 800, LIGHT",
        "EN, 2, 1280, 800, LIGHT", "ES, 2, 1280, 800, LIGHT", "DE, 2, 1280, 800, LIGHT",
        "EN, 1, 1024, 600, LIGHT", "ES, 1, 1024, 600, LIGHT", "DE, 1, 1024, 600, LIGHT",
        "EN, 2, 1024, 600, LIGHT", "ES, 2, 1024, 600, DARK", "DE, 2, 1024, 600, HIGH_CONTRAST"})
    void theWhereStepSaysWhatPopCheckChecksInThePersonsLanguageInTheFirstView(Language language, double scale,
            int width, int height, Settings.Theme theme, FxRobot robot) throws Exception {
        open(language, scale, width, height, theme, null, robot);
        robot.interact(() -> ((Button) own.stage().getScene().lookup("#wizard-next")).fire());
        robot.interact(() -> own.stage().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        String name = name(language, scale, width) + "-" + theme.name().toLowerCase(Locale.ROOT);
        Snapshots.write(own.stage().getScene(), Path.of("target/figures/first-view-where-scope-" + name + ".png"));

        Label scope = robot.lookup("#where-scope").queryAs(Label.class);
        String text = scope.getText();
        assertEquals(Messages.get("wizard.where.scope"), text);
        if (language != Language.EN) {
            assertNotEquals(ResourceBundle.getBundle("i18n.wizard", Locale.ROOT).getString("wizard.where.scope"), text,
                    "the scope sentence is translated into " + language);
        }
        // The sentence names the places the map offers, in the words the rest of the app uses for them.
        for (String region : List.of("ankle", "foot", "hip", "spine_neck")) {
            String place = Messages.get("triage.region." + region);
            assertTrue(text.toLowerCase(Messages.locale()).contains(place.toLowerCase(Messages.locale())),
                    name + ": the scope sentence does not name \"" + place + "\": " + text);
        }
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            LayoutCheck.cut(scope).ifPresent(problems::add);
            LayoutCheck.outOfSight(scope).ifPresent(problems::add);
        });
        assertEquals(List.of(), problems, name);
    }

    private static String name(Language language, double scale, int width) {
        return language + "-" + (int) scale + "x-" + width;
    }

    /** The app in {@code language} at this text size, window size and theme, showing {@code screen} (the check when null), its journal read. */
    private void open(Language language, double scale, int width, int height, Settings.Theme theme, Destination screen,
            FxRobot robot) throws Exception {
        Messages.setLanguage(language);
        AppContext context = AppContext.create(dataDir);
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK).withTextScale(scale).withTheme(theme));
        robot.interact(() -> {
            MainWindow window = new MainWindow(context);
            own.show(window, width, height, context.settings());
            context.startLoadingJournal();
            if (screen != null) {
                window.show(screen);
            }
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> own.stage().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
