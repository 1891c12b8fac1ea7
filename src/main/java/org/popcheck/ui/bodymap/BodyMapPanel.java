package org.popcheck.ui.bodymap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.common.Styles;

/**
 * The body map with what goes around it: a front/back switch, the picked places in words (each
 * with a remove button), and a plain list of check boxes for people who prefer not to use the map.
 * All three show the same set of sites.
 */
public final class BodyMapPanel extends HBox {

    /** Every site the map offers, in the order of the check-box list. */
    public static final List<BodySite> ALL_SITES = List.of(
            BodySite.spine(Region.SPINE_NECK), BodySite.spine(Region.SPINE_UPPER), BodySite.spine(Region.SPINE_LOWER),
            new BodySite(Region.HIP, Side.LEFT), new BodySite(Region.HIP, Side.RIGHT),
            new BodySite(Region.ANKLE, Side.LEFT), new BodySite(Region.ANKLE, Side.RIGHT),
            new BodySite(Region.FOOT, Side.LEFT), new BodySite(Region.FOOT, Side.RIGHT));

    private final BodyMap map = new BodyMap();
    private final ToggleButton front = new ToggleButton(Messages.get("bodymap.toggle.front"));
    private final ToggleButton back = new ToggleButton(Messages.get("bodymap.toggle.back"));
    private final VBox picked = new VBox(6);
    private final List<CheckBox> boxes = new ArrayList<>();
    private final VBox mapColumn = new VBox(8);
    private final VBox side = new VBox(10);

    public BodyMapPanel() {
        initializeParts();
        layoutParts();
        bindFieldsToModel();
    }

    /** Puts {@code intro} (what to do here) at the top of the column beside the map, so the map keeps the page's full height. */
    public void introduceWith(Node intro) {
        side.getChildren().add(0, intro);
    }

    public BodyMap map() {
        return map;
    }

    public ObservableSet<BodySite> selectedSites() {
        return map.getSelectedSites();
    }

    public static String nameOf(BodySite site) {
        return Messages.get("bodymap.site." + site.region().id() + "." + site.side().id());
    }

    private void initializeParts() {
        map.setAccessibleText(Messages.get("bodymap.name"));
        map.setId("body-map");
        ToggleGroup views = new ToggleGroup();
        front.setToggleGroup(views);
        back.setToggleGroup(views);
        front.setSelected(true);
        front.setId("bodymap-front");
        back.setId("bodymap-back");
        front.getStyleClass().add(Styles.LEFT_PILL);
        back.getStyleClass().add(Styles.RIGHT_PILL);
        front.setAccessibleText(Messages.get("bodymap.toggle.front").replace("_", ""));
        back.setAccessibleText(Messages.get("bodymap.toggle.back").replace("_", ""));
        for (BodySite site : ALL_SITES) {
            CheckBox box = new CheckBox(nameOf(site));
            box.setId("site-box-" + site.region().id() + "-" + site.side().id());
            box.setAccessibleText(nameOf(site));
            box.setUserData(site);
            boxes.add(box);
        }
    }

