package org.popcheck.triage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;

/**
 * The words the engine hands out, kept as data: advice per level (assets/triage/advice.json) and one
 * watch-for sentence per warning sign (assets/triage/watch.json). Both are checked when they load.
 */
public final class TriageTexts {

    public static final String ADVICE = "/assets/triage/advice.json";
    public static final String WATCH = "/assets/triage/watch.json";
    static final String NUMBER_SLOT = "{number}";

    private final Map<Level, String> advice;
    private final Map<Level, String> withoutExercises;
    private final Map<Level, String> afterInjury;
    private final Map<Level, String> healingInjury;
    private final Map<String, String> watch;
    private final Map<String, Integer> fromAge;
    private final Map<String, java.util.Set<org.popcheck.body.Region>> forRegions;

    TriageTexts(Map<Level, String> advice, Map<Level, String> withoutExercises, Map<Level, String> afterInjury,
                Map<String, String> watch, Map<String, Integer> fromAge) {
        this(advice, withoutExercises, afterInjury, watch, fromAge, Map.of());
    }

    TriageTexts(Map<Level, String> advice, Map<Level, String> withoutExercises, Map<Level, String> afterInjury,
                Map<String, String> watch, Map<String, Integer> fromAge, Map<String, java.util.Set<org.popcheck.body.Region>> forRegions) {
        this(advice, withoutExercises, afterInjury, Map.of(), watch, fromAge, forRegions);
    }

