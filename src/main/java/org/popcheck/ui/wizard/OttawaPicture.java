package org.popcheck.ui.wizard;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import org.popcheck.i18n.Messages;
import org.popcheck.ui.common.Styles;

/**
 * A small drawing of the foot and ankle with the spot to press marked: the Ottawa points. Drawn as
 * vector shapes so it stays sharp at any text size. Outer side views show the foot pointing left,
 * inner side views pointing right.
 */
final class OttawaPicture {

    // A foot and lower leg seen from the side, toes to the left, about 150 x 110.
    private static final String FOOT =
            "M 98 4 L 122 4 L 124 62 C 126 76 132 86 134 96 C 135 104 128 108 118 108 L 18 108 "
            + "C 6 108 2 100 6 94 C 12 86 30 84 48 80 C 66 76 82 70 92 60 Z";

    private OttawaPicture() {}

    static Node of(String pictureId, String question) {
        SVGPath foot = new SVGPath();
        foot.setContent(FOOT);
        foot.getStyleClass().add("pc-picture-outline");
        Circle bone = null;
        double x;
        double y;
        switch (pictureId) {
            case "ottawa-outer-ankle", "ottawa-inner-ankle" -> {
                // The ankle bone bump, with the spot on its back edge and tip.
                bone = new Circle(112, 66, 9);
                x = 119;
                y = 72;
            }
            case "ottawa-foot-outer" -> {
                x = 70;
                y = 96; // base of the fifth metatarsal: halfway along the outer edge
            }
            default -> {
                x = 62;
                y = 84; // the navicular: the bump on the inner side of the midfoot
            }
        }
        Group drawing = new Group(foot);
        if (bone != null) {
            bone.getStyleClass().add("pc-picture-bone");
            drawing.getChildren().add(bone);
        }
        Circle spot = new Circle(x, y, 7);
        spot.getStyleClass().add("pc-picture-spot");
        Circle ring = new Circle(x, y, 13);
        ring.getStyleClass().add("pc-picture-ring");
        drawing.getChildren().addAll(ring, spot);
        if (pictureId.contains("inner")) {
            drawing.setScaleX(-1); // the inner side: the same foot seen from the other side
        }
        Label caption = new Label(Messages.get("wizard.warnings.picture"));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(4, drawing, caption);
        box.getStyleClass().add(Styles.PICTURE);
        box.setId("picture-" + pictureId);
        box.setAccessibleText(Messages.get("wizard.warnings.picture") + ": " + question);
        return box;
    }
}
