package org.popcheck.exercise;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.popcheck.body.Region;

/** The exercises that ship in assets/exercises/catalog.json, in catalog order. */
public final class ExerciseCatalog {

    public static final String RESOURCE = "/assets/exercises/catalog.json";

    /** One per language: the texts are read in the language in use. */
    private static final org.popcheck.i18n.PerLanguage<ExerciseCatalog> STANDARD = new org.popcheck.i18n.PerLanguage<>(() -> load());

    private final List<Exercise> exercises;

    ExerciseCatalog(List<Exercise> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    public static ExerciseCatalog standard() {
        return STANDARD.get();
    }

    /** A catalog from JSON text of the catalog's shape (for tests and tools); errors as {@link #standard()}'s. */
    static ExerciseCatalog parse(Reader reader) {
        JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
        List<Exercise> list = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("exercises")) {
            list.add(exercise(e.getAsJsonObject()));
        }
        checkInsteadIds(list);
        return new ExerciseCatalog(list);
    }

    private static ExerciseCatalog load() {
        var in = org.popcheck.i18n.ContentOverlay.open(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The exercise catalog " + RESOURCE + " is missing from the application");
        }
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (RuntimeException ex) {
            throw new IllegalStateException("The exercise catalog " + RESOURCE + " is not valid: " + ex.getMessage(), ex);
        }
    }

    static Exercise exercise(JsonObject o) {
        String id = text(o, "id");
        Set<Region> regions = EnumSet.noneOf(Region.class);
        o.getAsJsonArray("regions").forEach(r -> regions.add(Region.fromId(r.getAsString())
                .orElseThrow(() -> new IllegalArgumentException(id + ": unknown region " + r))));
        Stage stage = Stage.fromId(required(o, id, "stage"))
                .orElseThrow(() -> new IllegalArgumentException(id + ": unknown stage \"" + text(o, "stage") + "\" (mobility, strength or balance)"));
        Position position = Position.fromId(required(o, id, "position"))
                .orElseThrow(() -> new IllegalArgumentException(id + ": unknown position \"" + text(o, "position") + "\""));
        if (!o.has("daysPerWeek") || !o.get("daysPerWeek").isJsonPrimitive() || !o.get("daysPerWeek").getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(id + ": daysPerWeek (how many days a week, 1 to 7) is missing");
        }
        return new Exercise(id, text(o, "name"), regions, text(o, "purpose"), text(o, "equipment"), dosage(o.getAsJsonObject("dosage")),
                texts(o, "steps"), texts(o, "tips"), text(o, "mistake"), texts(o, "stopIf"), variant(o, "easier"), variant(o, "harder"),
                stage, o.get("daysPerWeek").getAsInt(), position, cautions(o, id), regionPurposes(o, id));
    }

    /**
     * {@code "regionText": {"hip": {"purpose": "..."}}}: what the exercise is for at one of its regions.
     * An unknown region or field is refused by name.
     */
    private static Map<Region, String> regionPurposes(JsonObject o, String id) {
        Map<Region, String> out = new EnumMap<>(Region.class);
        if (!o.has("regionText")) {
            return out;
        }
        for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("regionText").entrySet()) {
            Region region = Region.fromId(e.getKey())
                    .orElseThrow(() -> new IllegalArgumentException(id + ": regionText names an unknown region \"" + e.getKey() + "\""));
            JsonObject text = e.getValue().getAsJsonObject();
            for (String field : text.keySet()) {
                if (!field.equals("purpose")) {
                    throw new IllegalArgumentException(id + ": regionText." + e.getKey() + " has an unknown field \"" + field + "\" (only \"purpose\")");
                }
            }
            out.put(region, text(text, "purpose"));
        }
        return out;
    }

    private static String required(JsonObject o, String id, String field) {
        String value = text(o, field);
        if (value == null) {
            throw new IllegalArgumentException(id + ": " + field + " is missing");
        }
        return value;
    }

    private static List<Caution> cautions(JsonObject o, String id) {
        if (!o.has("cautions")) {
            throw new IllegalArgumentException(id + ": cautions is missing (write [] when there are none)");
        }
        List<Caution> out = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("cautions")) {
            JsonObject c = e.getAsJsonObject();
            String where = id + ": caution " + out.size();
            PersonCondition condition = PersonCondition.fromId(required(c, where, "if"))
                    .orElseThrow(() -> new IllegalArgumentException(where + ": unknown condition \"" + text(c, "if") + "\""));
            Caution.Action action = Caution.Action.fromId(required(c, where, "action"))
                    .orElseThrow(() -> new IllegalArgumentException(where + ": unknown action \"" + text(c, "action") + "\" (avoid or adapt)"));
            out.add(new Caution(condition, action, required(c, where, "say"), text(c, "instead")));
        }
        return out;
    }

    /** Every {@code instead} must name another exercise of the catalog, so a left-out exercise is never replaced by nothing. */
    private static void checkInsteadIds(List<Exercise> list) {
        Set<String> ids = new HashSet<>();
        list.forEach(x -> ids.add(x.id()));
        for (Exercise x : list) {
            for (Caution c : x.cautions()) {
                c.insteadId().filter(ref -> !ids.contains(ref) || ref.equals(x.id())).ifPresent(ref -> {
                    throw new IllegalArgumentException(x.id() + ": the caution for " + c.condition().id() + " says to do \"" + ref
                            + "\" instead, which is not another exercise of the catalog");
                });
            }
        }
    }

    private static Exercise.Dosage dosage(JsonObject d) {
        int sets = d.get("sets").getAsInt();
        int rest = d.has("restSeconds") ? d.get("restSeconds").getAsInt() : 0;
        boolean eachSide = d.has("eachSide") && d.get("eachSide").getAsBoolean();
        if (d.has("activity")) {
            // a timed activity (a walk) lasts minutes and has its own words, not "Hold"
            return Exercise.Dosage.activity(Exercise.Activity.fromId(d.get("activity").getAsString()), sets, d.get("minutes").getAsInt(), rest);
        }
        if (d.has("holdSeconds")) {
            return Exercise.Dosage.hold(sets, d.get("holdSeconds").getAsInt(), rest, eachSide);
        }
        JsonObject t = d.getAsJsonObject("tempo");
        var tempo = new Exercise.Tempo(t.get("up").getAsInt(), t.get("hold").getAsInt(), t.get("down").getAsInt());
        return Exercise.Dosage.reps(sets, d.get("reps").getAsInt(), rest, tempo, eachSide);
    }

    private static Exercise.Variant variant(JsonObject o, String field) {
        if (!o.has(field)) {
            return null;
        }
        JsonObject v = o.getAsJsonObject(field);
        return new Exercise.Variant(text(v, "text"), v.has("id") ? v.get("id").getAsString() : null);
    }

    private static String text(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static List<String> texts(JsonObject o, String field) {
        List<String> out = new ArrayList<>();
        if (o.has(field)) {
            o.getAsJsonArray(field).forEach(x -> out.add(x.getAsString()));
        }
        return out;
    }

    public List<Exercise> all() {
        return exercises;
    }

    public Optional<Exercise> find(String id) {
        return exercises.stream().filter(x -> x.id().equals(id)).findFirst();
    }

    /** Exercises that serve at least one of the regions, in catalog order. */
    public List<Exercise> forRegions(Collection<Region> regions) {
        return exercises.stream().filter(x -> x.regions().stream().anyMatch(regions::contains)).toList();
    }
}
