package org.popcheck.exercise.figure;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One key position of an exercise as joint angles, in degrees.
 *
 * <p>Keys: {@code trunk} (direction of the trunk from the pelvis to the neck, 0 = upright, positive
 * = leaning towards the way the person faces, -90 = lying on the back), {@code neck} (head flexion,
 * chin towards chest positive), {@code spine} (rounding positive, arching negative), {@code headBack}
 * (chin-tuck glide in picture units), and per side ({@code near.} or {@code far.}) {@code shoulder}
 * (flexion; abduction in a front view), {@code elbow}, {@code hip} (flexion; abduction in a front
 * view), {@code knee}, {@code ankle} (dorsiflexion positive), {@code toes} (curl positive). Keys
 * ending in {@code Length} scale a segment to show it coming towards the viewer (1 = full length).
 * {@code detail} (0 to 1) drives a close-up inset. A missing {@code far.} key takes the near value;
 * any other missing key is 0 (lengths 1).
 *
 * @param name   what the position is called in the data, such as "start" or "end"
 * @param values the angles and other values by key
 * @param floor  body points that must rest on the floor in this position (checked by tests)
 */
public record Keyframe(String name, Map<String, Double> values, java.util.List<String> floor) {

    public Keyframe {
        Objects.requireNonNull(name, "name");
        values = Map.copyOf(values);
        floor = floor == null ? java.util.List.of() : java.util.List.copyOf(floor);
    }

    /** The value of a key; a far-side key falls back on the near one, then on the default. */
    public double get(String key) {
        Double v = values.get(key);
        if (v == null && key.startsWith("far.")) {
            v = values.get("near." + key.substring(4));
        }
        if (v == null) {
            return key.endsWith("Length") ? 1 : 0;
        }
        return v;
    }

    /** The key frame between this one (t = 0) and {@code other} (t = 1), every value on a straight line. */
    public Keyframe towards(Keyframe other, double t) {
        Map<String, Double> mixed = new TreeMap<>();
        for (String key : union(other)) {
            mixed.put(key, get(key) + (other.get(key) - get(key)) * t);
        }
        return new Keyframe(t < 0.5 ? name : other.name, mixed, t < 0.5 ? floor : other.floor);
    }

    private java.util.Set<String> union(Keyframe other) {
        java.util.Set<String> keys = new java.util.TreeSet<>(values.keySet());
        keys.addAll(other.values.keySet());
        // a far key present on one side only must still blend with the other's near value
        for (String k : java.util.List.copyOf(keys)) {
            if (k.startsWith("near.")) {
                keys.add("far." + k.substring(5));
            }
        }
        return keys;
    }
}
