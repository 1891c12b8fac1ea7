package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.assessment.Answer;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.EveryWindow;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Theme;
import org.popcheck.ui.wizard.ModelAnswers;
import org.popcheck.ui.wizard.WizardScreen;
import org.popcheck.ui.wizard.WizardStep;
import org.popcheck.ui.wizard.WizardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen and dialog in a 1024 x 600 window (on a screen of that size), at the normal
 * and at twice the text size, in each theme, and fails on any label that is cut short or anything
 * outside the window. With {@code -Dpopcheck.docs=true} it also writes the light-theme pictures
 * into docs/screenshots/layout/.
 */
@ExtendWith(ApplicationExtension.class)
class EveryScreenFitsTest {

    private static final double WIDTH = 1024;
    private static final double HEIGHT = 600;

    @TempDir
    static Path dir;

    private Stage stage;
    private FxRobot robot;
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void forgetSmallScreen() {
        robot.interact(() -> EveryWindow.pretendScreenArea(null));
    }

    static List<Arguments> looks() {
        List<Arguments> looks = new ArrayList<>();
        for (Settings.Theme theme : Settings.Theme.values()) {
            for (double scale : new double[] {1.0, 2.0}) {
                looks.add(Arguments.of(theme, scale));
            }
        }
        return looks;
    }

    @ParameterizedTest(name = "{0} at {1}x text")
    @MethodSource("looks")
    void everyScreenAndDialogShowsAllItsTextInsideTheWindow(Settings.Theme theme, double scale, FxRobot robot) throws Exception {
        this.robot = robot;
        Settings settings = Settings.defaultsFor(Locale.UK).withTheme(theme).withTextScale(scale);
        AppContext context = AppContext.create(seededDataDir());
        context.settingsProperty().set(settings);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            EveryWindow.pretendScreenArea(new Rectangle2D(0, 0, WIDTH, HEIGHT));
            Theme.applyUserAgent(settings);
            window[0] = new MainWindow(context);
            Scene scene = new Scene(window[0], WIDTH, HEIGHT);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            EveryWindow.follow(context.settingsProperty());
            context.startLoadingJournal();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);
        String look = theme.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + (int) scale + "x";

        WizardScreen wizard = (WizardScreen) window[0].screen(Destination.CHECK);
        WizardViewModel model = wizard.model();
        check(look, "wizard-1-start");
        robot.interact(model::next);
        check(look, "wizard-2-where");
        robot.interact(() -> model.sites().add(new BodySite(Region.ANKLE, Side.LEFT)));
        robot.interact(model::next);
        answerEverything(model, WizardStep.ABOUT, Answer.YesNo.NO);
        check(look, "wizard-3-about");
        robot.interact(model::next);
        answerEverything(model, WizardStep.EMERGENCY, Answer.YesNo.NO);
        check(look, "wizard-3b-emergency");
        robot.interact(model::next);
        answerEverything(model, WizardStep.POPPING, Answer.YesNo.NO);
        check(look, "wizard-4-popping");
        robot.interact(model::next);
        answerEverything(model, WizardStep.WARNINGS, Answer.YesNo.NO);
        check(look, "wizard-5-warnings");
        robot.interact(model::next);
        assertEquals(WizardStep.RESULT, model.stepProperty().get(), "the walk reaches the result; blocked by: " + model.blockerProperty().get());
        check(look, "wizard-6-result");
        robot.interact(model::back);
        answerEverything(model, WizardStep.WARNINGS, Answer.YesNo.YES);
        assertTrue(model.stoppedProperty().get(), "yes to every warning sign calls for an ambulance");
        check(look, "wizard-call-now");

        robot.interact(() -> window[0].show(Destination.JOURNAL));
        WaitForAsyncUtils.waitForFxEvents();
        check(look, "journal-table");
        robot.interact(() -> robot.lookup("#journal-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        check(look, "journal-trends");
        dialog(look, "dialog-log-popping", "#quick-log");

        robot.interact(() -> window[0].show(Destination.EXERCISES));
        check(look, "exercises-library");
        Button open = (Button) robot.lookup(n -> n.getId() != null && n.getId().startsWith("open-")).query();
        robot.interact(open::fire);
        check(look, "exercises-detail");
        robot.interact(() -> robot.lookup("#detail-start").queryAs(Button.class).fire());
        check(look, "exercises-session");

        robot.interact(() -> window[0].show(Destination.SUMMARY));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS); // the preview is drawn off the JavaFX thread
        check(look, "summary");
        dialog(look, "dialog-settings", "#nav-settings");

        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** Lays the screen out, notes its problems under its name, and keeps a picture of it. */
    private void check(String look, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> LayoutCheck.problems(stage.getScene()).forEach(p -> problems.add(name + ": " + p)));
        picture(stage.getScene(), look, name);
    }

    /** Opens a dialog with the button, checks it (inside the small screen too), then cancels it. */
    private void dialog(String look, String name, String opener) throws Exception {
        Button button = robot.lookup(opener).queryAs(Button.class);
        javafx.application.Platform.runLater(button::fire); // not waited for: the dialog waits for its answer
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream().anyMatch(x -> x != stage && x.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        Window w = Window.getWindows().stream().filter(x -> x != stage && x.isShowing()).findFirst().orElseThrow();
        robot.interact(() -> LayoutCheck.problems(w.getScene()).forEach(p -> problems.add(name + ": " + p)));
        if (w.getX() < 0 || w.getY() < 0 || w.getX() + w.getWidth() > WIDTH + 1 || w.getY() + w.getHeight() > HEIGHT + 1) {
            problems.add(name + ": the dialog (" + w.getX() + "," + w.getY() + " " + w.getWidth() + "x" + w.getHeight() + ") is not all on the screen");
        }
        picture(w.getScene(), look, name);
        Button cancel = (Button) ((DialogPane) w.getScene().getRoot()).lookupButton(ButtonType.CANCEL);
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void picture(Scene root, String look, String name) {
        if (!look.startsWith("light-") && !look.startsWith("dark-") && !look.startsWith("high-contrast-")) {
            return;
        }
        System.out.println("DEBUG " + look + name + " scene " + root.getWidth() + "x" + root.getHeight() + " window " + root.getWindow().getWidth() + "x" + root.getWindow().getHeight());
        Snapshots.write(root, Path.of("target/layout", look, name + ".png"));
        if (Boolean.getBoolean("popcheck.docs") && look.startsWith("light-")) {
            Snapshots.write(root, Path.of("docs/screenshots/layout", look.substring("light-".length()), name + ".png"));
        }
    }

    private void answerEverything(WizardViewModel model, WizardStep step, Answer.YesNo yesNo) {
        robot.interact(() -> ModelAnswers.answerEverything(model, step, yesNo));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Path seededDataDir() throws IOException {
        Path data = Files.createTempDirectory(dir, "data");
        try (JournalStore seed = JournalStore.open(data)) {
            OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            for (int i = 0; i < 14; i++) {
                Region r = i % 3 == 0 ? Region.HIP : Region.ANKLE;
                seed.add(new JournalEntry("e" + i, now.minusHours(1).minusDays(i), new BodySite(r, i % 2 == 0 ? Side.LEFT : Side.RIGHT),
                        i % 2 == 0 ? "pop" : "click", "daily", (i * 3) % 8, List.of("walking"), List.of(),
                        i % 4 == 0 ? "after a long walk on the beach, some stiffness the next morning" : "", i % 5 == 0,
                        List.of(), null));
            }
        }
        return data;
    }
}
