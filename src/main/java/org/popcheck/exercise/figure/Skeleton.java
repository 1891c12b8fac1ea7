package org.popcheck.exercise.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward kinematics: turns a key frame's joint angles into a posed {@link Body}, with the same
 * proportions for every exercise, and places it in the picture (resting on the floor, the anchor
 * where the data says).
 */
public final class Skeleton {

    /** The picture is 240 by 200 units; the floor's surface is at this y. */
    public static final double WIDTH = 240;
    public static final double HEIGHT = 200;
    public static final double FLOOR = 184;

    static final double TORSO = 50;
    static final double UPPER_ARM = 26;
    static final double FOREARM = 23;
    static final double THIGH = 40;
    static final double SHIN = 38;
    static final double FOOT = 13;
    static final double HEAD = 11;

    private Skeleton() {}

    /** The figure in {@code pose}, placed for {@code movement}. */
    public static Body place(Movement movement, Keyframe pose) {
        Body body = pose(movement.view(), pose);
        if (movement.facingLeft()) {
            body = body.mirrored(0);
        }
        Point anchor = body.point(movement.anchor());
        // A given anchor height pins the anchor (feet planted through a bridge); otherwise the body
        // rests on the floor by its lowest part. The top view has no floor and always needs the height.
        boolean pinned = movement.view() == Movement.View.TOP || movement.anchorY() > 0;
        double dy = pinned ? movement.anchorY() - anchor.y() : FLOOR - body.bottom();
        return body.moved(movement.anchorX() - anchor.x(), dy);
    }

    /** The figure in {@code pose} with the pelvis at (0, 0), facing right. */
    public static Body pose(Movement.View view, Keyframe k) {
        Map<String, Point> p = new HashMap<>();
        List<Segment> parts = new ArrayList<>();
        boolean front = view == Movement.View.FRONT;
        double trunk = k.get("trunk");
        Point pelvis = new Point(0, 0);
        p.put("pelvis", pelvis);
        trunk(k, trunk, front, p, parts);
        double headDir = trunk + k.get("neck");
        Point head = p.get("neck").towards(headDir, HEAD + 2).towards(headDir - 90, k.get("headBack"));
        p.put("head", head);
        for (String side : List.of("far", "near")) {
            int m = front && side.equals("far") ? -1 : 1;
            Segment.Depth depth = front ? Segment.Depth.NEAR : side.equals("far") ? Segment.Depth.FAR : Segment.Depth.NEAR;
            arm(k, side, trunk, m, view == Movement.View.TOP, depth, p, parts);
            leg(k, side, trunk, m, front, depth, p, parts);
        }
        // A face turned to the viewer (front view, or chest turned up in the top view) shows no profile.
        boolean facesViewer = front || (view == Movement.View.TOP && k.get("twist") > 45);
        return new Body(p, parts, HEAD, facesViewer ? Double.NaN : headDir + 90);
    }

    private static void trunk(Keyframe k, double trunk, boolean front, Map<String, Point> p, List<Segment> parts) {
        Point pelvis = p.get("pelvis");
        Point neck = pelvis.towards(trunk, TORSO);
        p.put("neck", neck);
        // The spine bows towards the back (rounding) or the belly (arching): a curve through a control point.
        double bow = k.get("spine") / 90.0 * 18;
        Point mid = new Point((pelvis.x() + neck.x()) / 2, (pelvis.y() + neck.y()) / 2).towards(trunk - 90, bow);
        Point prev = pelvis;
        // Seen from the front, or from above with the chest turned up, the trunk shows its full width.
        double wide = front ? 1 : Math.min(1, k.get("twist") / 60);
        double[] radii = new double[5];
        double[] profile = {11, 10, 10.5, 12, 11};
        double[] full = {13, 12, 13, 15, 14};
        for (int i = 0; i < 5; i++) {
            radii[i] = profile[i] + (full[i] - profile[i]) * wide;
        }
        for (int i = 1; i <= 4; i++) {
            double u = i / 4.0;
            Point next = bezier(pelvis, mid, neck, u);
            parts.add(new Segment("torso", prev, next, radii[i - 1], radii[i], Segment.Depth.MIDDLE));
            prev = next;
            if (i == 3) {
                p.put("waist", next);
            }
        }
        p.put("shoulder", bezier(pelvis, mid, neck, 0.9));
        if (front) {
            for (int m : new int[] {-1, 1}) {
                String side = m > 0 ? "near." : "far.";
                p.put(side + "shoulder", p.get("shoulder").towards(trunk + 90 * m, 14));
                p.put(side + "hip", pelvis.towards(trunk + 90 * m, 7).towards(trunk + 180, 4));
            }
        } else {
            for (String side : List.of("near.", "far.")) {
                p.put(side + "shoulder", p.get("shoulder"));
                p.put(side + "hip", pelvis);
            }
        }
    }

