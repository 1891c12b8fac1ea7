package org.popcheck.ui.summary;

import java.awt.image.BufferedImage;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.common.Styles;

/**
 * The summary's preview: one page at a time, with buttons to page through the whole PDF and to
 * zoom in and out. Pages after the first are drawn from the PDF off the JavaFX thread when asked for.
 */
final class PreviewPager extends BorderPane {

    /** Zoom steps, as a share of the width that fits the pane. */
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3.0;
    static final double ZOOM_STEP = 1.25;

    final ImageView image = new ImageView();
    final Button previous = button("summary.screen.page.previous", "preview-previous");
    final Button next = button("summary.screen.page.next", "preview-next");
    final Label pageLabel = new Label();
    final Button zoomOut = button("summary.screen.zoom.out", "preview-zoom-out");
    final Button fit = button("summary.screen.zoom.fit", "preview-zoom-fit");
    final Button zoomIn = button("summary.screen.zoom.in", "preview-zoom-in");
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty pages = new SimpleIntegerProperty(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private byte[] pdf;
    private Task<BufferedImage> drawing;

    PreviewPager() {
        image.setId("summary-preview");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setAccessibleText(Messages.get("summary.screen.preview"));
        StackPane sheet = new StackPane(image);
        sheet.setAlignment(Pos.TOP_CENTER);
        sheet.setPadding(new Insets(16));
        sheet.setStyle("-fx-background-color: -color-bg-subtle, #8a939e;");
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setFitToWidth(true);
        scroll.setAccessibleText(Messages.get("summary.screen.preview"));
        // At zoom 1 the page fits the pane's width, up to the size where its text is as on paper.
        image.fitWidthProperty().bind(Bindings.min(900, scroll.widthProperty().subtract(48)).multiply(zoom));
        pageLabel.setId("preview-page");
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> pages.get() == 0 ? ""
                : Messages.get("summary.screen.page", page.get() + 1, pages.get()), page, pages));
        previous.disableProperty().bind(page.lessThanOrEqualTo(0));
        next.disableProperty().bind(page.greaterThanOrEqualTo(pages.subtract(1)));
        zoomOut.disableProperty().bind(zoom.lessThanOrEqualTo(MIN_ZOOM + 1e-9).or(pages.isEqualTo(0)));
        zoomIn.disableProperty().bind(zoom.greaterThanOrEqualTo(MAX_ZOOM - 1e-9).or(pages.isEqualTo(0)));
        fit.disableProperty().bind(pages.isEqualTo(0));
        previous.setOnAction(e -> show(page.get() - 1));
        next.setOnAction(e -> show(page.get() + 1));
        zoomOut.setOnAction(e -> zoom.set(Math.max(MIN_ZOOM, zoom.get() / ZOOM_STEP)));
        zoomIn.setOnAction(e -> zoom.set(Math.min(MAX_ZOOM, zoom.get() * ZOOM_STEP)));
        fit.setOnAction(e -> zoom.set(1));
        Styles.keepWhole(previous, next, zoomOut, fit, zoomIn);
        FlowPane bar = new FlowPane(8, 6, previous, pageLabel, next, zoomOut, fit, zoomIn);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        setTop(bar);
        setCenter(scroll);
    }

    /** A new summary: shows its first page (already drawn) and lets the others be paged to. */
    void showMade(SummaryViewModel.Made made) {
        pdf = made.pdf();
        pages.set(made.pages());
        page.set(0);
        image.setImage(SwingFXUtils.toFXImage(made.pageOne(), null));
    }

    int page() {
        return page.get();
    }

    double zoom() {
        return zoom.get();
    }

    private void show(int index) {
        if (pdf == null || index < 0 || index >= pages.get()) {
            return;
        }
        if (drawing != null) {
            drawing.cancel();
        }
        byte[] source = pdf;
        Task<BufferedImage> task = new Task<>() {
            @Override
            protected BufferedImage call() throws Exception {
                return SummaryViewModel.renderPage(source, index);
            }
        };
        task.setOnSucceeded(e -> {
            if (source == pdf) {
                page.set(index);
                image.setImage(SwingFXUtils.toFXImage(task.getValue(), null));
            }
        });
        drawing = task;
        Thread t = new Thread(task, "popcheck-preview-page");
        t.setDaemon(true);
        t.start();
    }

    private static Button button(String key, String id) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setAccessibleText(Messages.get(key + ".accessible"));
        return b;
    }
}
