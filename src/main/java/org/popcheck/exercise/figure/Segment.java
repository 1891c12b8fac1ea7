package org.popcheck.exercise.figure;

/**
 * A rounded limb part between two body points, thicker at {@code from} ({@code r1}) than at
 * {@code to} ({@code r2}), in picture units.
 *
 * @param name  the part, such as "near.thigh" or "torso"; the accent colour goes by this name
 * @param depth FAR parts are drawn behind the trunk in a paler shade, NEAR parts in front
 */
public record Segment(String name, Point from, Point to, double r1, double r2, Depth depth) {

    /** Which side of the body the part is on, as seen by the viewer. */
    public enum Depth { FAR, MIDDLE, NEAR }

    /** The direction from {@code from} to {@code to} in degrees (0 = up, 90 = right). */
    public double direction() {
        return Math.toDegrees(Math.atan2(to.x() - from.x(), -(to.y() - from.y())));
    }

    /** The lowest picture y this part reaches, its thickness included. */
    public double bottom() {
        return Math.max(from.y() + r1, to.y() + r2);
    }
}
