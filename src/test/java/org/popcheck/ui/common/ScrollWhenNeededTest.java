package org.popcheck.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScrollWhenNeededTest {

    private ScrollWhenNeeded holder;

    @Start
    void start(Stage stage) {
        holder = new ScrollWhenNeeded();
        stage.setScene(new Scene(new VBox(holder), 400, 300));
        stage.show();
    }

    @Test
    void aPageThatFitsGoesWithoutAScrollPane(FxRobot robot) {
        Region shortPage = page(100);
        robot.interact(() -> holder.show(shortPage, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(shortPage, holder.getChildren().get(0));
    }

    @Test
    void aPageTallerThanTheSpaceMovesIntoAScrollPaneAndLaterPagesStayThere(FxRobot robot) {
        Region tallPage = page(2000);
        robot.interact(() -> holder.show(tallPage, true));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(holder.getChildren().get(0) instanceof ScrollPane sp && sp.getContent() == tallPage, "scrollable");
        assertTrue(holder.getHeight() <= 300, "the window did not grow: " + holder.getHeight());

        Region next = page(50);
        robot.interact(() -> holder.show(next, true));
        assertTrue(holder.getChildren().get(0) instanceof ScrollPane sp && sp.getContent() == next);
    }

    @Test
    void aPageThatMustScrollIsInAScrollPaneAtOnce(FxRobot robot) {
        Region page = page(50);
        robot.interact(() -> holder.show(page, false));
        assertTrue(holder.getChildren().get(0) instanceof ScrollPane sp && sp.getContent() == page);
        assertFalse(holder.getChildren().contains(page));
    }

    private static Region page(double height) {
        Region r = new Region();
        r.setPrefSize(200, height);
        r.setMinHeight(height);
        return r;
    }
}
