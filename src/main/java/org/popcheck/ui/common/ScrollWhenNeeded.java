package org.popcheck.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/**
 * Holds one page at a time: in a scroll pane, or, for a page that may go without one, as it is
 * for as long as it fits.
 *
 * <p>Why: a scroll pane is among the costliest controls to show for the first time (two scroll
 * bars with their skins and behaviours), about 30 ms of the window's first appearance on a slow
 * machine. The wizard's first page fits a window of the usual size, so the window opens without
 * one. If it does not fit (a small window, large text), it moves into the scroll pane from the
 * next frame on, and stays there.
 */
public final class ScrollWhenNeeded extends StackPane {

    private final ScrollPane scroller = new FillingScrollPane();
    private Parent page;
    private boolean scrolling;

    public ScrollWhenNeeded() {
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("edge-to-edge");
    }

    private static final String SHRINKS = "popcheck.page-shrinks-to-fit";

    /**
     * Marks {@code page} as one that may be laid out shorter than it would like, down to its minimum
     * height, rather than scroll: a page with a drawing that scales (the body map) then shows all of
     * it in a short window. Its parts that must not be squeezed say so by their own minimum height.
     */
    public static void shrinksToFit(Parent page) {
        page.getProperties().put(SHRINKS, Boolean.TRUE);
    }

    /** The height {@code page} needs to go without scrolling at this width. */
    private static double neededHeight(Node page, double width) {
        return Boolean.TRUE.equals(page.getProperties().get(SHRINKS)) ? page.minHeight(width) : page.prefHeight(width);
    }

    /** Shows {@code page} at its top; in the scroll pane unless {@code mayGoWithout} and it has not been needed yet. */
    public void show(Parent page, boolean mayGoWithout) {
        this.page = page;
        if (scrolling || !mayGoWithout) {
            scrolling = true;
            scroller.setContent(page);
            scroller.setVvalue(0);
            getChildren().setAll(scroller);
        } else {
            getChildren().setAll(page);
        }
    }

    /**
     * A scroll pane whose page is at least as tall as its view, as the page is without one: a page
     * that fits again (the text made smaller after it had to scroll) kept only its own height, and
     * its background (the navigation's grey) stopped short of the window's bottom (trial 3).
     */
    private static final class FillingScrollPane extends ScrollPane {
        @Override
        protected void layoutChildren() {
            Node page = getContent();
            Bounds view = getViewportBounds();
            if (page != null && view.getHeight() > 0) {
                // Stretched (or, if it may, shrunk) to the view while it fits; its own height, and
                // scrolled, when taller.
                boolean fits = neededHeight(page, view.getWidth()) <= view.getHeight();
                if (fits != isFitToHeight()) {
                    setFitToHeight(fits);
                }
            }
            super.layoutChildren();
        }
    }

    /** A page too big for the space must not make the window bigger: it is moved into the scroll pane instead. */
    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        Parent shown = page;
        if (!scrolling && shown != null && getHeight() > 0
                && (shown.minWidth(-1) > getWidth() || neededHeight(shown, getWidth()) > getHeight())) {
            // Not now: the children of a pane must not change while it lays them out.
            Platform.runLater(() -> {
                if (page == shown && !scrolling) {
                    scrolling = true;
                    show(shown, false);
                }
            });
        }
    }
}
