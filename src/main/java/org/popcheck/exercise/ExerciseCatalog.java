package org.popcheck.exercise;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.popcheck.body.Region;

/** The exercises that ship in assets/exercises/catalog.json, in catalog order. */
public final class ExerciseCatalog {

    public static final String RESOURCE = "/assets/exercises/catalog.json";

    private static volatile ExerciseCatalog standard;

    private final List<Exercise> exercises;

    ExerciseCatalog(List<Exercise> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    public static ExerciseCatalog standard() {
        if (standard == null) {
            synchronized (ExerciseCatalog.class) {
                if (standard == null) {
                    standard = load();
                }
            }
        }
        return standard;
    }

    private static ExerciseCatalog load() {
        var in = ExerciseCatalog.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The exercise catalog " + RESOURCE + " is missing from the application");
        }
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
            List<Exercise> list = new ArrayList<>();
            for (JsonElement e : root.getAsJsonArray("exercises")) {
                JsonObject o = e.getAsJsonObject();
                Set<Region> regions = EnumSet.noneOf(Region.class);
                o.getAsJsonArray("regions").forEach(r -> regions.add(Region.fromId(r.getAsString()).orElseThrow()));
                list.add(new Exercise(o.get("id").getAsString(), o.get("name").getAsString(), regions));
            }
            return new ExerciseCatalog(list);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
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
