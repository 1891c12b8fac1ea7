package org.popcheck.exercise.figure;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an exercise's movement from assets/exercises/poses/&lt;id&gt;.json (format in
 * docs/exercises.md). A new exercise needs only a new file: no code.
 */
public final class Movements {

    public static final String FOLDER = "/assets/exercises/poses/";

    private static final Map<String, Optional<Movement>> CACHE = new ConcurrentHashMap<>();

    private Movements() {}

    /** The movement of an exercise, or empty when it has no pose file. A broken file throws with its name and the problem. */
    public static Optional<Movement> of(String exerciseId) {
        return CACHE.computeIfAbsent(exerciseId, Movements::load);
    }

    private static Optional<Movement> load(String id) {
        try (InputStream in = Movements.class.getResourceAsStream(FOLDER + id + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(id, JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The pose file of exercise '" + id + "' cannot be read: " + e.getMessage(), e);
        }
    }

    static Movement parse(String id, JsonObject o) {
        Movement.View view = Movement.View.valueOf(o.get("view").getAsString().toUpperCase(Locale.ROOT));
        JsonObject anchor = o.getAsJsonObject("anchor");
        List<Keyframe> keyframes = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("keyframes")) {
            keyframes.add(keyframe(e.getAsJsonObject()));
        }
        List<Movement.Prop> props = new ArrayList<>();
        if (o.has("props")) {
            for (JsonElement e : o.getAsJsonArray("props")) {
                JsonObject p = e.getAsJsonObject();
                props.add(new Movement.Prop(p.get("type").getAsString(), num(p, "x"), num(p, "y"), num(p, "width"), num(p, "height"),
                        str(p, "from"), str(p, "to"), str(p, "kind")));
            }
        }
        return new Movement(id, view, "left".equals(str(o, "facing")), anchor.get("point").getAsString(), num(anchor, "x"),
                num(anchor, "y"), keyframes, props, str(o, "arrow"), strings(o, "moving"));
    }

    private static Keyframe keyframe(JsonObject k) {
        Map<String, Double> values = new TreeMap<>();
        for (Map.Entry<String, JsonElement> e : k.entrySet()) {
            String key = e.getKey();
            if (key.equals("name") || key.equals("floor")) {
                continue;
            }
            if (e.getValue().isJsonObject()) {
                // "near": {...} and "far": {...} hold one side's angles
                for (Map.Entry<String, JsonElement> side : e.getValue().getAsJsonObject().entrySet()) {
                    values.put(key + "." + side.getKey(), side.getValue().getAsDouble());
                }
            } else {
                values.put(key, e.getValue().getAsDouble());
            }
        }
        return new Keyframe(k.get("name").getAsString(), values, strings(k, "floor"));
    }

    private static double num(JsonObject o, String field) {
        return o.has(field) ? o.get(field).getAsDouble() : 0;
    }

    private static String str(JsonObject o, String field) {
        return o.has(field) ? o.get(field).getAsString() : null;
    }

    private static List<String> strings(JsonObject o, String field) {
        List<String> out = new ArrayList<>();
        if (o.has(field)) {
            JsonArray a = o.getAsJsonArray(field);
            a.forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }
}
