package org.popcheck.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** Trial 3: a page that had to scroll and then fits again (smaller text) fills the view, as it does without a scroll pane. */
    @Test
    void aPageThatFitsAgainFillsTheViewAndATallOneStillScrolls(FxRobot robot) {
        Region page = page(2000);
        robot.interact(() -> {
            VBox.setVgrow(holder, javafx.scene.layout.Priority.ALWAYS); // the whole 300 px, as in the window
            holder.show(page, true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(300, holder.getHeight(), 1);
        for (double height : new double[] {100, 250, 20}) {
            robot.interact(() -> {
                page.setMinHeight(height);
                page.setPrefHeight(height);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> holder.layout());
            assertEquals(holder.getHeight(), page.getHeight(), 2, "a page " + height + " px tall fills the view");
        }
        robot.interact(() -> {
            page.setMinHeight(900);
            page.setPrefHeight(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(900, page.getHeight(), 0.5, "a tall page keeps its height and scrolls");
    }

    private static Region page(double height) {
        Region r = new Region();
        r.setPrefSize(200, height);
        r.setMinHeight(height);
        return r;
    }
}
