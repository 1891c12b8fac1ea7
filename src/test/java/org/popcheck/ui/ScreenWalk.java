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
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.popcheck.Patience;
import org.popcheck.assessment.Answer;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.EveryWindow;
import org.popcheck.ui.common.Theme;
import org.popcheck.ui.wizard.ModelAnswers;
import org.popcheck.ui.wizard.WizardScreen;
import org.popcheck.ui.wizard.WizardStep;
import org.popcheck.ui.wizard.WizardViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every screen and dialog of the app in a window of a given size (on a screen of that size),
 * runs {@link LayoutCheck} on each and hands each to a picture taker. Shared by the layout test
 * (each theme and text size) and the translation layout test (each language and a pseudo-locale).
 */
final class ScreenWalk {

    private final FxRobot robot;
    private final Stage stage;
    private final double width;
    private final double height;
    /** Gets each checked scene with its name ("wizard-1-start"), to keep a picture of it. */
    private final BiConsumer<Scene, String> picture;
    private final List<String> problems = new ArrayList<>();

    ScreenWalk(FxRobot robot, Stage stage, double width, double height, BiConsumer<Scene, String> picture) {
        this.robot = robot;
        this.stage = stage;
        this.width = width;
        this.height = height;
        this.picture = picture;
    }

    /** Forgets the pretended screen size; call after each walk. */
    void forgetSmallScreen() {
        robot.interact(() -> EveryWindow.pretendScreenArea(null));
    }

    /** Walks every screen and dialog with these settings and a journal seeded in {@code dataParent}; the problems, "screen: problem". */
    List<String> walk(Settings settings, Path dataParent) throws Exception {
        AppContext context = AppContext.create(seededDataDir(dataParent));
        context.settingsProperty().set(settings);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            EveryWindow.pretendScreenArea(new Rectangle2D(0, 0, width, height));
            Theme.applyUserAgent(settings);
            window[0] = new MainWindow(context);
            Scene scene = new Scene(window[0], width, height);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            EveryWindow.follow(context.settingsProperty());
            context.startLoadingJournal();
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> context.journal() instanceof JournalStore);

        WizardScreen wizard = (WizardScreen) window[0].screen(Destination.CHECK);
        WizardViewModel model = wizard.model();
        check("wizard-1-start");
        robot.interact(model::next);
        check("wizard-2-where");
        robot.interact(() -> model.sites().add(new BodySite(Region.ANKLE, Side.LEFT)));
        robot.interact(model::next);
        answerEverything(model, WizardStep.ABOUT, Answer.YesNo.NO);
        check("wizard-3-about");
        robot.interact(model::next);
        answerEverything(model, WizardStep.EMERGENCY, Answer.YesNo.NO);
        check("wizard-3b-emergency");
        robot.interact(model::next);
        answerEverything(model, WizardStep.POPPING, Answer.YesNo.NO);
        check("wizard-4-popping");
        robot.interact(model::next);
        answerEverything(model, WizardStep.WARNINGS, Answer.YesNo.NO);
        check("wizard-5-warnings");
        robot.interact(model::next);
        assertEquals(WizardStep.RESULT, model.stepProperty().get(), "the walk reaches the result; blocked by: " + model.blockerProperty().get());
        check("wizard-6-result");
        robot.interact(model::back);
        answerEverything(model, WizardStep.WARNINGS, Answer.YesNo.YES);
        assertTrue(model.stoppedProperty().get(), "yes to every warning sign calls for an ambulance");
        check("wizard-call-now");

        robot.interact(() -> window[0].show(Destination.JOURNAL));
        WaitForAsyncUtils.waitForFxEvents();
        check("journal-table");
        // The filter row, hidden while no filter is on, with its joint box.
        robot.interact(() -> robot.lookup("#journal-filter-toggle").queryAs(javafx.scene.control.ToggleButton.class).setSelected(true));
        check("journal-table-filters");
        robot.interact(() -> robot.lookup("#journal-filter-toggle").queryAs(javafx.scene.control.ToggleButton.class).setSelected(false));
        robot.interact(() -> robot.lookup("#journal-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        check("journal-trends");
        dialog("dialog-log-popping", "#quick-log");

        robot.interact(() -> window[0].show(Destination.EXERCISES));
        check("exercises-library");
        Button open = (Button) robot.lookup(n -> n.getId() != null && n.getId().startsWith("open-")).query();
        robot.interact(open::fire);
        check("exercises-detail");
        robot.interact(() -> robot.lookup("#detail-start").queryAs(Button.class).fire());
        check("exercises-session");

        robot.interact(() -> window[0].show(Destination.SUMMARY));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS); // the preview is drawn off the JavaFX thread
        check("summary");
        dialog("dialog-settings", "#nav-settings");
        return problems;
    }

    /** Lays the screen out, notes its problems under its name, and keeps a picture of it. */
    private void check(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> LayoutCheck.problems(stage.getScene()).forEach(p -> problems.add(name + ": " + p)));
        picture.accept(stage.getScene(), name);
        robot.interact(() -> LayoutCheck.everyChoice(stage.getScene()).forEach(p -> problems.add(name + ": " + p)));
    }

    /** Opens a dialog with the button, checks it (inside the small screen too), then cancels it. */
    private void dialog(String name, String opener) throws Exception {
        Button button = robot.lookup(opener).queryAs(Button.class);
        javafx.application.Platform.runLater(button::fire); // not waited for: the dialog waits for its answer
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> Window.getWindows().stream().anyMatch(x -> x != stage && x.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        Window w = Window.getWindows().stream().filter(x -> x != stage && x.isShowing()).findFirst().orElseThrow();
        robot.interact(() -> LayoutCheck.problems(w.getScene()).forEach(p -> problems.add(name + ": " + p)));
        robot.interact(() -> LayoutCheck.everyChoice(w.getScene()).forEach(p -> problems.add(name + ": " + p)));
        if (w.getX() < 0 || w.getY() < 0 || w.getX() + w.getWidth() > width + 1 || w.getY() + w.getHeight() > height + 1) {
            problems.add(name + ": the dialog (" + w.getX() + "," + w.getY() + " " + w.getWidth() + "x" + w.getHeight() + ") is not all on the screen");
        }
        picture.accept(w.getScene(), name);
        Button cancel = (Button) ((DialogPane) w.getScene().getRoot()).lookupButton(ButtonType.CANCEL);
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void answerEverything(WizardViewModel model, WizardStep step, Answer.YesNo yesNo) {
        robot.interact(() -> ModelAnswers.answerEverything(model, step, yesNo));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Path seededDataDir(Path parent) throws IOException {
        Path data = Files.createTempDirectory(parent, "data");
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
