package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.triage.Level;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pop-up after logging a warning sign says what the sign calls for as urgently as the wizard
 * does: a sign that means "call the emergency number now" got the same orange "This needs
 * attention" as one that can wait a day. Pictures: target/screenshots/safety-alert/.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyAlertByLevelTest {

    @TempDir
    static Path dataDir;

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    @Test
    void anAmbulanceSignLoggedInTheDialogGetsTheUrgentCallNowAlert(FxRobot robot) throws Exception {
        AppContext context = AppContext.create(Files.createTempDirectory(dataDir, "data"));
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK));
        AppWithDialog.show(own, robot, context, 1024, 600);
        Window entryWindow = AppWithDialog.open(own, robot, "#quick-log");
        robot.interact(() -> {
            EntryForm form = (EntryForm) ((DialogPane) entryWindow.getScene().getRoot()).getContent();
            form.region.setValue(Region.ANKLE);
            form.side.setValue(Side.LEFT);
            // Chest pain or sudden breathlessness: a possible clot in the lungs, an ambulance.
            form.warnings.get("chest_pain_or_breathless").setSelected(true);
            ((Button) entryWindow.getScene().getRoot().lookup("#entry-save")).fire();
        });
        WaitForAsyncUtils.waitFor(Patience.SECONDS, TimeUnit.SECONDS, () -> own.dialog() != null && own.dialog() != entryWindow);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane alert = (DialogPane) own.dialog().getScene().getRoot();
        Snapshots.write(alert.getScene(), Path.of("target/screenshots/safety-alert", "emergency_ambulance.png"));
        String callNow = Level.EMERGENCY_AMBULANCE.words();
        assertEquals(callNow, alert.getHeaderText(), "the header says what to do now");
        assertTrue(((javafx.stage.Stage) own.dialog()).getTitle().contains(callNow), ((javafx.stage.Stage) own.dialog()).getTitle());
        assertTrue(alert.getStyleClass().contains(Styles.level("emergency_ambulance")), "the danger look of the call-now level: "
                + alert.getStyleClass());
        assertTrue(alert.getAccessibleText().contains(callNow), alert.getAccessibleText());
    }

    @Test
    void eachLevelHasItsOwnLookAndOnlyTheEmergenciesAreDressedAsUrgent(FxRobot robot) {
        for (Level level : Level.values()) {
            Alert[] made = new Alert[1];
            robot.interact(() -> made[0] = SafetyAlert.of(null, "A sign you logged needs care.", level));
            DialogPane pane = made[0].getDialogPane();
            assertEquals(level.words(), made[0].getHeaderText(), level.id());
            assertTrue(pane.getStyleClass().contains(Styles.level(level.id())), level.id() + ": " + pane.getStyleClass());
            assertNotNull(made[0].getGraphic(), level.id() + " has the level's icon");
            if (level.isEmergency()) {
                assertEquals(Alert.AlertType.ERROR, made[0].getAlertType(), level.id());
                assertTrue(made[0].getTitle().contains(level.words()), made[0].getTitle());
            } else {
                assertEquals(Alert.AlertType.WARNING, made[0].getAlertType(), level.id());
                assertEquals(Messages.get("journal.safety.title"), made[0].getTitle(), level.id());
                assertFalse(made[0].getTitle().contains(Level.EMERGENCY_AMBULANCE.words()));
            }
        }
    }
}
