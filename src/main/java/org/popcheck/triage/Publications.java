package org.popcheck.triage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.popcheck.body.Region;

/**
 * What each publication a rule or a cause cites is about (assets/triage/sources.json: {@code "regions"}
 * is a list of region ids, or {@code "any"} for joints in general or the whole person), so a result
 * shows only the sources that fit the place it speaks of: a trial saw an ankle result cite an article
 * about back popping. Names are the ones shown, in every language.
 */
public final class Publications {

    public static final String RESOURCE = "/assets/triage/sources.json";

    /** What separates the publications in a rule's {@code source}. */
    public static final String SEPARATOR = "; ";

    private static volatile Publications standard;

    /** Publication name -> the regions it is about; an empty set for any region. */
    private final Map<String, Set<Region>> about;
    /** Publication name -> what kind of publication it is. */
    private final Map<String, SourceKind> kinds;

    Publications(Map<String, Set<Region>> about) {
        this(about, Map.of());
    }

    Publications(Map<String, Set<Region>> about, Map<String, SourceKind> kinds) {
        this.about = Map.copyOf(about);
        this.kinds = Map.copyOf(kinds);
    }

    /** The publications that ship with the app, read once (the names do not change with the language). */
    public static Publications standard() {
        Publications p = standard;
        if (p == null) {
            InputStream in = Publications.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new RuleFileException(RESOURCE + " is missing from the application");
            }
            p = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            standard = p;
        }
        return p;
    }

    /**
     * Reads sources.json.
     *
     * @throws RuleFileException naming the entry, for a file that is not JSON, an entry without a name
     *                           or {@code "regions"}, or an unknown region id
     */
    static Publications parse(Reader reader) {
        JsonObject root;
        try (reader) {
            root = JsonParser.parseReader(reader).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonParseException | IllegalStateException e) {
            throw new RuleFileException("sources.json is not valid JSON: " + e.getMessage());
        }
        Map<String, Set<Region>> about = new HashMap<>();
        Map<String, SourceKind> kinds = new HashMap<>();
        for (JsonElement e : root.getAsJsonArray("publications")) {
            JsonObject o = e.getAsJsonObject();
            String name = o.has("name") ? o.get("name").getAsString() : "";
            JsonElement regions = o.get("regions");
            if (name.isBlank() || regions == null) {
                throw new RuleFileException("sources.json: " + o.get("id") + " needs a \"name\" and \"regions\" (a list of region ids, or \"any\")");
            }
            Set<Region> set = EnumSet.noneOf(Region.class);
            if (regions.isJsonArray()) {
                for (JsonElement r : regions.getAsJsonArray()) {
                    set.add(Region.fromId(r.getAsString()).orElseThrow(() -> new RuleFileException(
                            "sources.json: " + o.get("id") + " names an unknown region '" + r.getAsString() + "'")));
                }
            } else if (!"any".equals(regions.getAsString())) {
                throw new RuleFileException("sources.json: " + o.get("id") + ": \"regions\" must be a list of region ids or \"any\"");
            }
            about.put(name, set);
            if (o.has("kind")) {
                String kind = o.get("kind").getAsString();
                kinds.put(name, SourceKind.fromId(kind).orElseThrow(() -> new RuleFileException(
                        "sources.json: " + o.get("id") + ": \"kind\" must be guideline, study, review or article, not '" + kind + "'")));
            }
        }
        return new Publications(about, kinds);
    }

    /**
     * The regions {@code publication} is about: empty for any region; null for a name not in sources.json
     * (tests fail on those; the app then treats it as general rather than hide a source).
     */
    public Set<Region> about(String publication) {
        return about.get(publication);
    }

    /** What kind of publication it is; empty for a name not in sources.json or one without a kind. */
    public java.util.Optional<SourceKind> kind(String publication) {
        return java.util.Optional.ofNullable(kinds.get(publication));
    }

    /** Whether {@code publication} fits a result about {@code regions}: it is general, or about one of them. */
    public boolean fits(String publication, Collection<Region> regions) {
        Set<Region> covers = about.get(publication);
        return covers == null || covers.isEmpty() || regions.stream().anyMatch(covers::contains);
    }

    /**
     * Of a rule's {@code source} ("A; B; C"), the publications that fit {@code regions}, joined the same
     * way; empty when none does (the data tests keep that from happening for the shipped rules).
     */
    public String fitting(String source, Collection<Region> regions) {
        List<String> kept = new ArrayList<>();
        for (String name : source.split(SEPARATOR)) {
            if (fits(name, regions)) {
                kept.add(name);
            }
        }
        return String.join(SEPARATOR, kept);
    }
}
