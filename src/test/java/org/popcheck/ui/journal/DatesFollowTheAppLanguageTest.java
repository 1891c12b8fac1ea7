package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.LocalFormats;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.summary.SummaryScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Trial 2 and 3: dates in the "Log popping" dialog followed the system's locale, not the language
 * chosen in the app. On a system in another language than the app's, every date box (the log
 * dialog's, the journal's filters, the summary's period) shows and reads the app language's short
 * form, and the date picker's calendar names its month and weekdays in the app's language.
 */
@ExtendWith(ApplicationExtension.class)
class DatesFollowTheAppLanguageTest {

    private static final Locale SYSTEM = Locale.getDefault();
    private static final Locale SYSTEM_FORMAT = Locale.getDefault(Locale.Category.FORMAT);

    @TempDir
    static Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void backToTheSystemsLocale() {
        Locale.setDefault(SYSTEM);
        Locale.setDefault(Locale.Category.FORMAT, SYSTEM_FORMAT);
        Messages.setLanguage(Language.EN);
    }

    static List<Arguments> systemsAndLanguages() {
        return List.of(Arguments.of(Locale.US, Language.DE), Arguments.of(Locale.US, Language.ES), Arguments.of(Locale.GERMANY, Language.EN),
                Arguments.of(Locale.GERMANY, Language.ES), Arguments.of(new Locale("es", "MX"), Language.DE));
    }

    @ParameterizedTest(name = "system {0}, app in {1}")
    @MethodSource("systemsAndLanguages")
    void theLogDialogsDateAndItsCalendarAreInTheAppsLanguage(Locale system, Language app, FxRobot robot) {
        Locale.setDefault(system);
        Messages.setLanguage(app);
        LocalDate today = LocalDate.now();
        EntryForm[] form = new EntryForm[1];
        robot.interact(() -> {
            form[0] = new EntryForm(null);
            stage.setScene(new Scene(new StackPane(form[0]), 700, 600));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> form[0].date.show());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> words = new ArrayList<>();
        List<String> dayNames = new ArrayList<>();
        robot.interact(() -> {
            for (Window w : Window.getWindows()) {
                if (w != stage && w.getScene() != null) {
                    for (Node n : w.getScene().getRoot().lookupAll(".label")) {
                        if (n instanceof Label l && l.getText() != null) {
                            words.add(l.getText().toLowerCase(Messages.locale()));
                        }
                    }
                    for (Node n : w.getScene().getRoot().lookupAll(".day-name-cell")) {
                        dayNames.add(((DateCell) n).getText());
                    }
                }
            }
            form[0].date.hide();
        });
        Locale locale = Messages.locale();
        assertEquals(LocalFormats.shortDate(today), form[0].date.getEditor().getText(), "the date box");
        String month = today.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale).toLowerCase(locale);
        String monthInText = today.getMonth().getDisplayName(TextStyle.FULL, locale).toLowerCase(locale);
        assertTrue(words.contains(month) || words.contains(monthInText), "the calendar's month in " + app + ": " + words);
        assertEquals(7, dayNames.size(), "seven weekdays: " + dayNames);
        List<String> appDays = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            for (TextStyle style : List.of(TextStyle.SHORT_STANDALONE, TextStyle.SHORT, TextStyle.NARROW_STANDALONE)) {
                appDays.add(d.getDisplayName(style, locale).toLowerCase(locale));
            }
        }
        for (String d : dayNames) {
            assertTrue(appDays.contains(d.toLowerCase(locale)), "the weekday \"" + d + "\" in " + app + ", not in the system's language");
        }
    }

    @ParameterizedTest(name = "system {0}, app in {1}")
    @MethodSource("systemsAndLanguages")
    void theSummarysPeriodBoxesAreInTheAppsLanguage(Locale system, Language app, FxRobot robot) {
        Locale.setDefault(system);
        Messages.setLanguage(app);
        LocalDate day = LocalDate.of(2026, 12, 1);
        List<String> shown = new ArrayList<>();
        robot.interact(() -> {
            SummaryScreen summary = new SummaryScreen(AppContext.create(dataDir));
            stage.setScene(new Scene(new StackPane(summary.view()), 900, 700));
            // The boxes sit in a scroll pane, whose content is looked up through its skin: made by CSS.
            stage.getScene().getRoot().applyCss();
            for (String id : List.of("#summary-from", "#summary-to")) {
                DatePicker picker = (DatePicker) summary.view().lookup(id);
                picker.setValue(day);
                shown.add(picker.getEditor().getText());
                assertEquals(day, picker.getConverter().fromString(LocalFormats.shortDate(day)), "read back in the app's form");
            }
        });
        assertEquals(List.of(LocalFormats.shortDate(day), LocalFormats.shortDate(day)), shown);
    }
}
