package org.popcheck.ui.bodymap;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.SkinBase;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import org.popcheck.i18n.Messages;

/**
 * Draws a {@link BodyMap}: the figure, the spots for the current view, and the side labels (the
 * person's right is on the viewer's left in the front view, which people often get wrong).
 *
 * <p>The figure scales to the height it is given, down to {@link BodyShapes#SMALLEST_SCALE} (its
 * spots stay big enough to hit). The words (the view, the two sides, the name of the spot in
 * focus) are not scaled with it: they stay at the text size the person chose, so a figure shrunk
 * to fit a short window does not shrink its words out of reading.
 */
public class BodyMapSkin extends SkinBase<BodyMap> {

    /** Room between the figure's feet and the words under it, in pixels. */
    private static final double LABEL_GAP = 6;
    /** The widest each of the three words under the figure may be, in pixels, before it wraps. */
    private static final double LABEL_WIDTH = 86;
    /** Room between the two sides' words when they share a line under the view's name, in pixels. */
    private static final double SIDES_GAP = 16;

    private final Group drawing = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final List<SiteSpot> spots = new ArrayList<>();
    /** Under the figure, left to right: the side on the viewer's left, the view, the other side. */
    private final List<Text> labels = new ArrayList<>();
    private final Text spotName = new Text();
    private final SetChangeListener<Object> selectionListener = c -> refreshSelection();

