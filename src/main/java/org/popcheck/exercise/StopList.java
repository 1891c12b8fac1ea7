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

    /** One per language: the signs are read in the language in use. */
    private static final org.popcheck.i18n.PerLanguage<StopList> STANDARD = new org.popcheck.i18n.PerLanguage<>(StopList::load);

    public StopList {
        signs = List.copyOf(signs);
        if (signs.isEmpty() || signs.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("the stop list needs at least one sign, none of them blank");
        }
        if (reassurance == null || reassurance.isBlank()) {
            throw new IllegalArgumentException("the stop list needs its reassurance about painless noises");
        }
    }

    /** The stop list that ships with the app, in the language in use. */
    public static StopList standard() {
        return STANDARD.get();
    }

    private static StopList load() {
        var in = org.popcheck.i18n.ContentOverlay.open(RESOURCE);
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
