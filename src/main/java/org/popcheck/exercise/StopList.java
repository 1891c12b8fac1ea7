package org.popcheck.exercise;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The general stop list of assets/exercises/stop.json, shown on every exercise screen: the signs that
 * should stop any exercise (some with "get care now" in their own words), and the reassurance that a
 * painless click is harmless.
 *
 * @param signs        plain-words signs, at least one
 * @param reassurance  one sentence about painless noises
 */
public record StopList(List<String> signs, String reassurance) {

    public static final String RESOURCE = "/assets/exercises/stop.json";

    private static volatile StopList standard;

    public StopList {
        signs = List.copyOf(signs);
        if (signs.isEmpty() || signs.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("the stop list needs at least one sign, none of them blank");
        }
        if (reassurance == null || reassurance.isBlank()) {
            throw new IllegalArgumentException("the stop list needs its reassurance about painless noises");
        }
    }

    public static StopList standard() {
        StopList s = standard;
        if (s == null) {
            synchronized (StopList.class) {
                if (standard == null) {
                    standard = load();
                }
                s = standard;
            }
        }
        return s;
    }

    private static StopList load() {
        var in = StopList.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The stop list " + RESOURCE + " is missing from the application");
        }
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The stop list " + RESOURCE + " is not valid: " + e.getMessage(), e);
        }
    }

    static StopList parse(Reader reader) {
        JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
        if (!root.has("signs") || !root.get("signs").isJsonArray()) {
            throw new IllegalArgumentException("\"signs\" must be a list of texts");
        }
        List<String> signs = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("signs")) {
            signs.add(e.getAsString());
        }
        JsonElement r = root.get("reassurance");
        return new StopList(signs, r == null || r.isJsonNull() ? null : r.getAsString());
    }
}
