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
 */
public class BodyMapSkin extends SkinBase<BodyMap> {

    private static final double LABEL_SPACE = 40;

    private final Group drawing = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final List<SiteSpot> spots = new ArrayList<>();
    private final SetChangeListener<Object> selectionListener = c -> refreshSelection();

    public BodyMapSkin(BodyMap control) {
        super(control);
        drawing.getTransforms().add(scale);
        drawing.setManaged(false);
        getChildren().add(drawing);
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
            SiteSpot spot = new SiteSpot(s.site(), s.shape(), BodyShapes.checkMark(s.centreX(), s.centreY()), name,
                    () -> map.toggle(s.site()));
            spots.add(spot);
        }
        // Spine spots first, so Tab goes from top to bottom and then across, like reading.
        drawing.getChildren().addAll(spots);
        // The name of the spot under the pointer or with the keyboard focus, in the empty top corner,
        // so a person sees which joint they are about to pick (a tooltip says it too).
        Text hint = label("", 0, 0, "body-spot-name");
        hint.setTextAlignment(TextAlignment.LEFT);
        hint.setX(0);
        hint.setWrappingWidth(78);
        hint.setId("bodymap-spot-name");
        for (SiteSpot spot : spots) {
            spot.hoverProperty().addListener((o, was, on) -> hint.setText(on ? spot.getAccessibleText() : focusedName()));
            spot.focusedProperty().addListener((o, was, on) -> hint.setText(on ? spot.getAccessibleText() : ""));
        }
        drawing.getChildren().add(hint);
        String view = map.getView().name().toLowerCase(java.util.Locale.ROOT);
        boolean front = map.getView() == BodyMap.View.FRONT;
        drawing.getChildren().addAll(
                label(Messages.get("bodymap.view." + view), BodyShapes.CENTRE, BodyShapes.HEIGHT + 8, "body-view-label"),
                label(Messages.get(front ? "bodymap.side.yourRight" : "bodymap.side.yourLeft"), 40, BodyShapes.HEIGHT + 8, "body-side-label"),
                label(Messages.get(front ? "bodymap.side.yourLeft" : "bodymap.side.yourRight"), BodyShapes.WIDTH - 40, BodyShapes.HEIGHT + 8, "body-side-label"));
        refreshSelection();
    }

    private String focusedName() {
        return spots.stream().filter(javafx.scene.Node::isFocused).map(javafx.scene.Node::getAccessibleText).findFirst().orElse("");
    }

    private static Text label(String text, double centreX, double y, String styleClass) {
        Text t = new Text(text);
        t.getStyleClass().add(styleClass);
        t.setTextOrigin(VPos.TOP);
        t.setTextAlignment(TextAlignment.CENTER);
        t.setWrappingWidth(90);
        t.setX(centreX - 45);
        t.setY(y);
        t.setMouseTransparent(true);
        return t;
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

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double s = Math.min(w / BodyShapes.WIDTH, h / (BodyShapes.HEIGHT + LABEL_SPACE));
        scale.setX(s);
        scale.setY(s);
        drawing.relocate(x + (w - BodyShapes.WIDTH * s) / 2, y);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return BodyShapes.WIDTH + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return BodyShapes.HEIGHT + LABEL_SPACE + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return BodyShapes.WIDTH * 0.5;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return (BodyShapes.HEIGHT + LABEL_SPACE) * 0.5;
    }

    @Override
    public void dispose() {
        getSkinnable().getSelectedSites().removeListener(selectionListener);
        super.dispose();
    }
}
