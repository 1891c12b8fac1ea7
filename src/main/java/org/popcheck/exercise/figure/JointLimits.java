package org.popcheck.exercise.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ranges a healthy adult's joints move through, in degrees, used to check the pose data:
 * a key frame outside them would teach a movement nobody should copy. Ranges follow the usual
 * clinical norms (AAOS) with a little room for drawing, e.g. knee 0 to 150 flexion.
 */
public final class JointLimits {

    /** Key suffix to {min, max}. */
    static final Map<String, double[]> RANGES = Map.ofEntries(
            Map.entry("neck", new double[] {-60, 60}),
            Map.entry("spine", new double[] {-35, 45}),
            Map.entry("shoulder", new double[] {-60, 180}),
            Map.entry("elbow", new double[] {0, 150}),
            Map.entry("hip", new double[] {-30, 130}),
            Map.entry("knee", new double[] {0, 150}),
            Map.entry("ankle", new double[] {-50, 30}),
            Map.entry("toes", new double[] {-60, 60}),
            Map.entry("headBack", new double[] {-2, 8}),
            // chest turned towards the ceiling, lying on the side (thoracic rotation and the shoulder opening)
            Map.entry("twist", new double[] {0, 90}),
            Map.entry("detail", new double[] {0, 1}));

    private JointLimits() {}

    /** Plain-words problems with a key frame: each value outside its range, and each key nobody knows. Empty when fine. */
    public static List<String> problems(Keyframe k) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : k.values().entrySet()) {
            String key = e.getKey();
            String joint = key.contains(".") ? key.substring(key.indexOf('.') + 1) : key;
            double v = e.getValue();
            if (joint.endsWith("Length")) {
                if (v < 0.1 || v > 1) {
                    out.add(k.name() + ": " + key + " is " + v + ", a length scale must be from 0.1 to 1");
                }
            } else if (key.equals("trunk")) {
                continue; // the trunk's direction in the picture is free: upright, lying, on all fours
            } else if (!RANGES.containsKey(joint)) {
                out.add(k.name() + ": unknown key " + key);
            } else {
                double[] r = RANGES.get(joint);
                if (v < r[0] || v > r[1]) {
                    out.add(k.name() + ": " + key + " is " + v + " degrees, outside the human range " + r[0] + " to " + r[1]);
                }
            }
        }
        return out;
    }
}
