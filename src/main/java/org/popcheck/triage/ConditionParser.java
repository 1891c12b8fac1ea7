package org.popcheck.triage;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;

/**
 * Reads the "when" of a rule into a {@link Condition}, checking every fact against the question
 * catalog. The language is described in assets/triage/README.md. Public because the causes
 * (assets/causes/causes.json) use the same language; a bad condition throws {@link RuleFileException}.
 */
public final class ConditionParser {

    private final FactCatalog catalog;

    public ConditionParser(FactCatalog catalog) {
        this.catalog = catalog;
    }

    public Condition parse(JsonElement e) {
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
        if (arg != null && arg.isJsonObject()) {
            var window = arg.getAsJsonObject();
            if (window.size() != 1 || !window.has("withinDays") || !window.get("withinDays").isJsonPrimitive()
                    || !window.get("withinDays").getAsJsonPrimitive().isNumber()) {
                throw new RuleFileException("\"injury\" as an object takes only \"withinDays\": a whole number of days");
            }
            double days = window.get("withinDays").getAsDouble();
            if (days != Math.rint(days) || days < 0 || days > 36500) {
                throw new RuleFileException("\"injury\" withinDays must be a whole number of days from 0 to 36500, not " + days);
            }
            return new Condition.Injury((int) days);
        }
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
