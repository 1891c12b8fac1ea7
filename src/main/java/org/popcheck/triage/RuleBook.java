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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.Region;

/**
 * The rules of assets/triage/rules.json, checked when they load: unique ids, known levels and regions,
 * and every fact named exists in the question catalog with the type the condition needs.
 * Rules are kept most urgent first (file order within a level), which lets the engine stop early.
 */
public final class RuleBook {

    public static final String RESOURCE = "/assets/triage/rules.json";

    /** "note" is for the clinician reviewing the file (why a rule is wider than the spec); the app never shows it. */
    private static final Set<String> RULE_FIELDS = Set.of("id", "level", "regions", "suspects", "when", "text", "source", "note");

    private final List<Rule> rules;

    private RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleBook standard() {
        InputStream in = org.popcheck.i18n.ContentOverlay.open(RESOURCE);
        if (in == null) {
            throw new RuleFileException("The triage rules " + RESOURCE + " are missing from the application");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(reader, FactCatalog.standard());
        } catch (IOException e) {
            throw new RuleFileException("Cannot read the triage rules " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public static RuleBook load(Reader reader, FactCatalog catalog) {
        JsonElement root;
        try {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new RuleFileException("rules.json is not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("rules") || !root.getAsJsonObject().get("rules").isJsonArray()) {
            throw new RuleFileException("rules.json: expected an object with a \"rules\" list");
        }
        ConditionParser parser = new ConditionParser(catalog);
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonElement e : root.getAsJsonObject().getAsJsonArray("rules")) {
            Rule rule = parseRule(e, index++, parser);
            if (!ids.add(rule.id())) {
                throw new RuleFileException("rules.json: rule id '" + rule.id() + "' is used twice");
            }
            rules.add(rule);
        }
        if (rules.isEmpty()) {
            throw new RuleFileException("rules.json: the rule list is empty");
        }
        // Stable sort: file order is kept within one level.
        rules.sort(Comparator.comparing(Rule::level));
        return new RuleBook(rules);
    }

    private static Rule parseRule(JsonElement e, int index, ConditionParser parser) {
        String where = "rules.json: rule #" + (index + 1);
        if (!e.isJsonObject()) {
            throw new RuleFileException(where + " is not an object");
        }
        JsonObject o = e.getAsJsonObject();
        String id = text(o, "id", where);
        where = "rules.json: rule '" + id + "'";
        for (String key : o.keySet()) {
            if (!RULE_FIELDS.contains(key)) {
                throw new RuleFileException(where + ": unknown field '" + key + "'");
            }
        }
        String levelId = text(o, "level", where);
        Level level = Level.fromId(levelId)
                .orElseThrow(() -> new RuleFileException(where(id) + ": unknown level '" + levelId + "'"));
        Set<Region> regions = regions(o, where);
        String suspectsId = text(o, "suspects", where);
        Suspicion suspects = Suspicion.fromId(suspectsId)
                .orElseThrow(() -> new RuleFileException(where(id) + ": unknown \"suspects\" '" + suspectsId + "' (expected one of "
                        + java.util.Arrays.stream(Suspicion.values()).map(Suspicion::id).toList() + ")"));
        if (!o.has("when")) {
            throw new RuleFileException(where + ": missing \"when\"");
        }
        Condition when;
        try {
            when = parser.parse(o.get("when"));
        } catch (RuleFileException ex) {
            throw new RuleFileException(where + ": " + ex.getMessage(), ex);
        }
        if (o.has("note")) {
            text(o, "note", where); // read only to refuse a note that is not a sentence
        }
        return new Rule(id, level, regions, suspects, when, text(o, "text", where), text(o, "source", where));
    }

    private static String where(String id) {
        return "rules.json: rule '" + id + "'";
    }

    private static Set<Region> regions(JsonObject o, String where) {
        JsonElement e = o.get("regions");
        if (e == null) {
            throw new RuleFileException(where + ": missing \"regions\" (\"any\" or a list of regions)");
        }
        if (e.isJsonPrimitive() && "any".equals(e.getAsString())) {
            return Set.of();
        }
        if (!e.isJsonArray() || e.getAsJsonArray().isEmpty()) {
            throw new RuleFileException(where + ": \"regions\" must be \"any\" or a non-empty list of regions");
        }
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (JsonElement r : e.getAsJsonArray()) {
            String id = r.isJsonPrimitive() ? r.getAsString() : r.toString();
            regions.add(Region.fromId(id).orElseThrow(() -> new RuleFileException(where + ": unknown region '" + id + "'")));
        }
        return regions;
    }

    private static String text(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
            throw new RuleFileException(where + ": missing or empty \"" + key + "\"");
        }
        return e.getAsString();
    }

    /** All rules, most urgent first. */
    public List<Rule> rules() {
        return rules;
    }

    public List<String> ids() {
        return rules.stream().map(Rule::id).toList();
    }
}
