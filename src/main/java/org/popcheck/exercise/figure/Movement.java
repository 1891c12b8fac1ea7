package org.popcheck.exercise.figure;

import java.util.List;
import java.util.Objects;

/**
 * How one exercise moves, as data from assets/exercises/poses/&lt;id&gt;.json: the viewpoint, the key
 * positions in order (start, any middle, end), the props, and where the figure stands in the
 * 240 by 200 picture.
 *
 * @param id        the exercise id of the catalog
 * @param view      the viewpoint that makes the movement clear
 * @param facingLeft the person faces the picture's left (the data is written facing right)
 * @param anchor    the body point that keeps its place across key frames, such as "near.toe"
 * @param anchorX   where the anchor sits across the picture, in picture units
 * @param anchorY   where the anchor sits down the picture, pinning it (feet planted through a bridge); 0 to
 *                  rest the body on the floor by its lowest part instead. The top view, with no floor, needs it
 * @param keyframes at least two key positions: start first, end last
 * @param props     the chair, wall, mat and so on, drawn in the figure's style
 * @param arrow     the body point whose path the direction arrow follows, or null for the one that moves most
 * @param moving    the segments drawn in the accent colour, or empty to find them from the key frames
 */
public record Movement(String id, View view, boolean facingLeft, String anchor, double anchorX, double anchorY,
                       List<Keyframe> keyframes, List<Prop> props, String arrow, List<String> moving) {

    /** The viewpoint. SIDE and FRONT stand on the floor; TOP looks down on someone lying on the floor. */
    public enum View { SIDE, FRONT, TOP }

    public Movement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(anchor, "anchor");
        keyframes = List.copyOf(keyframes);
        props = props == null ? List.of() : List.copyOf(props);
        moving = moving == null ? List.of() : List.copyOf(moving);
        if (keyframes.size() < 2) {
            throw new IllegalArgumentException(id + ": a movement needs at least a start and an end key frame");
        }
    }

    public Keyframe start() {
        return keyframes.get(0);
    }

    public Keyframe end() {
        return keyframes.get(keyframes.size() - 1);
    }

    /**
     * The position a fraction of the way from start (0) to end (1), through the middle key frames,
     * which share the way evenly. Values outside 0..1 are clamped.
     */
    public Keyframe at(double fraction) {
        double f = Math.max(0, Math.min(1, fraction)) * (keyframes.size() - 1);
        int i = Math.min((int) Math.floor(f), keyframes.size() - 2);
        return keyframes.get(i).towards(keyframes.get(i + 1), f - i);
    }

    /**
     * A prop in the picture. Numbers are picture units (240 by 200, floor at {@link Skeleton#FLOOR});
     * {@code from} and {@code to} name body points for props that follow the body (band, towel);
     * {@code kind} says which close-up an inset shows ("toes" or "arch").
     */
    public record Prop(String type, double x, double y, double width, double height, String from, String to, String kind) {
        public Prop {
            Objects.requireNonNull(type, "type");
        }
    }
}
