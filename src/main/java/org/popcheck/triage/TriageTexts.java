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
    private final Map<String, String> watch;

    TriageTexts(Map<Level, String> advice, Map<String, String> watch) {
        this.advice = Collections.unmodifiableMap(new EnumMap<>(advice));
        this.watch = Collections.unmodifiableMap(new LinkedHashMap<>(watch));
    }

    public static TriageTexts standard() {
        return load(open(ADVICE), open(WATCH), FactCatalog.standard());
    }

    static TriageTexts load(Reader adviceJson, Reader watchJson, FactCatalog catalog) {
        Map<Level, String> advice = new EnumMap<>(Level.class);
        for (Map.Entry<String, JsonElement> e : section(adviceJson, "advice", "advice.json").entrySet()) {
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
        for (Map.Entry<String, JsonElement> e : section(watchJson, "watch", "watch.json").entrySet()) {
            FactDefinition def = catalog.find(e.getKey())
                    .orElseThrow(() -> new RuleFileException("watch.json: unknown fact '" + e.getKey() + "'"));
            if (def.type() != FactType.YESNO) {
                throw new RuleFileException("watch.json: '" + def.id() + "' is not a yes/no fact");
            }
            watch.put(def.id(), e.getValue().getAsString());
        }
        return new TriageTexts(advice, watch);
    }

    /** What to do now at this level, with the emergency number filled in. */
    public String advice(Level level, String emergencyNumber) {
        return advice.get(level).replace(NUMBER_SLOT, emergencyNumber);
    }

    /** The warning signs the engine may list under watch-for, with their sentences, in file order. */
    public Map<String, String> watchSentences() {
        return watch;
    }

    private static Reader open(String resource) {
        InputStream in = TriageTexts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new RuleFileException(resource + " is missing from the application");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static JsonObject section(Reader reader, String key, String file) {
        try (reader) {
            JsonElement root = JsonParser.parseReader(reader);
            if (!root.isJsonObject() || !root.getAsJsonObject().has(key) || !root.getAsJsonObject().get(key).isJsonObject()) {
                throw new RuleFileException(file + ": expected an object with a \"" + key + "\" object");
            }
            return root.getAsJsonObject().getAsJsonObject(key);
        } catch (IOException | JsonParseException e) {
            throw new RuleFileException(file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