    TriageTexts(Map<Level, String> advice, Map<Level, String> withoutExercises, Map<Level, String> afterInjury,
                Map<Level, String> healingInjury, Map<String, String> watch, Map<String, Integer> fromAge,
                Map<String, java.util.Set<org.popcheck.body.Region>> forRegions) {
        this.healingInjury = healingInjury.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(healingInjury));
        this.fromAge = Map.copyOf(fromAge);
        this.forRegions = Map.copyOf(forRegions);
        this.advice = Collections.unmodifiableMap(new EnumMap<>(advice));
        this.withoutExercises = withoutExercises.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(withoutExercises));
        this.afterInjury = afterInjury.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(afterInjury));
        this.watch = Collections.unmodifiableMap(new LinkedHashMap<>(watch));
    }

    public static TriageTexts standard() {
        return load(open(ADVICE), open(WATCH), FactCatalog.standard());
    }

    static TriageTexts load(Reader adviceJson, Reader watchJson, FactCatalog catalog) {
        Map<Level, String> advice = new EnumMap<>(Level.class);
        JsonObject adviceFile = root(adviceJson, "advice.json");
        Map<Level, String> withoutExercises = variant(adviceFile, "withoutExercises");
        Map<Level, String> afterInjury = variant(adviceFile, "afterInjury");
        Map<Level, String> healingInjury = variant(adviceFile, "healingInjury");
        for (Map.Entry<String, JsonElement> e : section(adviceFile, "advice", "advice.json").entrySet()) {
            Level level = Level.fromId(e.getKey())
                    .orElseThrow(() -> new RuleFileException("advice.json: unknown level '" + e.getKey() + "'"));
            advice.put(level, e.getValue().getAsString());
        }
        for (Level level : Level.values()) {
            String text = advice.get(level);
            if (text == null || text.isBlank()) {
                throw new RuleFileException("advice.json: no advice for level '" + level.id() + "'");
            }
            boolean emergency = level == Level.EMERGENCY_AMBULANCE || level == Level.EMERGENCY;
            if (emergency && !text.contains(NUMBER_SLOT)) {
                throw new RuleFileException("advice.json: the advice for '" + level.id() + "' must name the emergency number as " + NUMBER_SLOT);
            }
        }
        Map<String, String> watch = new LinkedHashMap<>();
        JsonObject watchFile = root(watchJson, "watch.json");
        for (Map.Entry<String, JsonElement> e : section(watchFile, "watch", "watch.json").entrySet()) {
            FactDefinition def = catalog.find(e.getKey())
                    .orElseThrow(() -> new RuleFileException("watch.json: unknown fact '" + e.getKey() + "'"));
            if (def.type() != FactType.YESNO) {
                throw new RuleFileException("watch.json: '" + def.id() + "' is not a yes/no fact");
            }
            watch.put(def.id(), e.getValue().getAsString());
        }
        return new TriageTexts(advice, withoutExercises, afterInjury, healingInjury, watch, fromAge(watchFile, watch), forRegions(watchFile, watch));
    }

    /** A variant of the advice for some levels that allow exercises (withoutExercises, afterInjury). */
    private static Map<Level, String> variant(JsonObject adviceFile, String name) {
        Map<Level, String> out = new EnumMap<>(Level.class);
        if (adviceFile.has(name) && adviceFile.get(name).isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : adviceFile.getAsJsonObject(name).entrySet()) {
                Level level = Level.fromId(e.getKey()).filter(Level::allowsExercises)
                        .orElseThrow(() -> new RuleFileException("advice.json: " + name + " names '" + e.getKey()
                                + "', not a level that allows exercises"));
                String text = e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : "";
                if (text.isBlank()) {
                    throw new RuleFileException("advice.json: " + name + " has no words for '" + e.getKey() + "'");
                }
                out.put(level, text);
            }
        }
        return out;
    }

    /** watch.json's optional {@code fromAge}: a watched sign, and the youngest age in whole years it applies to. */
    private static Map<String, Integer> fromAge(JsonObject watchFile, Map<String, String> watch) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (!watchFile.has("fromAge")) {
            return out;
        }
        for (Map.Entry<String, JsonElement> e : section(watchFile, "fromAge", "watch.json").entrySet()) {
            if (!watch.containsKey(e.getKey())) {
                throw new RuleFileException("watch.json: fromAge names '" + e.getKey() + "', which has no watch sentence");
            }
            JsonElement v = e.getValue();
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() || v.getAsDouble() != Math.rint(v.getAsDouble())
                    || v.getAsInt() < 1 || v.getAsInt() > 130) {
                throw new RuleFileException("watch.json: fromAge of '" + e.getKey() + "' must be a whole number of years from 1 to 130, got " + v);
            }
            out.put(e.getKey(), v.getAsInt());
        }
        return out;
    }

    /**
     * watch.json's optional {@code forRegions}: a watched sign asked in every check (for safety) whose
     * sentence is about one part of the body, and the regions whose watch list names it: pain shooting
     * down an arm is asked after an ankle too, but is not the ankle's to watch for.
     */
    private static Map<String, java.util.Set<org.popcheck.body.Region>> forRegions(JsonObject watchFile, Map<String, String> watch) {
        Map<String, java.util.Set<org.popcheck.body.Region>> out = new LinkedHashMap<>();
        if (!watchFile.has("forRegions")) {
            return out;
        }
        for (Map.Entry<String, JsonElement> e : section(watchFile, "forRegions", "watch.json").entrySet()) {
            if (!watch.containsKey(e.getKey())) {
                throw new RuleFileException("watch.json: forRegions names '" + e.getKey() + "', which has no watch sentence");
            }
            if (!e.getValue().isJsonArray() || e.getValue().getAsJsonArray().isEmpty()) {
                throw new RuleFileException("watch.json: forRegions of '" + e.getKey() + "' must be a list of regions");
            }
            java.util.Set<org.popcheck.body.Region> regions = java.util.EnumSet.noneOf(org.popcheck.body.Region.class);
            for (JsonElement id : e.getValue().getAsJsonArray()) {
                String name = id.isJsonPrimitive() ? id.getAsString() : String.valueOf(id);
                regions.add(org.popcheck.body.Region.fromId(name).orElseThrow(() -> new RuleFileException(
                        "watch.json: forRegions of '" + e.getKey() + "' names '" + name + "', which is not a region")));
            }
            out.put(e.getKey(), regions);
        }
        return out;
    }

    /** What to do now at this level, with the emergency number filled in. */
    public String advice(Level level, String emergencyNumber) {
        return advice.get(level).replace(NUMBER_SLOT, emergencyNumber);
    }

    /**
     * The same, when a rule that fired withholds exercises: the words then never suggest them
     * (advice.json's {@code withoutExercises}, else the level's own advice).
     */
    public String advice(Level level, String emergencyNumber, boolean exercisesWithheld) {
        return advice(level, emergencyNumber, exercisesWithheld, false);
    }

    /**
     * The same, and after a recent injury ({@link RecentInjury}) the words of advice.json's
     * {@code afterInjury} for the level, which speak of the injury and its care rather than of a
     * harmless noise. Withheld exercises come first: those words never suggest exercising.
     */
    public String advice(Level level, String emergencyNumber, boolean exercisesWithheld, boolean recentInjury) {
        return advice(level, emergencyNumber, exercisesWithheld, recentInjury, true);
    }

    /**
     * The same, and past the first few days of a recent injury ({@code earlyDays} false, see
     * {@link RecentInjury#early}) the words of advice.json's {@code healingInjury}, which never speak of
     * "the first few days"; the level's own advice when there are none.
     */
    public String advice(Level level, String emergencyNumber, boolean exercisesWithheld, boolean recentInjury, boolean earlyDays) {
        String text = exercisesWithheld ? withoutExercises.getOrDefault(level, advice.get(level))
                : !recentInjury ? advice.get(level)
                : earlyDays ? afterInjury.getOrDefault(level, advice.get(level))
                : healingInjury.getOrDefault(level, advice.get(level));
        return text.replace(NUMBER_SLOT, emergencyNumber);
    }

    /**
     * True when the watched sign can apply to a person of this age in whole years: a baby has no
     * sexual function to lose and no bladder control to notice changing (watch.json's {@code fromAge}).
     */
    public boolean watchApplies(String fact, int age) {
        return age >= fromAge.getOrDefault(fact, 0);
    }

    /**
     * True when the watched sign belongs on the watch list of a check of these regions: any of them
     * is among the sign's {@code forRegions} in watch.json, or the sign has none (it follows the
     * regions its question is asked for).
     */
    public boolean watchFits(String fact, java.util.Set<org.popcheck.body.Region> regions) {
        java.util.Set<org.popcheck.body.Region> only = forRegions.get(fact);
        return only == null || regions.stream().anyMatch(only::contains);
    }

    /** The warning signs the engine may list under watch-for, with their sentences, in file order. */
    public Map<String, String> watchSentences() {
        return watch;
    }

    private static Reader open(String resource) {
        InputStream in = org.popcheck.i18n.ContentOverlay.open(resource);
        if (in == null) {
            throw new RuleFileException(resource + " is missing from the application");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static JsonObject section(Reader reader, String key, String file) {
        return section(root(reader, file), key, file);
    }

    private static JsonObject section(JsonObject root, String key, String file) {
        if (!root.has(key) || !root.get(key).isJsonObject()) {
            throw new RuleFileException(file + ": expected an object with a \"" + key + "\" object");
        }
        return root.getAsJsonObject(key);
    }

    private static JsonObject root(Reader reader, String file) {
        try (reader) {
            JsonElement root = JsonParser.parseReader(reader);
            if (!root.isJsonObject()) {
                throw new RuleFileException(file + ": expected a JSON object");
            }
            return root.getAsJsonObject();
        } catch (IOException | JsonParseException e) {
            throw new RuleFileException(file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
