package org.popcheck.causes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.body.Region;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.triage.ConditionParser;
import org.popcheck.triage.RuleFileException;
import org.popcheck.triage.Suspicion;

/**
 * The causes of assets/causes/causes.json, in file order (the order that breaks ties), checked when
 * they load: every fact a clue names exists with the right type, every exercise exists in the
 * exercise catalog, every region and suspicion is known. Errors throw {@link CauseFileException}.
 */
public final class CauseBook {

    public static final String RESOURCE = "/assets/causes/causes.json";
    private static final Set<String> FIELDS = Set.of("id", "name", "regions", "picture", "clues", "explanation",
            "helps", "concern", "exercises", "holdsExercises", "sources", "needs", "notWhen", "regionText");
    private static final Set<String> REGION_TEXT_FIELDS = Set.of("explanation", "helps", "concern", "sources", "exercises");
    /** One per language: the texts are read in the language in use. */
    private static final org.popcheck.i18n.PerLanguage<CauseBook> STANDARD = new org.popcheck.i18n.PerLanguage<>(() -> loadResource());

    private final List<Cause> causes;

    private CauseBook(List<Cause> causes) {
        this.causes = List.copyOf(causes);
    }

    /** The causes that ship with the app, loaded and checked once. */
    public static CauseBook standard() {
        return STANDARD.get();
    }

    private static CauseBook loadResource() {
        InputStream in = org.popcheck.i18n.ContentOverlay.open(RESOURCE);
        if (in == null) {
            throw new CauseFileException("The causes " + RESOURCE + " are missing from the application");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(reader, FactCatalog.standard(), ExerciseCatalog.standard());
        } catch (IOException e) {
            throw new CauseFileException("Cannot read the causes " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public static CauseBook load(Reader reader, FactCatalog facts, ExerciseCatalog exercises) {
        JsonElement root;
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new CauseFileException("causes.json is not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("causes") || !root.getAsJsonObject().get("causes").isJsonArray()) {
            throw new CauseFileException("causes.json: expected an object with a \"causes\" list");
        }
        ConditionParser parser = new ConditionParser(facts);
        List<Cause> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonElement e : root.getAsJsonObject().getAsJsonArray("causes")) {
            Cause c = parse(e, out.size(), parser, facts, exercises);
            if (!ids.add(c.id())) {
                throw new CauseFileException("causes.json: cause id '" + c.id() + "' is used twice");
            }
            out.add(c);
        }
        if (out.isEmpty()) {
            throw new CauseFileException("causes.json: the cause list is empty");
        }
        return new CauseBook(out);
    }

    /**
     * Every fact a clue, a {@code needs} or a {@code notWhen} of any cause reads: the check asks these wherever they are in scope, even
     * when no triage rule can use them any more (issue 13: nothing that could change the causes is
     * left unasked).
     */
    public java.util.Set<String> factsRead() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        causes.forEach(cause -> out.addAll(factsReadBy(cause)));
        return out;
    }

    /**
     * Per region, the facts the causes that can explain that region read: a fact only a foot's cause
     * reads is no reason to ask it in a check of the lower back (review 12).
     */
    public java.util.Map<org.popcheck.body.Region, java.util.Set<String>> factsReadByRegion() {
        java.util.Map<org.popcheck.body.Region, java.util.Set<String>> out = new java.util.EnumMap<>(org.popcheck.body.Region.class);
        for (org.popcheck.body.Region region : org.popcheck.body.Region.values()) {
            java.util.Set<String> facts = new java.util.TreeSet<>();
            causes.stream().filter(c -> c.regions().isEmpty() || c.regions().contains(region)).forEach(c -> facts.addAll(factsReadBy(c)));
            out.put(region, facts);
        }
        return out;
    }

    private static java.util.Set<String> factsReadBy(Cause cause) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        List<Clue.When> conditions = new ArrayList<>();
        cause.clues().forEach(c -> conditions.add(c.when()));
        java.util.stream.Stream.of(cause.needs(), cause.notWhen()).filter(java.util.Objects::nonNull).forEach(conditions::add);
        for (Clue.When when : conditions) {
            if (when instanceof Clue.Rule r) {
                r.condition().alternatives().forEach(alt -> alt.forEach(atom -> out.addAll(atomFacts(atom))));
            } else if (when instanceof Clue.AtMost m) {
                out.add(m.fact());
            }
        }
        return out;
    }

    private static List<String> atomFacts(org.popcheck.triage.Condition atom) {
        if (atom instanceof org.popcheck.triage.Condition.Yes y) {
            return List.of(y.fact());
        }
        if (atom instanceof org.popcheck.triage.Condition.NumberAtLeast n) {
            return List.of(n.fact());
        }
        if (atom instanceof org.popcheck.triage.Condition.Is is) {
            return List.of(is.fact());
        }
        if (atom instanceof org.popcheck.triage.Condition.Injury) {
            return List.of("injury", "major_trauma", "fall_from_standing");
        }
        return List.of();
    }

