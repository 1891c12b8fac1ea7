package org.popcheck.ui.wizard;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.settings.Settings;
import org.popcheck.ui.Outcome;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A result page shown in a frame like the main window's, for the result screen's tests. */
final class ResultPageFrame {

    private ResultPageFrame() {}

    /**
     * Shows {@code outcome}'s page in {@code stage}: the navigation's width (16.5 em) on the left, the
     * page scrolling, the light theme at {@code textScale}; actions do nothing.
     */
    static ResultPage show(FxRobot robot, Stage stage, Outcome outcome, int width, int height, double textScale) {
        ResultPage page = new ResultPage(outcome, FactCatalog.standard(), ExerciseCatalog.standard(), new ResultPage.Actions() {
            public void change() {}

            public void saveToJournal(Label status) {}

            public void seeExercises() {}

            public void summary() {}

            public void startAgain() {}
        });
        robot.interact(() -> {
            Region nav = new Region();
            nav.setStyle("-fx-min-width: 16.5em; -fx-pref-width: 16.5em;");
            ScrollPane scroll = new ScrollPane(page);
            scroll.setFitToWidth(true);
            Scene scene = new Scene(new BorderPane(scroll, null, null, null, nav), width, height);
            Theme.apply(scene, Settings.defaultsFor(Locale.UK).withTextScale(textScale));
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return page;
    }
}
