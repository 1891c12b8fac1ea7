package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.Patience;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.EveryWindow;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Trial 3: at twice the text size in German on a 1024 x 600 screen the Settings dialog came up
 * about 600 px wide, its right side cut ("200 %", the number's hint) behind a sideways scroll bar.
 * In every language and the pseudo-locale, at 1x and 2x, on both screens and in every theme, the
 * dialog's form fits its width with no sideways scroll bar and no cut text, at the width it opens
 * with and at narrower widths a window manager may give it. Pictures: target/settings-dialog/.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogFitTest {

    @TempDir
    static Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void backToNormal(FxRobot robot) {
        robot.interact(() -> {
            EveryWindow.pretendScreenArea(null);
            for (Window w : Window.getWindows().toArray(new Window[0])) {
                if (w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                    ((Button) pane.lookupButton(ButtonType.CANCEL)).fire();
                }
            }
        });
        Messages.setPseudo(null);
        Messages.setLanguage(Language.EN);
    }

    static List<Arguments> looks() {
        List<Arguments> looks = new ArrayList<>();
        for (String language : List.of("en", "es", "de", "pseudo")) {
            for (double scale : new double[] {1.0, 2.0}) {
                looks.add(Arguments.of(language, scale, 1024, 600, Settings.Theme.LIGHT));
                looks.add(Arguments.of(language, scale, 1280, 800, Settings.Theme.LIGHT));
            }
        }
        for (Settings.Theme theme : List.of(Settings.Theme.DARK, Settings.Theme.HIGH_CONTRAST)) {
            for (double scale : new double[] {1.0, 2.0}) {
                looks.add(Arguments.of("de", scale, 1024, 600, theme));
            }
            // The theme box's widest text at twice the size, in every language (a trial saw "High contrast" touch its arrow).
            for (String language : List.of("en", "es")) {
                looks.add(Arguments.of(language, 2.0, 1280, 800, theme));
            }
        }
        return looks;
    }

    @ParameterizedTest(name = "{0} at {1}x text on {2} x {3}, {4}")
    @MethodSource("looks")
    void theFormFitsItsWidthWithNothingCut(String language, double scale, int width, int height, Settings.Theme theme,
            FxRobot robot) throws Exception {
        boolean pseudo = language.equals("pseudo");
        Messages.setLanguage(pseudo ? Language.EN : Language.parse(language).orElseThrow());
        Messages.setPseudo(pseudo ? TranslatedScreensFitTest::pseudo : null);
        Settings settings = Settings.defaultsFor(Locale.GERMANY).withTextScale(scale).withTheme(theme);
        AppContext context = AppContext.create(dataDir);
        context.settingsProperty().set(settings);
        robot.interact(() -> {
            EveryWindow.pretendScreenArea(new Rectangle2D(0, 0, width, height));
            Theme.applyUserAgent(settings);
            stage.setScene(new Scene(new MainWindow(context), width, height));
            stage.setX(0);
            stage.setY(0);
            EveryWindow.follow(context.settingsProperty());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button open = robot.lookup("#nav-settings").queryAs(Button.class);
        Platform.runLater(open::fire); // not waited for: the dialog waits for its answer
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = dialog();
        List<String> problems = new ArrayList<>();
        String look = language + "-" + (int) scale + "x-" + width + "x" + height + "-" + theme.name().toLowerCase(Locale.ROOT);
        problems.addAll(check(robot, dialog, look + "-as-opened"));
        if (dialog.getX() + dialog.getWidth() > width + 1 || dialog.getY() + dialog.getHeight() > height + 1) {
            problems.add("the dialog (" + dialog.getWidth() + " x " + dialog.getHeight() + ") is not all on the screen");
        }
        // Narrower, as a window manager may make it: the trial's came up at 60 % of the screen's width;
        // and at 45 %, or as narrow as its buttons allow.
        double[] narrowest = new double[1];
        robot.interact(() -> {
            javafx.scene.Parent pane = dialog.getScene().getRoot();
            double buttons = pane.lookup(".button-bar").minWidth(-1);
            narrowest[0] = Math.ceil(Math.max(width * 0.45, buttons) + dialog.getWidth() - dialog.getScene().getWidth());
        });
        for (double narrower : new double[] {Math.floor(width * 0.6), narrowest[0]}) {
            robot.interact(() -> dialog.setWidth(narrower));
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(check(robot, dialog, look + "-" + Math.round(narrower) + "px"));
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems in " + look + ":\n" + String.join("\n", problems));
    }

    private Window dialog() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElse(null);
    }

    /** The dialog laid out at its current width: cut texts, a sideways scroll bar; and a picture. */
    private static List<String> check(FxRobot robot, Window dialog, String name) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            Scene scene = dialog.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            LayoutCheck.problems(scene).forEach(p -> found.add(name + ": " + p));
            // Each theme and language in its box: the widest ("High contrast") may not be the one shown.
            LayoutCheck.everyChoice(scene).forEach(p -> found.add(name + ": " + p));
            for (Node n : scene.getRoot().lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                    found.add(name + ": a sideways scroll bar at " + Math.round(scene.getWidth()) + " px wide");
                }
            }
        });
        Snapshots.write(dialog.getScene(), Path.of("target/settings-dialog", name + ".png"));
        return found;
    }
}