    public List<Cause> causes() {
        return causes;
    }

    public Optional<Cause> find(String id) {
        return causes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static Cause parse(JsonElement e, int index, ConditionParser parser, FactCatalog facts, ExerciseCatalog exercises) {
        if (!e.isJsonObject()) {
            throw new CauseFileException("causes.json: cause #" + (index + 1) + " is not an object");
        }
        JsonObject o = e.getAsJsonObject();
        String id = text(o, "id", "causes.json: cause #" + (index + 1));
        String where = "causes.json: cause '" + id + "'";
        for (String key : o.keySet()) {
            if (!FIELDS.contains(key) && !key.startsWith("_")) {
                throw new CauseFileException(where + ": unknown field '" + key + "'");
            }
        }
        List<Clue> clues = new ArrayList<>();
        for (JsonElement c : array(o, "clues", where)) {
            clues.add(clue(c, where, parser, facts));
        }
        if (clues.stream().noneMatch(c -> c.weight() > 0)) {
            throw new CauseFileException(where + ": needs at least one clue with a positive weight, or it can never be shown");
        }
        List<CauseExercise> planned = new ArrayList<>();
        for (JsonElement x : array(o, "exercises", where)) {
            JsonObject xo = x.isJsonObject() ? x.getAsJsonObject() : new JsonObject();
            String exId = text(xo, "id", where + ": an exercise");
            if (exercises.find(exId).isEmpty()) {
                throw new CauseFileException(where + ": exercise '" + exId + "' is not in the exercise catalog");
            }
            planned.add(new CauseExercise(exId, text(xo, "why", where + ": exercise '" + exId + "'")));
        }
        List<Suspicion> holds = new ArrayList<>();
        if (o.has("holdsExercises")) {
            for (JsonElement s : array(o, "holdsExercises", where)) {
                holds.add(Suspicion.fromId(s.getAsString())
                        .orElseThrow(() -> new CauseFileException(where + ": unknown suspicion '" + s.getAsString() + "' in holdsExercises")));
            }
        }
        List<String> sources = new ArrayList<>();
        array(o, "sources", where).forEach(s -> sources.add(s.getAsString()));
        if (sources.isEmpty()) {
            throw new CauseFileException(where + ": needs at least one source");
        }
        String picture = o.has("picture") ? text(o, "picture", where) : null;
        Set<Region> regions = regions(o, where);
        return new Cause(id, text(o, "name", where), regions, picture, clues,
                optionalWhen(o, "needs", where, parser, facts), optionalWhen(o, "notWhen", where, parser, facts),
                text(o, "explanation", where), text(o, "helps", where), text(o, "concern", where), planned, holds, sources,
                regionTexts(o, where, regions, planned));
    }

    /**
     * The optional {@code "regionText"}: region id -> {explanation, helps, concern, sources, exercises}, each
     * part optional. A region the cause cannot be shown for, or a why for an exercise the cause does not
     * list, is refused: it could never be seen, so it is a slip in the file.
     */
    private static Map<Region, RegionText> regionTexts(JsonObject o, String where, Set<Region> regions, List<CauseExercise> planned) {
        if (!o.has("regionText")) {
            return Map.of();
        }
        if (!o.get("regionText").isJsonObject()) {
            throw new CauseFileException(where + ": \"regionText\" must be an object of region id -> texts");
        }
        Map<Region, RegionText> out = new java.util.EnumMap<>(Region.class);
        for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("regionText").entrySet()) {
            String at = where + ", regionText '" + e.getKey() + "'";
            Region region = Region.fromId(e.getKey())
                    .orElseThrow(() -> new CauseFileException(at + ": unknown region"));
            if (!regions.isEmpty() && !regions.contains(region)) {
                throw new CauseFileException(at + ": the cause is never shown for this region (see its \"regions\")");
            }
            if (!e.getValue().isJsonObject() || e.getValue().getAsJsonObject().size() == 0) {
                throw new CauseFileException(at + ": must be an object with at least one text");
            }
            JsonObject t = e.getValue().getAsJsonObject();
            for (String key : t.keySet()) {
                if (!REGION_TEXT_FIELDS.contains(key) && !key.startsWith("_")) {
                    throw new CauseFileException(at + ": unknown field '" + key + "'");
                }
            }
            List<String> sources = new ArrayList<>();
            if (t.has("sources")) {
                array(t, "sources", at).forEach(s -> sources.add(s.getAsString()));
                if (sources.isEmpty()) {
                    throw new CauseFileException(at + ": \"sources\" must not be empty; leave it out to use the general sources");
                }
            }
            Map<String, String> whys = new java.util.LinkedHashMap<>();
            if (t.has("exercises")) {
                for (JsonElement x : array(t, "exercises", at)) {
                    JsonObject xo = x.isJsonObject() ? x.getAsJsonObject() : new JsonObject();
                    String exId = text(xo, "id", at + ": an exercise");
                    if (planned.stream().noneMatch(p -> p.exerciseId().equals(exId))) {
                        throw new CauseFileException(at + ": exercise '" + exId + "' is not one of the cause's exercises");
                    }
                    whys.put(exId, text(xo, "why", at + ": exercise '" + exId + "'"));
                }
            }
            out.put(region, new RegionText(optionalText(t, "explanation", at), optionalText(t, "helps", at),
                    optionalText(t, "concern", at), sources, whys));
        }
        return out;
    }

