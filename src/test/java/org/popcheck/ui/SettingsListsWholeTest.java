package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.stage.PopupWindow;
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
 * The new-user trial: at twice the text size in the dark theme the Settings dialog's Theme list,
 * opened, was cut at its right and bottom edges (its frame and the end of "High contrast" gone).
 * The pop-up window was given a size by the code that dresses every window, measured before the
 * list had its look; the list then needed more. Each of the dialog's lists, opened, lies whole
 * inside its pop-up window: every theme at 1x and 2x on both screens in English, and Spanish and
 * German at 2x in the dark theme. Pictures: target/settings-lists/.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsListsWholeTest {

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
            EveryWindow.stopFollowing();
            for (Window w : Window.getWindows().toArray(new Window[0])) {
                if (w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                    ((Button) pane.lookupButton(ButtonType.CANCEL)).fire();
                }
            }
        });
        Messages.setLanguage(Language.EN);
    }

    static List<Arguments> looks() {
        List<Arguments> looks = new ArrayList<>();
        for (Settings.Theme theme : Settings.Theme.values()) {
            for (double scale : new double[] {1.0, 2.0}) {
                looks.add(Arguments.of(Language.EN, scale, 1024, 600, theme));
                looks.add(Arguments.of(Language.EN, scale, 1280, 800, theme));
            }
        }
        for (Language language : List.of(Language.ES, Language.DE)) {
            looks.add(Arguments.of(language, 2.0, 1024, 600, Settings.Theme.DARK));
            looks.add(Arguments.of(language, 2.0, 1280, 800, Settings.Theme.DARK));
        }
        return looks;
    }

    @ParameterizedTest(name = "{0} at {1}x text on {2} x {3}, {4}")
    @MethodSource("looks")
    void eachOpenListLiesWholeInItsWindow(Language language, double scale, int width, int height, Settings.Theme theme,
            FxRobot robot) throws Exception {
        Messages.setLanguage(language);
        Settings settings = Settings.defaultsFor(Locale.UK).withTextScale(scale).withTheme(theme);
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
        List<String> problems = new ArrayList<>();
        String look = language.code() + "-" + (int) scale + "x-" + width + "x" + height + "-" + theme.name().toLowerCase(Locale.ROOT);
        for (String id : List.of("#settings-theme", "#settings-language")) {
            ChoiceBox<?> box = (ChoiceBox<?>) dialog().getScene().getRoot().lookup(id);
            robot.interact(box::show);
            WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> list() != null);
            WaitForAsyncUtils.waitForFxEvents(); // the window dressing runs a moment after the list is shown
            robot.interact(() -> {
                PopupWindow list = list();
                problems.addAll(cutOff(list, id));
                Snapshots.write(list.getScene(), Path.of("target/settings-lists", look + "-" + id.substring(1) + ".png"));
                box.hide();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems in " + look + ":\n" + String.join("\n", problems));
    }

    /** What of the open list lies outside its window: the list's own frame, or any of its items. */
    private static List<String> cutOff(PopupWindow window, String box) {
        List<String> found = new ArrayList<>();
        Scene scene = window.getScene();
        java.util.Set<Node> parts = new java.util.LinkedHashSet<>(scene.getRoot().lookupAll(".context-menu")); // the list and its skin both carry the class
        parts.addAll(scene.getRoot().lookupAll(".menu-item"));
        for (Node part : parts) {
            Bounds b = part.localToScene(part.getLayoutBounds());
            if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
                found.add("the open list of " + box + ": " + part.getStyleClass() + " " + text(part) + " at "
                        + String.format(Locale.ROOT, "(%.0f,%.0f %.0fx%.0f)", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())
                        + " in a window of " + Math.round(scene.getWidth()) + " x " + Math.round(scene.getHeight()));
            }
        }
        return found;
    }

    private static String text(Node part) {
        Node label = part.lookup(".label");
        return label instanceof javafx.scene.control.Labeled l ? "\"" + l.getText() + "\"" : "";
    }

    private Window dialog() {
        return Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElse(null);
    }

    private static PopupWindow list() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(w -> (PopupWindow) w).findFirst().orElse(null);
    }
}