    private void layoutParts() {
        // Wraps onto two lines rather than cutting both to "Show..." at large text.
        Styles.keepWhole(front, back);
        FlowPane switcher = new FlowPane(front, back);
        switcher.setAlignment(Pos.CENTER);
        // A flow pane's preferred width is its wrap length (400 by default), far wider than the
        // figure: the column would then be thought wider than it is laid out, the words beside it
        // narrower and taller, and a short window would scroll where the page fits (trial 11, Spanish).
        switcher.setPrefWrapLength(260);
        Label hint = new Label(Messages.get("bodymap.toggle.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        // The map column holds only the switch and the figure, so the figure gets every pixel of
        // a short window's height; the words about it go beside it.
        mapColumn.getChildren().setAll(switcher, map);
        mapColumn.setAlignment(Pos.TOP_CENTER);
        // At least as wide as the wider of the two switch buttons (a flow pane's minimum), which
        // must not spill over the words beside the map at large text.
        map.setMinWidth(240);
        VBox.setVgrow(map, Priority.ALWAYS);
        map.setPrefSize(260, 560);
        // It shrinks to the height it is given, down to its own minimum, and grows no taller than it likes.
        map.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label pickedTitle = new Label(Messages.get("bodymap.picked.title"));
        pickedTitle.getStyleClass().add(Styles.TITLE_4);
        Label listTitle = new Label(Messages.get("bodymap.list.title"));
        listTitle.getStyleClass().add(Styles.TITLE_4);
        // The column may now be narrower than its titles' one line (its boxes wrap): so do they.
        pickedTitle.setWrapText(true);
        listTitle.setWrapText(true);
        FlowPane boxPane = new FlowPane(12, 8);
        boxPane.getChildren().addAll(boxes);
        // A flow pane is at least as wide as its widest child's one line; this one gives way and its
        // boxes wrap their names within it instead.
        boxPane.setMinWidth(0);
        Styles.wrapWithin(boxPane, boxes.toArray(CheckBox[]::new));
        boxPane.setPrefWrapLength(300);
        side.getChildren().setAll(hint, pickedTitle, picked, listTitle, boxPane);
        side.setPadding(new Insets(4, 0, 0, 0));
        side.setMinWidth(260);
        HBox.setHgrow(side, Priority.ALWAYS);
        setSpacing(24);
        getChildren().addAll(mapColumn, side);
    }

    /**
     * As short as the map may shrink, but never so short that the words beside it are squeezed:
     * when they need more height than the map, the page scrolls. (An HBox's own minimum would take
     * the side column at its narrowest, where its words wrap into far more lines than it ever has.)
     */
    @Override
    protected double computeMinHeight(double width) {
        if (width < 0) {
            return super.computeMinHeight(width);
        }
        double mapWidth = mapColumn.prefWidth(-1);
        double sideWidth = Math.max(side.minWidth(-1), width - snappedLeftInset() - snappedRightInset() - mapWidth - getSpacing());
        return snappedTopInset() + snappedBottomInset() + Math.max(mapColumn.minHeight(mapWidth), side.prefHeight(sideWidth));
    }

    private void bindFieldsToModel() {
        front.setOnAction(e -> { map.setView(BodyMap.View.FRONT); front.setSelected(true); });
        back.setOnAction(e -> { map.setView(BodyMap.View.BACK); back.setSelected(true); });
        for (CheckBox box : boxes) {
            BodySite site = (BodySite) box.getUserData();
            box.selectedProperty().addListener((o, was, is) -> {
                if (is) {
                    map.getSelectedSites().add(site);
                } else {
                    map.getSelectedSites().remove(site);
                }
            });
        }
        map.getSelectedSites().addListener((SetChangeListener<BodySite>) c -> refresh());
        refresh();
    }

    private void refresh() {
        for (CheckBox box : boxes) {
            box.setSelected(map.getSelectedSites().contains((BodySite) box.getUserData()));
        }
        picked.getChildren().clear();
        if (map.getSelectedSites().isEmpty()) {
            Label none = new Label(Messages.get("bodymap.picked.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            picked.getChildren().add(none);
            return;
        }
        map.getSelectedSites().stream().sorted(Comparator.comparingInt(ALL_SITES::indexOf)).forEach(site -> {
            Label name = new Label(nameOf(site), new FontIcon(Material2AL.CHECK));
            name.setId("picked-" + site.region().id() + "-" + site.side().id());
            Button remove = new Button(Messages.get("bodymap.picked.remove"));
            remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            remove.setAccessibleText(Messages.get("bodymap.picked.removeName", nameOf(site)));
            remove.setOnAction(e -> map.getSelectedSites().remove(site));
            HBox row = new HBox(8, name, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            picked.getChildren().add(row);
        });
    }
}
