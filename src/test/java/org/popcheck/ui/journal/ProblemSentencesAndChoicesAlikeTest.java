package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.common.SettingsDialog;
import org.popcheck.ui.common.Styles;
import org.popcheck.ui.summary.SummaryScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The sentence under a date box that names its problem, and the radio buttons, were each set up
 * by hand in several classes and had drifted apart: the summary's sentence could be squeezed to
 * "..." (no minimum height), and the settings' paper choices did not name their question for a
 * screen reader. Each is now made by one helper; this checks every place alike.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemSentencesAndChoicesAlikeTest {

    @TempDir
    Path dir;

    /** Shows {@code views} side by side, laid out, so nodes inside scroll panes can be found. */
    private Parent shown(FxRobot robot, Node... views) {
        StackPane all = new StackPane(views);
        robot.interact(() -> {
            Stage window = new Stage();
            window.setScene(new Scene(all, 1280, 800));
            window.show();
        });
        robot.interact(() -> { });
        return all;
    }

    @Test
    void everyDateProblemSentenceLooksAndHidesAlike(FxRobot robot) {
        AppContext context = AppContext.create(dir);
        Parent all = shown(robot, new EntryForm(null), new JournalScreen(context).view(), new SummaryScreen(context).view());
        for (String id : List.of("#entry-date-problem", "#journal-filter-problem", "#summary-date-problem")) {
            Label problem = (Label) all.lookup(id);
            assertNotNull(problem, id);
            assertTrue(problem.getStyleClass().containsAll(List.of(Styles.ERROR, Styles.FIELD_PROBLEM)), id + ": the error look");
            assertTrue(problem.isWrapText(), id + ": wraps");
            assertEquals(Region.USE_PREF_SIZE, problem.getMinHeight(), id + ": whole, never squeezed to '...'");
            assertFalse(problem.isVisible() || problem.isManaged(), id + ": no room taken while all is well");
        }
    }

    @Test
    void everyRadioButtonNamesItsQuestion(FxRobot robot) {
        AppContext context = AppContext.create(dir);
        SettingsDialog[] settings = new SettingsDialog[1];
        robot.interact(() -> {
            settings[0] = new SettingsDialog(null, Settings.defaultsFor(Locale.ENGLISH));
            settings[0].getDialogPane().applyCss(); // skins made, so the choices in its scroll pane can be found
            settings[0].getDialogPane().layout();
        });
        Parent all = shown(robot, new SummaryScreen(context).view());
        List<RadioButton> radios = new java.util.ArrayList<>();
        all.lookupAll(".radio-button").forEach(n -> radios.add((RadioButton) n));
        settings[0].getDialogPane().lookupAll(".radio-button").forEach(n -> radios.add((RadioButton) n));
        assertEquals(4 + 2 + Settings.Paper.values().length, radios.size(), "the summary's period and paper, the settings' paper");
        for (RadioButton b : radios) {
            assertNotNull(b.getUserData(), b.getText() + ": stands for a value");
            assertNotNull(b.getToggleGroup(), b.getText() + ": in its group");
            String said = b.getAccessibleText();
            assertTrue(said != null && said.endsWith(b.getText()) && !said.equals(b.getText()),
                    b.getText() + ": a screen reader hears the question with it, not the words alone: " + said);
        }
        assertEquals(Messages.get("common.choice.name", Messages.get("common.settings.paper"), Messages.get("common.settings.paper.A4")),
                radios.get(radios.size() - Settings.Paper.values().length).getAccessibleText());
    }
}
