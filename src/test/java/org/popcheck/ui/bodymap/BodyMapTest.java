package org.popcheck.ui.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BodyMapTest {

    private static final BodySite LEFT_ANKLE = new BodySite(Region.ANKLE, Side.LEFT);
    private static final BodySite RIGHT_HIP = new BodySite(Region.HIP, Side.RIGHT);

    private BodyMapPanel panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        panel = new BodyMapPanel();
        panel.setStyle("-fx-padding: 16; -fx-background-color: -color-bg-default;");
        stage.setScene(new Scene(panel, 760, 680));
        stage.show();
    }

    @Test
    void clickingASpotPicksItAndClickingAgainTakesItAway(FxRobot robot) {
        robot.clickOn("#spot-ankle-left");
        assertEquals(Set.of(LEFT_ANKLE), panel.selectedSites());
        assertTrue(robot.lookup("#site-box-ankle-left").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#spot-ankle-left");
        assertTrue(panel.selectedSites().isEmpty());
    }

    @Test
    void inTheFrontViewThePersonsLeftIsOnTheViewersRight(FxRobot robot) {
        Node left = robot.lookup("#spot-hip-left").query();
        Node right = robot.lookup("#spot-hip-right").query();
        assertTrue(left.localToScene(left.getBoundsInLocal()).getMinX() > right.localToScene(right.getBoundsInLocal()).getMinX());
    }

    @Test
    void theBackViewOffersTheUpperAndLowerBack(FxRobot robot) {
        assertTrue(robot.lookup("#spot-spine_upper-center").tryQuery().isEmpty());
        robot.clickOn("#bodymap-back");
        robot.clickOn("#spot-spine_lower-center");
        assertEquals(Set.of(BodySite.spine(Region.SPINE_LOWER)), panel.selectedSites());
    }

    @Test
    void spaceTogglesTheFocusedSpotAndEnterLeavesItAlone(FxRobot robot) {
        robot.interact(() -> robot.lookup("#spot-hip-right").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertTrue(panel.selectedSites().contains(RIGHT_HIP));
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        assertEquals(2, panel.selectedSites().size());
        robot.type(KeyCode.ENTER);
        assertEquals(2, panel.selectedSites().size(), "Enter is Next in the wizard, not a toggle");
        robot.type(KeyCode.SPACE);
        assertEquals(Set.of(RIGHT_HIP), panel.selectedSites());
    }

    @Test
    void everySpotHasANameAndTheCheckBoxRole(FxRobot robot) {
        List<Node> spots = List.copyOf(robot.lookup(".body-spot").queryAll());
        assertEquals(7, spots.size(), "front view: neck, two hips, two ankles, two feet");
        for (Node spot : spots) {
            assertEquals(AccessibleRole.CHECK_BOX, spot.getAccessibleRole());
            assertFalse(spot.getAccessibleText() == null || spot.getAccessibleText().isBlank());
            assertTrue(spot.isFocusTraversable());
        }
        assertEquals("Left ankle", robot.lookup("#spot-ankle-left").query().getAccessibleText());
    }

    @Test
    void theRemoveButtonBesideAPickedPlaceTakesItAway(FxRobot robot) {
        robot.clickOn("#site-box-foot-right");
        assertEquals(Set.of(new BodySite(Region.FOOT, Side.RIGHT)), panel.selectedSites());
        robot.clickOn("Remove");
        assertTrue(panel.selectedSites().isEmpty());
        assertFalse(robot.lookup("#site-box-foot-right").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void writesAPictureOfTheMap(FxRobot robot) {
        robot.clickOn("#spot-ankle-left");
        robot.clickOn("#spot-foot-left");
        robot.clickOn("#spot-hip-right");
        Path picture = Path.of("target/screenshots/bodymap.png");
        for (Path file : org.popcheck.testsupport.DocPictures.places(picture, Path.of("docs/screenshots/bodymap.png"))) {
            Snapshots.write(panel, file);
        }
        assertTrue(picture.toFile().length() > 1000);
    }

    @Test
    void theWordsUnderTheFigureNeverBreakInsideAWordNorOverlap(FxRobot robot) {
        // trial 13: German at twice the text beside a squeezed figure showed "Vorn" over "e" and "Ihre recht" over "e"
        java.util.List<String> problems = new java.util.ArrayList<>();
        try {
            for (org.popcheck.i18n.Language language : org.popcheck.i18n.Language.values()) {
                org.popcheck.i18n.Messages.setLanguage(language);
                for (double textScale : new double[] {1.0, 2.0}) {
                    for (BodyMap.View view : BodyMap.View.values()) {
                        for (double width : new double[] {180, 220, 320}) {
                            BodyMap[] map = new BodyMap[1];
                            robot.interact(() -> {
                                map[0] = new BodyMap();
                                map[0].setView(view);
                                Scene scene = new Scene(new javafx.scene.layout.StackPane(map[0]), width, 700);
                                org.popcheck.ui.common.Theme.apply(scene, org.popcheck.settings.Settings.defaultsFor(java.util.Locale.UK).withTextScale(textScale));
                                Stage own = new Stage();
                                own.setScene(scene);
                                own.show();
                                map[0].applyCss();
                                map[0].layout();
                            });
                            String where = language + " " + textScale + "x " + view + " " + width + " px";
                            List<javafx.scene.text.Text> labels = new java.util.ArrayList<>();
                            for (String style : new String[] {".body-side-label", ".body-view-label"}) {
                                for (Node n : map[0].lookupAll(style)) {
                                    labels.add((javafx.scene.text.Text) n);
                                }
                            }
                            assertEquals(3, labels.size(), where);
                            javafx.scene.text.Text probe = new javafx.scene.text.Text();
                            for (javafx.scene.text.Text label : labels) {
                                probe.setFont(label.getFont());
                                for (String word : label.getText().split("\\s+")) {
                                    probe.setText(word);
                                    if (probe.getLayoutBounds().getWidth() > label.getWrappingWidth() + 0.5) {
                                        problems.add(where + ": \"" + word + "\" is wider than its line (" + label.getWrappingWidth() + " px)");
                                    }
                                }
                            }
                            for (int a = 0; a < labels.size(); a++) {
                                for (int b = a + 1; b < labels.size(); b++) {
                                    if (labels.get(a).getBoundsInParent().intersects(labels.get(b).getBoundsInParent())) {
                                        problems.add(where + ": \"" + labels.get(a).getText() + "\" over \"" + labels.get(b).getText() + "\" " + labels.get(a).getBoundsInParent() + " " + labels.get(b).getBoundsInParent() + " w=" + map[0].getWidth());
                                    }
                                }
                            }
                            robot.interact(() -> ((Stage) map[0].getScene().getWindow()).close());
                        }
                    }
                }
            }
        } finally {
            org.popcheck.i18n.Messages.setLanguage(org.popcheck.i18n.Language.EN);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
