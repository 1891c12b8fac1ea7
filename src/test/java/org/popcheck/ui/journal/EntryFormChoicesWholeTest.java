package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.LayoutCheck;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

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
        AppWithDialog.show(own, robot, context, 1024, 600);
        Scene dialog = AppWithDialog.open(own, robot, "#quick-log").getScene();
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
}
