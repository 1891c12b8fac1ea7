package org.popcheck.ui.bodymap;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Scale;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/**
 * The geometry of the body drawing, in a 220 by 500 box. The outline is built from simple parts
 * (head, trunk, arms, legs, feet) joined into one shape, so it reads as one figure with one outline.
 * Parts are drawn for the viewer's left half and mirrored for the other half.
 */
final class BodyShapes {

    static final double WIDTH = 220;
    static final double HEIGHT = 500;
    static final double CENTRE = WIDTH / 2;

    private static final String TRUNK = "M 70 92 C 84 84 96 86 110 86 C 124 86 136 84 150 92 "
            + "C 160 98 160 112 156 130 C 152 160 146 180 146 200 C 146 218 152 232 154 250 L 66 250 "
            + "C 68 232 74 218 74 200 C 74 180 68 160 64 130 C 60 112 60 98 70 92 Z";
    private static final String ARM = "M 70 92 C 58 94 52 104 50 122 C 46 160 40 190 38 220 C 36 236 34 250 36 262 "
            + "C 40 270 48 270 50 262 C 52 250 52 236 56 220 C 62 190 66 160 68 136 Z";
    private static final String LEG = "M 66 236 C 63 280 70 320 76 352 C 80 382 84 412 85 448 L 103 448 "
            + "C 103 412 105 382 106 352 C 108 320 111 288 111 246 Z";
    private static final String FOOT = "M 85 444 L 103 444 C 105 456 106 466 104 474 C 100 481 80 481 78 474 "
            + "C 77 466 81 456 85 444 Z";

    private BodyShapes() {}

