package org.popcheck.assessment;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.popcheck.body.Region;

/** The question catalog: every fact the assessment may carry, loaded from assets/assessment/facts.json. */
public final class FactCatalog {

    public static final String RESOURCE = "/assets/assessment/facts.json";

    /** One per language: the texts are read in the language in use. */
    private static final org.popcheck.i18n.PerLanguage<FactCatalog> STANDARD = new org.popcheck.i18n.PerLanguage<>(() -> load(org.popcheck.i18n.ContentOverlay.open(RESOURCE)));

    private final Map<String, FactDefinition> byId;

    private FactCatalog(Map<String, FactDefinition> byId) {
        this.byId = byId;
    }

    /** The catalog that ships with the app, read once. */
    public static FactCatalog standard() {
        return STANDARD.get();
    }

    static FactCatalog load(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("The question catalog " + RESOURCE + " is missing from the application");
        }
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
            Map<String, FactDefinition> map = new LinkedHashMap<>();
            for (JsonElement e : root.getAsJsonArray("facts")) {
                FactDefinition def = parse(e.getAsJsonObject());
                if (map.put(def.id(), def) != null) {
                    throw new IllegalStateException("Fact id '" + def.id() + "' appears twice in " + RESOURCE);
                }
            }
            map.values().forEach(def -> checkListedUnder(def, map));
            return new FactCatalog(java.util.Collections.unmodifiableMap(map));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * A sign filed under another must be able to open: the other is a yes/no sign asked wherever this
     * one is, so that no place loses the sign by the filing.
     */
    private static void checkListedUnder(FactDefinition def, Map<String, FactDefinition> map) {
        if (def.listedUnder() == null) {
            return;
        }
        FactDefinition under = map.get(def.listedUnder());
        if (under == null || under.type() != FactType.YESNO || !under.scope().containsAll(def.scope())) {
            throw new IllegalStateException("Fact '" + def.id() + "' is listed under '" + def.listedUnder()
                    + "', which must be a yes/no fact asked for every region it is");
        }
    }

    private static FactDefinition parse(JsonObject o) {
        String id = o.get("id").getAsString();
        FactType type = FactType.valueOf(o.get("type").getAsString().toUpperCase(Locale.ROOT));
        Set<Region> scope = EnumSet.noneOf(Region.class);
        for (String s : strings(o.getAsJsonArray("scope"))) {
            if (s.equals("any")) {
                scope.addAll(EnumSet.allOf(Region.class));
            } else {
                scope.add(Region.fromId(s).orElseThrow(
                        () -> new IllegalStateException("Fact '" + id + "' names unknown region '" + s + "'")));
            }
        }
        return new FactDefinition(
                id,
                type,
                o.get("group").getAsString(),
                scope,
                strings(o.getAsJsonArray("askIf")),
                o.has("raises") && o.get("raises").getAsBoolean(),
                o.has("min") ? o.get("min").getAsDouble() : null,
                o.has("max") ? o.get("max").getAsDouble() : null,
                o.has("integer") && o.get("integer").getAsBoolean(),
                strings(o.getAsJsonArray("options")),
                o.get("question").getAsString(),
                o.has("picture") ? o.get("picture").getAsString() : null,
                o.has("sign") ? o.get("sign").getAsString() : null,
                numbers(o.getAsJsonObject("askIfAtLeast")),
                ageRange(id, o.getAsJsonObject("askAge")),
                o.has("listedUnder") ? o.get("listedUnder").getAsString() : null);
    }

    private static FactDefinition.AgeRange ageRange(String id, JsonObject o) {
        if (o == null) {
            return null;
        }
        if (!o.has("min") || !o.has("max")) {
            throw new IllegalStateException("Fact '" + id + "': askAge needs both min and max");
        }
        try {
            return new FactDefinition.AgeRange(o.get("min").getAsInt(), o.get("max").getAsInt());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Fact '" + id + "': " + e.getMessage(), e);
        }
    }

    private static Map<String, Double> numbers(JsonObject o) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (o != null) {
            o.entrySet().forEach(e -> out.put(e.getKey(), e.getValue().getAsDouble()));
        }
        return out;
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    public Optional<FactDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Collection<FactDefinition> all() {
        return byId.values();
    }

    /** Facts of one group, in catalog order. */
    public List<FactDefinition> group(String group) {
        return byId.values().stream().filter(f -> f.group().equals(group)).toList();
    }
}
