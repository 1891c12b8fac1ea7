package org.popcheck.ui.bodymap;

import java.util.LinkedHashSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.popcheck.body.BodySite;

/**
 * A drawing of a human body whose joints can be picked: ankles, feet, hips, neck, upper and lower
 * back. Several at once. Mouse or keyboard (Tab to a spot, Space or Enter toggles). The skin draws
 * it; this class holds only the state, so the same map serves the wizard and the clinician summary.
 */
public class BodyMap extends Control {

    /** Which side of the body faces the viewer. */
    public enum View { FRONT, BACK }

    public static final String STYLE_CLASS = "body-map";

    private final ObservableSet<BodySite> selectedSites = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(this, "view", View.FRONT);

    public BodyMap() {
        getStyleClass().add(STYLE_CLASS);
        setAccessibleRole(AccessibleRole.PARENT);
        // The map itself is not a stop for Tab; its spots are.
        setFocusTraversable(false);
    }

    /** The picked sites; add or remove to change the picture. */
    public ObservableSet<BodySite> getSelectedSites() {
        return selectedSites;
    }

    public void toggle(BodySite site) {
        if (!selectedSites.remove(site)) {
            selectedSites.add(site);
        }
    }

    public ObjectProperty<View> viewProperty() {
        return view;
    }

    public View getView() {
        return view.get();
    }

    public void setView(View v) {
        view.set(v);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new BodyMapSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return BodyMap.class.getResource("bodymap.css").toExternalForm();
    }
}
