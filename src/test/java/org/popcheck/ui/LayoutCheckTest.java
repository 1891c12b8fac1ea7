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