    /** The whole figure as one outline. */
    static Shape silhouette() {
        List<Shape> parts = new ArrayList<>();
        parts.add(new Ellipse(CENTRE, 40, 23, 29));
        parts.add(new Rectangle(98, 60, 24, 30));
        parts.add(svg(TRUNK));
        for (String half : List.of(ARM, LEG, FOOT)) {
            parts.add(svg(half));
            parts.add(mirrored(svg(half)));
        }
        parts.add(new Ellipse(43, 272, 8, 12));
        parts.add(mirrored(new Ellipse(43, 272, 8, 12)));
        Shape body = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            body = Shape.union(body, parts.get(i));
        }
        // A fresh path: the union copies the first part's black fill as if set in code, and a value
        // set in code would win over the control's stylesheet.
        return new javafx.scene.shape.Path(((javafx.scene.shape.Path) body).getElements());
    }

    /**
     * What tells the front from the back, drawn over the outline and never clickable. Front: the
     * face, collarbones, chest, navel and kneecaps. Back: hair over the back of the head, the
     * shoulder blades, the spine's three parts (neck, upper back, lower back) as vertebrae of
     * three sizes with a gap between the parts, the buttocks and the backs of the knees.
     */
    static List<Shape> details(BodyMap.View view) {
        List<Shape> out = new ArrayList<>();
        if (view == BodyMap.View.FRONT) {
            out.add(styled(new Ellipse(CENTRE - 9, 38, 2.6, 3), "body-face"));
            out.add(styled(new Ellipse(CENTRE + 9, 38, 2.6, 3), "body-face"));
            out.add(styled(svg("M 110 41 L 107 50 L 112 51"), "body-detail"));
            out.add(styled(svg("M 102 57 Q 110 62 118 57"), "body-detail"));
            for (String half : List.of("M 84 98 Q 96 103 107 99", "M 80 140 Q 94 152 107 142", "M 84 352 m -7 0 a 7 9 0 1 0 14 0 a 7 9 0 1 0 -14 0")) {
                out.add(styled(svg(half), "body-detail"));
                out.add(styled(mirrored(svg(half)), "body-detail"));
            }
            out.add(styled(new Ellipse(CENTRE, 198, 2.2, 2.6), "body-face"));
        } else {
            out.add(styled(svg("M 86 42 C 84 12 136 12 134 42 C 134 54 129 62 122 66 L 98 66 C 91 62 86 54 86 42 Z"), "body-hair"));
            for (String half : List.of("M 80 108 Q 96 102 103 116 Q 100 138 88 146 Q 78 130 80 108 Z", "M 72 250 Q 90 260 108 251",
                    "M 80 356 Q 88 361 97 356")) {
                out.add(styled(svg(half), "body-detail"));
                out.add(styled(mirrored(svg(half)), "body-detail"));
            }
            out.add(styled(svg("M 110 228 L 110 250"), "body-detail"));
            // neck: 4 small vertebrae; upper back: 7 middling; lower back: 5 large, as the spine is built
            vertebrae(out, 66, 4, 5, 3.2, 6);
            vertebrae(out, 104, 7, 8, 4, 9);
            vertebrae(out, 180, 5, 11, 5, 9.5);
        }
        return out;
    }

    private static void vertebrae(List<Shape> out, double top, int count, double width, double height, double step) {
        for (int i = 0; i < count; i++) {
            Rectangle r = rounded(CENTRE - width / 2, top + i * step, width, height, height);
            out.add(styled(r, "body-vertebra"));
        }
    }

    private static Shape styled(Shape s, String styleClass) {
        s.getStyleClass().add(styleClass);
        s.setMouseTransparent(true);
        return s;
    }

    /**
     * The side of the square each spot can at least be hit in. The drawn spot may be smaller; its
     * hit area (see {@link Spot#hitArea}) is this big. With {@link #SMALLEST_SCALE} it keeps every
     * target at least 24 by 24 px on screen (WCAG 2.5.8) however far the map is shrunk.
     */
    static final double HIT = 46;

    /** The smallest scale the figure is drawn at: its hit areas then measure 25 px, a pixel to spare over 24. */
    static final double SMALLEST_SCALE = 25 / HIT;

    /**
     * The clickable spots for a view: each site with its shape, placed where that joint is seen, and
     * a hit area around it. No two hit areas overlap, so a click is never ambiguous: the ankle's and
     * the foot's are stacked (the ankle's reaching up the shin), and the spine's lower back stops
     * above the hips'.
     */
    static List<Spot> spots(BodyMap.View view) {
        // Seen from the front, the person's right side is on the viewer's left.
        Side viewerLeft = view == BodyMap.View.FRONT ? Side.RIGHT : Side.LEFT;
        Side viewerRight = view == BodyMap.View.FRONT ? Side.LEFT : Side.RIGHT;
        List<Spot> spots = new ArrayList<>();
        spots.add(new Spot(BodySite.spine(Region.SPINE_NECK), rounded(97, 62, 26, 24, 12), CENTRE, 74, square(CENTRE, 74)));
        if (view == BodyMap.View.BACK) {
            Rectangle upper = rounded(84, 100, 52, 66, 18);
            Rectangle lower = rounded(86, 172, 48, 50, 18);
            spots.add(new Spot(BodySite.spine(Region.SPINE_UPPER), upper, CENTRE, 133, around(upper)));
            spots.add(new Spot(BodySite.spine(Region.SPINE_LOWER), lower, CENTRE, 197, around(lower)));
        }
        for (Side side : List.of(viewerLeft, viewerRight)) {
            boolean left = side == viewerLeft;
            double hipX = left ? 82 : WIDTH - 82;
            double ankleX = left ? 94 : WIDTH - 94;
            double footX = left ? 90 : WIDTH - 90;
            // The ankle's and the foot's hit areas share a column, the left leg's and the right
            // leg's 2 units apart.
            double legX = left ? CENTRE - 1 - HIT / 2 : CENTRE + 1 + HIT / 2;
            spots.add(new Spot(new BodySite(Region.HIP, side), new Ellipse(hipX, 247, 16, 14), hipX, 247, square(hipX, 247)));
            spots.add(new Spot(new BodySite(Region.ANKLE, side), new Ellipse(ankleX, 434, 12, 11), ankleX, 434, square(legX, 425)));
            spots.add(new Spot(new BodySite(Region.FOOT, side), new Ellipse(footX, 468, 13, 11), footX, 468, square(legX, 473)));
        }
        return spots;
    }

    /** A hit area of {@link #HIT} units square centred on a point. */
    private static Rectangle square(double centreX, double centreY) {
        return new Rectangle(centreX - HIT / 2, centreY - HIT / 2, HIT, HIT);
    }

    /** A hit area that is the drawn shape's box, for shapes already bigger than {@link #HIT}. */
    private static Rectangle around(Rectangle drawn) {
        return new Rectangle(drawn.getX(), drawn.getY(), Math.max(HIT, drawn.getWidth()), Math.max(HIT, drawn.getHeight()));
    }

    /** A tick drawn on a picked spot, so the choice is seen without relying on colour. */
    static SVGPath checkMark(double x, double y) {
        SVGPath p = svg("M -6 0 L -2 4.5 L 6.5 -5");
        p.setTranslateX(x);
        p.setTranslateY(y);
        return p;
    }

    /** A site's drawn shape, where its tick goes, and the larger invisible area a click or tap hits. */
    record Spot(BodySite site, Shape shape, double centreX, double centreY, Rectangle hitArea) {}

    private static Rectangle rounded(double x, double y, double w, double h, double arc) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setArcWidth(arc);
        r.setArcHeight(arc);
        return r;
    }

    private static SVGPath svg(String content) {
        SVGPath p = new SVGPath();
        p.setContent(content);
        return p;
    }

    private static Shape mirrored(Shape s) {
        s.getTransforms().add(new Scale(-1, 1, CENTRE, 0));
        return s;
    }
}
