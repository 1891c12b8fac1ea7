package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.Patience;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalStore;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.LayoutCheck;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The log dialog's boxes (joint, side, sound, how often) show each of their items whole and clear of
 * the arrow, in every theme and language at the usual and twice the text size, in the dialog as the
 * app opens it on a 1024 x 600 screen: "With every step or movement" was cut in the how-often box,
 * which JavaFX sized to its list as measured before the list had the person's text size.
 * Pictures (with that item chosen): target/screenshots/entry-choices/.
 */
@ExtendWith(ApplicationExtension.class)
class EntryFormChoicesWholeTest {

    @TempDir
    static Path dataDir;

    /** A window of this test's own: a pretended small screen would leave the shared primary stage resized. */
    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    static List<Object[]> looks() {
        List<Object[]> looks = new ArrayList<>();
        for (Settings.Theme theme : Settings.Theme.values()) {
            for (Language language : Language.values()) {
                for (double scale : new double[] {1.0, 2.0}) {
                    looks.add(new Object[] {theme, language, scale});
                }
            }
        }
        return looks;
    }

    @ParameterizedTest(name = "{0} {1} at {2}x text")
    @MethodSource("looks")
    void everyItemOfEveryBoxShowsWhole(Settings.Theme theme, Language language, double scale, FxRobot robot) throws Exception {
        String look = theme.name().toLowerCase(Locale.ROOT) + "-" + language.code() + "-" + (int) scale + "x";
        Settings settings = Settings.defaultsFor(Locale.UK).withTheme(theme).withTextScale(scale);
        Messages.setLanguage(language);
        AppContext context = AppContext.create(java.nio.file.Files.createTempDirectory(dataDir, "data"));
        context.settingsProperty().set(settings);
        robot.interact(() -> {
            own.onScreen(context, 1024, 600, () -> new MainWindow(context));
            context.startLoadingJournal();
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        WaitForAsyncUtils.waitForFxEvents();
        Button log = robot.lookup("#quick-log").queryAs(Button.class);
        Platform.runLater(log::fire); // not waited for: the dialog waits for its answer
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Scene dialog = dialog().getScene();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            problems.addAll(LayoutCheck.everyChoice(dialog));
            @SuppressWarnings("unchecked")
            ComboBox<String> often = (ComboBox<String>) ((EntryForm) ((DialogPane) dialog.getRoot()).getContent()).frequency;
            often.setValue("every_step");
            dialog.getRoot().applyCss();
            dialog.getRoot().layout();
        });
        Snapshots.write(dialog, Path.of("target/screenshots/entry-choices", look + ".png"));
        assertEquals(List.of(), problems, look);
    }

    private Window dialog() {
        return own.dialog();
    }
}
