package org.popcheck.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.Destination;
import org.popcheck.ui.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A change of language builds the window again; the summary's choices (a period of the person's own
 * dates, the name for the clinician, the paper) went back to 90 days, no name and A4.
 */
@ExtendWith(ApplicationExtension.class)
class SummaryLanguageChangeTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    private static RadioButton choice(MainWindow window, Object userData) {
        return window.screen(Destination.SUMMARY).view().lookupAll(".radio-button").stream().map(RadioButton.class::cast)
                .filter(b -> b.getUserData() == userData).findFirst().orElseThrow();
    }

    @Test
    void theSummarysChoicesOutliveAChangeOfLanguage(FxRobot robot) {
        AppContext context = AppContext.create(dir);
        LocalDate from = LocalDate.now().minusDays(20);
        LocalDate to = LocalDate.now().minusDays(3);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(context);
            stage.setScene(new Scene(window[0], 1280, 800));
            stage.show();
            window[0].show(Destination.SUMMARY);
        });
        robot.interact(() -> { // once laid out: the choices are in a scroll pane
            choice(window[0], SummaryViewModel.PeriodChoice.CUSTOM).fire();
            ((DatePicker) stage.getScene().lookup("#summary-from")).setValue(from);
            ((DatePicker) stage.getScene().lookup("#summary-to")).setValue(to);
            ((TextField) stage.getScene().lookup("#summary-name")).setText("Ana Ruiz");
            choice(window[0], Settings.Paper.LETTER).fire();
        });
        SummaryViewModel before = ((SummaryScreen) window[0].screen(Destination.SUMMARY)).model();
        assertEquals(from, before.customFromProperty().get(), "chosen before the change");
        robot.interact(() -> {
            Messages.setLanguage(Language.DE);
            MainWindow german = window[0].rebuilt();
            stage.getScene().setRoot(german);
            window[0] = german;
        });
        SummaryScreen now = (SummaryScreen) window[0].screen(Destination.SUMMARY);
        assertNotSame(now.view(), null);
        assertEquals(SummaryViewModel.PeriodChoice.CUSTOM, now.model().periodProperty().get(), "the own period");
        assertEquals(from, now.model().customFromProperty().get());
        assertEquals(to, now.model().customToProperty().get());
        assertEquals("Ana Ruiz", now.model().nameProperty().get());
        assertEquals(Settings.Paper.LETTER, now.model().paperProperty().get());
        robot.interact(() -> { });
        assertEquals(true, choice(window[0], SummaryViewModel.PeriodChoice.CUSTOM).isSelected(), "shown as chosen");
        assertEquals(false, ((DatePicker) stage.getScene().lookup("#summary-from")).isDisabled(), "its dates open to change");
    }
}