    private static void arm(Keyframe k, String side, double trunk, int m, boolean top, Segment.Depth depth, Map<String, Point> p,
                            List<Segment> parts) {
        Point shoulder = p.get(side + ".shoulder");
        double upper = trunk + 180 - m * k.get(side + ".shoulder");
        double shorten = 1;
        if (top && side.equals("near")) {
            // Seen from above, the chest turning towards the ceiling ("twist", 0 to 90) carries the top
            // arm up towards the viewer (shortened to a dot at 45) and over to the other side.
            double twist = k.get("twist");
            shorten = Math.max(0.12, Math.abs(Math.cos(Math.toRadians(2 * twist))));
            upper += twist > 45 ? 180 : 0;
        }
        Point elbow = shoulder.towards(upper, UPPER_ARM * shorten * k.get(side + ".upperArmLength"));
        double fore = upper - m * k.get(side + ".elbow");
        Point hand = elbow.towards(fore, FOREARM * shorten * k.get(side + ".forearmLength"));
        p.put(side + ".elbow", elbow);
        p.put(side + ".hand", hand);
        parts.add(new Segment(side + ".upperArm", shoulder, elbow, 5.2, 4.2, depth));
        parts.add(new Segment(side + ".forearm", elbow, hand, 4.2, 4.0, depth));
    }

    private static void leg(Keyframe k, String side, double trunk, int m, boolean front, Segment.Depth depth,
                            Map<String, Point> p, List<Segment> parts) {
        Point hip = p.get(side + ".hip");
        double thigh = trunk + 180 - m * k.get(side + ".hip");
        Point knee = hip.towards(thigh, THIGH * k.get(side + ".thighLength"));
        // Seen from the front a knee bend shows as a kink the same way on both legs: for someone lying
        // on their side, seen from the front, both bent knees point towards the viewer's feet end.
        double shin = thigh + k.get(side + ".knee");
        Point ankle = knee.towards(shin, SHIN * k.get(side + ".shinLength"));
        double foot = front ? trunk + 180 - m * 60 : shin - 90 - k.get(side + ".ankle");
        double footLength = front ? 8 : FOOT * k.get(side + ".footLength");
        // The sole is a straight line: heel and ball sit below the ankle by their thickness, so a
        // flat foot rests on the floor along its whole length.
        Point heel = front ? ankle.towards(trunk + 180, 3) : ankle.towards(shin, 1.8).towards(foot + 180, 4);
        Point toe = front ? ankle.towards(foot, footLength) : ankle.towards(shin, 3).towards(foot, footLength);
        Point toeTip = toe.towards(foot + k.get(side + ".toes"), front ? 2 : 5);
        p.put(side + ".knee", knee);
        p.put(side + ".ankle", ankle);
        p.put(side + ".heel", heel);
        p.put(side + ".toe", toe);
        p.put(side + ".toeTip", toeTip);
        parts.add(new Segment(side + ".thigh", hip, knee, 8.5, 6, depth));
        parts.add(new Segment(side + ".shin", knee, ankle, 6, 4, depth));
        parts.add(new Segment(side + ".foot", heel, toe, 4.2, 3.0, depth));
        parts.add(new Segment(side + ".toes", toe, toeTip, 3.0, 2.6, depth));
    }

    private static Point bezier(Point a, Point c, Point b, double u) {
        double v = 1 - u;
        return new Point(v * v * a.x() + 2 * v * u * c.x() + u * u * b.x(), v * v * a.y() + 2 * v * u * c.y() + u * u * b.y());
    }
}
