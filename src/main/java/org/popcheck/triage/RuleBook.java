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
import java.util.Map;
import java.util.Set;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;
import org.popcheck.body.Region;

/**
 * The rules of assets/triage/rules.json, checked when they load: unique ids, known levels and regions,
 * and every fact named exists in the question catalog with the type the condition needs.
 * Rules are kept most urgent first (file order within a level), which lets the engine stop early.
 */
public final class RuleBook {

    public static final String RESOURCE = "/assets/triage/rules.json";

    private static final Set<String> RULE_FIELDS = Set.of("id", "level", "regions", "when", "text", "source");

    private final List<Rule> rules;

    private RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleBook standard() {
        InputStream in = RuleBook.class.getResourceAsStream(RESOURCE);
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
        if (!o.has("when")) {
            throw new RuleFileException(where + ": missing \"when\"");
        }
        Condition when;
        try {
            when = parser.parse(o.get("when"));
        } catch (RuleFileException ex) {
            throw new RuleFileException(where + ": " + ex.getMessage(), ex);
        }
        return new Rule(id, level, regions, when, text(o, "text", where), text(o, "source", where));
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

    /** Checks the parser needs; kept here so the error texts stay in one place. */
    static final class ConditionParser {
        private final FactCatalog catalog;

        ConditionParser(FactCatalog catalog) {
            this.catalog = catalog;
        }

        Condition parse(JsonElement e) {
            if (!e.isJsonObject() || e.getAsJsonObject().size() != 1) {
                throw new RuleFileException("each condition must be an object with exactly one operator, got " + e);
            }
            Map.Entry<String, JsonElement> op = e.getAsJsonObject().entrySet().iterator().next();
            JsonElement arg = op.getValue();
            return switch (op.getKey()) {
                case "yes" -> new Condition.Yes(fact(string(arg, "yes"), FactType.YESNO).id());
                case "atLeast" -> number(arg, "atLeast", false);
                case "moreThan" -> number(arg, "moreThan", true);
                case "is" -> is(arg);
                case "age" -> age(arg);
                case "injury" -> injury(arg);
                case "all" -> new Condition.All(list(arg, "all"));
                case "any" -> new Condition.Any(list(arg, "any"));
                default -> throw new RuleFileException("unknown operator '" + op.getKey()
                        + "' (expected yes, atLeast, moreThan, is, age, injury, all or any)");
            };
        }

        private List<Condition> list(JsonElement arg, String op) {
            if (!arg.isJsonArray() || arg.getAsJsonArray().isEmpty()) {
                throw new RuleFileException("\"" + op + "\" needs a non-empty list of conditions");
            }
            List<Condition> parts = new ArrayList<>();
            arg.getAsJsonArray().forEach(p -> parts.add(parse(p)));
            return parts;
        }

        private Condition number(JsonElement arg, String op, boolean strict) {
            Map.Entry<String, JsonElement> pair = single(arg, op);
            FactDefinition def = fact(pair.getKey(), FactType.NUMBER);
            if (!pair.getValue().isJsonPrimitive() || !pair.getValue().getAsJsonPrimitive().isNumber()) {
                throw new RuleFileException("\"" + op + "\" for '" + def.id() + "' needs a number");
            }
            return new Condition.NumberAtLeast(def.id(), pair.getValue().getAsDouble(), strict);
        }

        private Condition is(JsonElement arg) {
            Map.Entry<String, JsonElement> pair = single(arg, "is");
            FactDefinition def = catalog.find(pair.getKey())
                    .orElseThrow(() -> new RuleFileException("names unknown fact '" + pair.getKey() + "'"));
            if (def.type() != FactType.CHOICE && def.type() != FactType.MULTI) {
                throw new RuleFileException("\"is\" needs a choice fact, but '" + def.id() + "' is " + def.type().name().toLowerCase());
            }
            String option = string(pair.getValue(), "is");
            if (!def.options().contains(option)) {
                throw new RuleFileException("'" + option + "' is not an option of '" + def.id() + "' (expected one of " + def.options() + ")");
            }
            return new Condition.Is(def.id(), option);
        }

        private Condition age(JsonElement arg) {
            if (!arg.isJsonObject() || arg.getAsJsonObject().isEmpty()) {
                throw new RuleFileException("\"age\" needs {\"min\": n} and/or {\"max\": n}");
            }
            Integer min = null;
            Integer max = null;
            for (Map.Entry<String, JsonElement> bound : arg.getAsJsonObject().entrySet()) {
                JsonElement v = bound.getValue();
                if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
                    throw new RuleFileException("\"age\" bound '" + bound.getKey() + "' needs a whole number");
                }
                switch (bound.getKey()) {
                    case "min" -> min = v.getAsInt();
                    case "max" -> max = v.getAsInt();
                    default -> throw new RuleFileException("\"age\" knows only min and max, not '" + bound.getKey() + "'");
                }
            }
            if (min != null && max != null && min > max) {
                throw new RuleFileException("\"age\" min " + min + " is above max " + max);
            }
            return new Condition.Age(min, max);
        }

        private Condition injury(JsonElement arg) {
            String kind = string(arg, "injury");
            return switch (kind) {
                case "any" -> new Condition.Injury(false);
                case "recent" -> new Condition.Injury(true);
                default -> throw new RuleFileException("\"injury\" must be \"any\" or \"recent\", not '" + kind + "'");
            };
        }

        private FactDefinition fact(String id, FactType type) {
            FactDefinition def = catalog.find(id).orElseThrow(() -> new RuleFileException("names unknown fact '" + id + "'"));
            if (def.type() != type) {
                throw new RuleFileException("fact '" + id + "' is " + def.type().name().toLowerCase()
                        + ", but the condition needs " + type.name().toLowerCase());
            }
            return def;
        }

        private static Map.Entry<String, JsonElement> single(JsonElement arg, String op) {
            if (!arg.isJsonObject() || arg.getAsJsonObject().size() != 1) {
                throw new RuleFileException("\"" + op + "\" needs exactly one {\"fact\": value} pair, got " + arg);
            }
            return arg.getAsJsonObject().entrySet().iterator().next();
        }

        private static String string(JsonElement arg, String op) {
            if (!arg.isJsonPrimitive() || !arg.getAsJsonPrimitive().isString()) {
                throw new RuleFileException("\"" + op + "\" needs a text value, got " + arg);
            }
            return arg.getAsString();
        }
    }
}
