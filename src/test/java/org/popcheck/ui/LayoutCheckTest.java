package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The layout check itself finds a cut text field and a table its tab clips, and passes whole ones. */
@ExtendWith(ApplicationExtension.class)
class LayoutCheckTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private List<String> problemsOf(javafx.scene.Parent root, double width, double height, FxRobot robot) {
        List<String>[] found = new List[1];
        robot.interact(() -> {
            Scene scene = new Scene(root, width, height);
            stage.setScene(scene);
            root.applyCss();
            root.layout();
            found[0] = LayoutCheck.problems(scene);
        });
        return found[0];
    }

    /**
     * A choice box as AtlantaFX draws it (an arrow of no room of its own) shows "High contrast" into
     * its arrow at twice the text size; with PopCheck's sheet the arrow has its room, in each theme.
     * And every item is tried, not only the one shown: a narrower one chosen hides the fault.
     */
    @Test
    void aChoiceWhoseTextRunsIntoItsArrowIsFoundWhicheverItemIsShown(FxRobot robot) {
        String sheet = javafx.application.Application.getUserAgentStylesheet();
        try {
            choicesInEveryTheme(robot);
        } finally {
            robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(sheet)); // the other tests here expect the sheet they had
        }
    }

    /**
     * An item cut short in a combo box's open list is found ("Todas las articu..."); the same list
     * with room for its items is whole. Without {@code LayoutCheck.popupCells} the walk never opened
     * a list, so a cut there went unseen.
     */
    @Test
    void anItemCutShortInAnOpenListIsFound(FxRobot robot) {
        for (double cellWidth : new double[] {40, javafx.scene.layout.Region.USE_COMPUTED_SIZE}) {
            List<String> found = new java.util.ArrayList<>();
            robot.interact(() -> {
                javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>();
                box.getItems().setAll("All joints", "Todas las articulaciones");
                box.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
                    {
                        setMaxWidth(cellWidth);
                        setPrefWidth(cellWidth);
                    }

                    @Override
                    protected void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : item);
                    }
                });
                Scene scene = new Scene(new VBox(box), 600, 300);
                stage.setScene(scene);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                LayoutCheck.popupCells(box, found);
            });
            if (cellWidth > 0) {
                assertTrue(found.stream().anyMatch(p -> p.contains("open list") && p.contains("Todas las articulaciones")), found.toString());
            } else {
                assertEquals(List.of(), found);
            }
        }
    }

    private void choicesInEveryTheme(FxRobot robot) {
        for (org.popcheck.settings.Settings.Theme theme : org.popcheck.settings.Settings.Theme.values()) {
            for (boolean atlantaOnly : new boolean[] {true, false}) {
                List<String>[] found = new List[2];
                robot.interact(() -> {
                    org.popcheck.settings.Settings settings = org.popcheck.settings.Settings.defaultsFor(java.util.Locale.UK)
                            .withTheme(theme).withTextScale(2.0);
                    javafx.scene.control.ChoiceBox<String> box = new javafx.scene.control.ChoiceBox<>();
                    box.getItems().setAll("Light", "High contrast");
                    box.setValue("Light");
                    org.popcheck.ui.common.Styles.keepWhole(box);
                    Scene scene = new Scene(new VBox(box), 600, 200);
                    org.popcheck.ui.common.Theme.apply(scene, settings);
                    if (atlantaOnly) {
                        scene.getStylesheets().add("data:text/css,.choice-box{-fx-padding:8px 12px 8px 12px}"
                                + ".choice-box>.open-button{-fx-padding:0}.choice-box>.open-button>.arrow{-fx-padding:0;-fx-scale-shape:false}");
                    }
                    stage.setScene(scene);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    found[0] = LayoutCheck.problems(scene);
                    found[1] = LayoutCheck.everyChoice(scene);
                    box.setValue("High contrast");
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    found[0].addAll(LayoutCheck.problems(scene));
                });
                String where = theme + (atlantaOnly ? " as AtlantaFX draws it" : " with PopCheck's sheet");
                boolean against = found[0].stream().anyMatch(p -> p.startsWith("against its arrow") && p.contains("High contrast"));
                boolean againstTried = found[1].stream().anyMatch(p -> p.contains("against its arrow") && p.contains("High contrast"));
                assertEquals(atlantaOnly, against, where + ": " + found[0]);
                assertEquals(atlantaOnly, againstTried, where + ", trying every item: " + found[1]);
            }
        }
    }

    @Test
    void aTextFieldNarrowerThanItsTextOrHintIsCut(FxRobot robot) {
        TextField date = new TextField("30.11.2026");
        date.setPrefWidth(40);
        date.setMaxWidth(40);
        TextField hint = new TextField();
        hint.setPromptText("Shown at the top of the summary");
        hint.setMaxWidth(60);
        TextField whole = new TextField("3/1/2026");
        whole.setPrefColumnCount(10);
        whole.setMaxWidth(Region.USE_PREF_SIZE);
        List<String> problems = problemsOf(new VBox(date, hint, whole), 400, 300, robot);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("30.11.2026") && problems.get(1).contains("Shown at the top"), problems.toString());
    }

    @Test
    void aTableItsTabClipsToAStripIsSqueezedButOneInAScrollPaneIsNot(FxRobot robot) {
        TableView<String> clipped = new TableView<>();
        clipped.setMinHeight(400);
        VBox tall = new VBox(new Region(), clipped);
        ((Region) tall.getChildren().get(0)).setMinHeight(250);
        TabPane tabs = new TabPane(new Tab("Entries", tall));
        List<String> problems = problemsOf(new VBox(tabs), 400, 300, robot);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("squeezed:") && p.contains("clipped")), problems.toString());

        TableView<String> scrolled = new TableView<>();
        scrolled.setMinHeight(400);
        VBox tall2 = new VBox(new Region(), scrolled);
        ((Region) tall2.getChildren().get(0)).setMinHeight(250);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(tall2);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        assertEquals(List.of(), problemsOf(new VBox(new TabPane(new Tab("Entries", scroll))), 400, 300, robot));
    }
}