    public BodyMapSkin(BodyMap control) {
        super(control);
        drawing.getTransforms().add(scale);
        drawing.setManaged(false);
        // The name of the spot under the pointer or with the keyboard focus, in the empty top corner,
        // so a person sees which joint they are about to pick (a tooltip says it too).
        spotName.getStyleClass().add("body-spot-name");
        spotName.setTextOrigin(VPos.TOP);
        spotName.setTextAlignment(TextAlignment.LEFT);
        spotName.setId("bodymap-spot-name");
        spotName.setMouseTransparent(true);
        spotName.setManaged(false);
        for (int i = 0; i < 3; i++) {
            Text label = new Text();
            label.getStyleClass().add(i == 1 ? "body-view-label" : "body-side-label");
            label.setTextOrigin(VPos.TOP);
            label.setTextAlignment(TextAlignment.CENTER);
            label.setWrappingWidth(LABEL_WIDTH);
            label.setMouseTransparent(true);
            label.setManaged(false);
            labels.add(label);
        }
        getChildren().add(drawing);
        getChildren().addAll(labels);
        getChildren().add(spotName);
        control.getSelectedSites().addListener(selectionListener);
        registerChangeListener(control.viewProperty(), o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        BodyMap map = getSkinnable();
        spots.clear();
        Shape body = BodyShapes.silhouette();
        body.getStyleClass().add("body-outline");
        body.setMouseTransparent(true);
        drawing.getChildren().setAll(body);
        drawing.getChildren().addAll(BodyShapes.details(map.getView()));
        for (BodyShapes.Spot s : BodyShapes.spots(map.getView())) {
            String name = Messages.get("bodymap.site." + s.site().region().id() + "." + s.site().side().id());
            SiteSpot spot = new SiteSpot(s.site(), s.shape(), s.hitArea(), BodyShapes.checkMark(s.centreX(), s.centreY()), name,
                    () -> map.toggle(s.site()));
            spots.add(spot);
        }
        // Spine spots first, so Tab goes from top to bottom and then across, like reading.
        drawing.getChildren().addAll(spots);
        spotName.setText("");
        for (SiteSpot spot : spots) {
            spot.hoverProperty().addListener((o, was, on) -> spotName.setText(on ? spot.getAccessibleText() : focusedName()));
            spot.focusedProperty().addListener((o, was, on) -> spotName.setText(on ? spot.getAccessibleText() : ""));
        }
        String view = map.getView().name().toLowerCase(java.util.Locale.ROOT);
        boolean front = map.getView() == BodyMap.View.FRONT;
        labels.get(0).setText(Messages.get(front ? "bodymap.side.yourRight" : "bodymap.side.yourLeft"));
        labels.get(1).setText(Messages.get("bodymap.view." + view));
        labels.get(2).setText(Messages.get(front ? "bodymap.side.yourLeft" : "bodymap.side.yourRight"));
        refreshSelection();
        getSkinnable().requestLayout();
    }

    private String focusedName() {
        return spots.stream().filter(javafx.scene.Node::isFocused).map(javafx.scene.Node::getAccessibleText).findFirst().orElse("");
    }

    private void refreshSelection() {
        for (SiteSpot s : spots) {
            s.setSelected(getSkinnable().getSelectedSites().contains(s.site()));
        }
    }

    /** The spots drawn now, for tests and for the summary that marks the same places. */
    List<SiteSpot> spots() {
        return List.copyOf(spots);
    }

    /**
     * How the three words sit under a figure {@code width} pixels wide: side by side in three columns when
     * every word fits its column; else the view's name on a line of its own above the two sides; else, when
     * a word is wider than half the width too, each on a line of its own. A column narrower than a word
     * broke it inside (German at twice the text: "Vorn" over "e", "Ihre recht" over "e").
     */
    private enum Rows { THREE_COLUMNS, VIEW_ABOVE_SIDES, ONE_EACH }

    private record LabelRows(Rows rows, double sideWrap, double viewWrap) {}

    private LabelRows labelRows(double width) {
        double column = labelWrap(width);
        double across = width <= 0 ? LABEL_WIDTH * 3 : width;
        double sidesWidest = Math.max(widestWord(labels.get(0)), widestWord(labels.get(2)));
        if (Math.max(sidesWidest, widestWord(labels.get(1))) <= column) {
            return new LabelRows(Rows.THREE_COLUMNS, column, column);
        }
        // a wide gap between the two sides: a wrapped line may run a few pixels past its wrapping width
        double half = Math.max(1, across / 2 - SIDES_GAP / 2);
        if (sidesWidest <= half) {
            return new LabelRows(Rows.VIEW_ABOVE_SIDES, half, across);
        }
        return new LabelRows(Rows.ONE_EACH, across, across);
    }

    /** The widest single word of {@code label}, in its own font, in pixels. */
    private static double widestWord(Text label) {
        Text probe = new Text();
        probe.setFont(label.getFont());
        double widest = 0;
        for (String word : label.getText().split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /** The height of {@code label}'s words wrapped at {@code wrap} pixels, measured without touching the label. */
    private static double heightAt(Text label, double wrap) {
        Text probe = new Text(label.getText());
        probe.setFont(label.getFont());
        probe.setWrappingWidth(wrap);
        return probe.getLayoutBounds().getHeight();
    }

    /** The height the words under the figure take when laid out as {@code rows} says. */
    private double labelsHeight(LabelRows rows) {
        double left = heightAt(labels.get(0), rows.sideWrap());
        double view = heightAt(labels.get(1), rows.viewWrap());
        double right = heightAt(labels.get(2), rows.sideWrap());
        return LABEL_GAP + switch (rows.rows()) {
            case THREE_COLUMNS -> Math.max(view, Math.max(left, right));
            case VIEW_ABOVE_SIDES -> view + 2 + Math.max(left, right);
            case ONE_EACH -> view + 2 + left + 2 + right;
        };
    }

    private static double labelWrap(double width) {
        return width <= 0 ? LABEL_WIDTH : Math.min(LABEL_WIDTH, width / 3 - 2);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        LabelRows rows = labelRows(w);
        double below = labelsHeight(rows);
        // Never below the smallest scale, even when squeezed: the spots must stay big enough to hit.
        double s = Math.max(BodyShapes.SMALLEST_SCALE, Math.min(w / BodyShapes.WIDTH, (h - below) / BodyShapes.HEIGHT));
        scale.setX(s);
        scale.setY(s);
        double figureLeft = x + (w - BodyShapes.WIDTH * s) / 2;
        // Placed by its origin, not by relocate: relocate would offset it by its unscaled bounds.
        drawing.setLayoutX(figureLeft);
        drawing.setLayoutY(y);
        double labelsTop = y + BodyShapes.HEIGHT * s + LABEL_GAP;
        Text left = labels.get(0);
        Text view = labels.get(1);
        Text right = labels.get(2);
        left.setWrappingWidth(rows.sideWrap());
        right.setWrappingWidth(rows.sideWrap());
        view.setWrappingWidth(rows.viewWrap());
        switch (rows.rows()) {
            case THREE_COLUMNS -> {
                double wrap = rows.sideWrap();
                for (int i = 0; i < labels.size(); i++) {
                    labels.get(i).relocate(x + w / 2 + (i - 1) * (wrap + 2) - wrap / 2, labelsTop);
                }
            }
            case VIEW_ABOVE_SIDES -> {
                view.relocate(x + w / 2 - rows.viewWrap() / 2, labelsTop);
                double sidesTop = labelsTop + view.getLayoutBounds().getHeight() + 2;
                left.relocate(x + w / 2 - SIDES_GAP / 2 - rows.sideWrap(), sidesTop);
                right.relocate(x + w / 2 + SIDES_GAP / 2, sidesTop);
            }
            case ONE_EACH -> {
                double top = labelsTop;
                for (Text label : List.of(view, left, right)) {
                    label.relocate(x + w / 2 - rows.viewWrap() / 2, top);
                    top += label.getLayoutBounds().getHeight() + 2;
                }
            }
        }
        // The empty corner left of the head: the margin beside the figure and its first 80 units.
        spotName.setWrappingWidth(figureLeft - x + 80 * s);
        spotName.relocate(x, y);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return BodyShapes.WIDTH + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return BodyShapes.HEIGHT + labelsHeight(labelRows(width - left - right)) + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return BodyShapes.WIDTH * BodyShapes.SMALLEST_SCALE + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        // No smaller: below this scale a spot's hit area would be under 24 px.
        return BodyShapes.HEIGHT * BodyShapes.SMALLEST_SCALE + labelsHeight(labelRows(width - left - right)) + top + bottom;
    }

    @Override
    public void dispose() {
        getSkinnable().getSelectedSites().removeListener(selectionListener);
        super.dispose();
    }
}
