package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.LayoutCheck;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Snapshots;
import org.popcheck.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The body map in the wizard on a small screen (1024 by 600): every spot big enough to hit, front and back different. */
@ExtendWith(ApplicationExtension.class)
class BodyMapSmallScreenTest {

    @TempDir
    Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppContext context = AppContext.create(dataDir);
        Scene scene = new Scene(new MainWindow(context), 1024, 600);
        Theme.apply(scene, context.settings());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everySpotIsLargeEnoughToHitAndTheBackShowsTheSpinesThreeParts(FxRobot robot) {
        WizardDriver d = new WizardDriver(robot, stage);
        d.next();
        List<String> small = smallSpots(robot);
        Snapshots.write(stage.getScene().getRoot(), Path.of("target/figures/bodymap-front-1024x600.png"));
        d.click("#bodymap-back");
        small.addAll(smallSpots(robot));
        Snapshots.write(stage.getScene().getRoot(), Path.of("target/figures/bodymap-back-1024x600.png"));
        assertEquals(List.of(), small, "spots smaller than " + LayoutCheck.SMALLEST_TARGET + " px");
        for (String spine : List.of("#spot-spine_neck-center", "#spot-spine_upper-center", "#spot-spine_lower-center")) {
            assertTrue(robot.lookup(spine).tryQuery().isPresent(), spine + " on the back");
        }
        assertTrue(robot.lookup(".body-vertebra").queryAll().size() >= 12, "the spine's vertebrae are drawn");
        assertTrue(robot.lookup(".body-hair").tryQuery().isPresent(), "the back of the head has hair");
        d.click("#bodymap-front");
        assertTrue(robot.lookup(".body-face").queryAll().size() >= 2, "the front has a face");
        assertFalse(robot.lookup(".body-hair").tryQuery().isPresent(), "no hair over the face");
    }

    @Test
    void hoveringOrFocusingASpotShowsItsName(FxRobot robot) {
        WizardDriver d = new WizardDriver(robot, stage);
        d.next();
        robot.moveTo("#spot-hip-left");
        WaitForAsyncUtils.waitForFxEvents();
        Text name = robot.lookup("#bodymap-spot-name").queryAs(Text.class);
        Node hip = robot.lookup("#spot-hip-left").query();
        assertEquals(hip.getAccessibleText(), name.getText());
        robot.interact(() -> robot.lookup("#spot-ankle-right").query().requestFocus());
        assertEquals(robot.lookup("#spot-ankle-right").query().getAccessibleText(), name.getText());
    }

    private static List<String> smallSpots(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> small = new ArrayList<>();
        for (Node spot : robot.lookup(".body-spot").queryAll()) {
            LayoutCheck.tooSmallToHit(spot).ifPresent(small::add);
        }
        return small;
    }
}
