package org.popcheck.ui.bodymap;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import org.popcheck.body.BodySite;

/** One pickable joint on the map: its shape, a tick when picked, a name for assistive technology. */
final class SiteSpot extends Group {

    static final String STYLE_CLASS = "body-spot";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final BodySite site;
    private boolean selected;

    SiteSpot(BodySite site, Shape shape, Shape hitArea, SVGPath tick, String name, Runnable onToggle) {
        this.site = site;
        shape.getStyleClass().add("body-spot-shape");
        tick.getStyleClass().add("body-spot-tick");
        tick.setMouseTransparent(true);
        // Unseen, but it takes clicks (a transparent fill is still a fill): on a small screen the
        // drawn spot alone would be under 24 px.
        hitArea.getStyleClass().add("body-spot-hit");
        hitArea.setFill(Color.TRANSPARENT);
        getChildren().addAll(hitArea, shape, tick);
        getStyleClass().add(STYLE_CLASS);
        setId("spot-" + site.region().id() + "-" + site.side().id());
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.CHECK_BOX);
        setAccessibleText(name);
        javafx.scene.control.Tooltip.install(this, new javafx.scene.control.Tooltip(name));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            requestFocus();
            onToggle.run();
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            // Space picks, as on a check box; Enter is left to the wizard, where it means Next.
            if (e.getCode() == KeyCode.SPACE) {
                onToggle.run();
                e.consume();
            }
        });
    }

    BodySite site() {
        return site;
    }

    boolean isSelected() {
        return selected;
    }

    void setSelected(boolean value) {
        selected = value;
        pseudoClassStateChanged(SELECTED, value);
        notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.SELECTED ? selected : super.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, null, 1,
                    false, false, false, false, true, false, false, false, false, true, null));
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