    private static String optionalText(JsonObject o, String key, String where) {
        return o.has(key) ? text(o, key, where) : null;
    }

    private static Clue clue(JsonElement c, String where, ConditionParser parser, FactCatalog facts) {
        if (!c.isJsonObject() || !c.getAsJsonObject().has("when") || !c.getAsJsonObject().has("weight")) {
            throw new CauseFileException(where + ": each clue needs \"when\" and \"weight\", got " + c);
        }
        JsonObject o = c.getAsJsonObject();
        JsonElement w = o.get("weight");
        if (!w.isJsonPrimitive() || !w.getAsJsonPrimitive().isNumber() || w.getAsDouble() != Math.rint(w.getAsDouble())
                || w.getAsInt() == 0) {
            throw new CauseFileException(where + ": a clue's weight must be a whole number other than 0, got " + w);
        }
        return new Clue(when(o.get("when"), where, parser, facts), w.getAsInt());
    }

    /** A condition of a clue, or of {@code needs} / {@code notWhen}: the rules' language plus atMost. */
    private static Clue.When when(JsonElement when, String where, ConditionParser parser, FactCatalog facts) {
        try {
            if (when.isJsonObject() && when.getAsJsonObject().size() == 1 && when.getAsJsonObject().has("atMost")) {
                return atMost(when.getAsJsonObject().get("atMost"), facts);
            }
            return new Clue.Rule(parser.parse(when));
        } catch (RuleFileException ex) {
            throw new CauseFileException(where + ": " + ex.getMessage(), ex);
        }
    }

    /** The optional condition {@code key} of a cause, or null when it has none. */
    private static Clue.When optionalWhen(JsonObject o, String key, String where, ConditionParser parser, FactCatalog facts) {
        return o.has(key) ? when(o.get(key), where + " (" + key + ")", parser, facts) : null;
    }

    private static Clue.AtMost atMost(JsonElement arg, FactCatalog facts) {
        if (!arg.isJsonObject() || arg.getAsJsonObject().size() != 1) {
            throw new RuleFileException("\"atMost\" needs exactly one {\"fact\": number} pair, got " + arg);
        }
        Map.Entry<String, JsonElement> pair = arg.getAsJsonObject().entrySet().iterator().next();
        FactDefinition def = facts.find(pair.getKey())
                .orElseThrow(() -> new RuleFileException("names unknown fact '" + pair.getKey() + "'"));
        if (def.type() != FactType.NUMBER || !pair.getValue().isJsonPrimitive() || !pair.getValue().getAsJsonPrimitive().isNumber()) {
            throw new RuleFileException("\"atMost\" needs a number fact and a number, got " + arg);
        }
        return new Clue.AtMost(def.id(), pair.getValue().getAsDouble());
    }

    private static Set<Region> regions(JsonObject o, String where) {
        JsonElement r = o.get("regions");
        if (r != null && r.isJsonPrimitive() && "any".equals(r.getAsString())) {
            return Set.of();
        }
        Set<Region> out = EnumSet.noneOf(Region.class);
        for (JsonElement e : array(o, "regions", where)) {
            out.add(Region.fromId(e.getAsString())
                    .orElseThrow(() -> new CauseFileException(where + ": unknown region '" + e.getAsString() + "'")));
        }
        if (out.isEmpty()) {
            throw new CauseFileException(where + ": \"regions\" must be \"any\" or a non-empty list");
        }
        return out;
    }

    private static JsonArray array(JsonObject o, String key, String where) {
        if (!o.has(key) || !o.get(key).isJsonArray()) {
            throw new CauseFileException(where + ": \"" + key + "\" must be a list");
        }
        return o.getAsJsonArray(key);
    }

    private static String text(JsonObject o, String key, String where) {
        JsonElement v = o.get(key);
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString() || v.getAsString().isBlank()) {
            throw new CauseFileException(where + ": \"" + key + "\" must be a non-empty text");
        }
        return v.getAsString();
    }
}
