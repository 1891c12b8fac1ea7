package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The new-user trial: at twice the text size in a 1024 x 600 window the sidebar's "not a diagnosis"
 * note sat at the foot of the navigation's scrolling part, below the fold. On every screen of the app,
 * in English, Spanish and German, at 1x and 2x on both screens and in every theme at 2x on the small
 * one, the note is wholly in sight and whole (shortened to "Not a diagnosis." in a short window, its
 * whole sentence still what a screen reader hears), and the entries above it stay in sight. Pictures: target/screenshots/disclaimer/.
 */
@ExtendWith(ApplicationExtension.class)
class DisclaimerInSightTest {

    @TempDir
    static Path dir;

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    static List<Arguments> looks() {
        List<Arguments> looks = new ArrayList<>();
        for (Language language : List.of(Language.EN, Language.ES, Language.DE)) {
            for (double scale : new double[] {1.0, 2.0}) {
                looks.add(Arguments.of(language, scale, 1024, 600, Settings.Theme.LIGHT));
                looks.add(Arguments.of(language, scale, 1280, 800, Settings.Theme.LIGHT));
            }
        }
        looks.add(Arguments.of(Language.DE, 2.0, 1024, 600, Settings.Theme.DARK));
        looks.add(Arguments.of(Language.DE, 2.0, 1024, 600, Settings.Theme.HIGH_CONTRAST));
        return looks;
    }

    @ParameterizedTest(name = "{0} at {1}x text on {2} x {3}, {4}")
    @MethodSource("looks")
    void theNoteIsInSightOnEveryScreen(Language language, double scale, int width, int height, Settings.Theme theme, FxRobot robot)
            throws Exception {
        Messages.setLanguage(language);
        AppContext context = AppContext.create(Files.createTempDirectory(dir, "data"));
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK).withTextScale(scale).withTheme(theme));
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(context);
            own.show(window[0], width, height, context.settings());
        });
        List<String> problems = new ArrayList<>();
        for (Destination d : Destination.values()) {
            robot.interact(() -> window[0].show(d));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                window[0].applyCss();
                window[0].layout();
                Node note = window[0].lookup("#app-disclaimer");
                LayoutCheck.outOfSight(note).ifPresent(p -> problems.add(d + ": " + p));
                LayoutCheck.cut((Labeled) note).ifPresent(p -> problems.add(d + ": " + p));
                // Not at the cost of the entries above it.
                for (String id : List.of("#nav-check", "#nav-journal", "#nav-exercises", "#nav-summary", "#quick-log", "#nav-settings")) {
                    LayoutCheck.outOfSight(window[0].lookup(id)).ifPresent(p -> problems.add(d + ": " + p));
                }
                String says = ((Labeled) note).getText();
                if (!says.equals(Messages.get("app.disclaimer")) && !says.equals(Messages.get("app.disclaimer.short"))) {
                    problems.add(d + ": the note says \"" + says + "\"");
                }
                if (!Messages.get("app.disclaimer").equals(note.getAccessibleText())) {
                    problems.add(d + ": a screen reader hears \"" + note.getAccessibleText() + "\", not the whole note");
                }
            });
        }
        Snapshots.write(window[0].getScene(), Path.of("target/screenshots/disclaimer",
                language.code() + "-" + (int) scale + "x-" + width + "x" + height + "-" + theme.name().toLowerCase(Locale.ROOT) + ".png"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
