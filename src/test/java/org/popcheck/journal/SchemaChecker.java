package org.popcheck.journal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A focused JSON Schema (2020-12) checker for the keywords journal.schema.json uses: type, enum,
 * required, properties, additionalProperties, propertyNames, items, minItems, minimum, maximum,
 * minLength, maxLength, pattern, format date-time and local $ref. An unknown keyword fails loudly,
 * so the schema cannot silently outgrow the checker. Written instead of adding a validator library
 * (those pull in Jackson or a second JSON stack) for one test.
 */
final class SchemaChecker {

    private static final List<String> KNOWN = List.of("$schema", "$id", "title", "description", "$defs", "type", "enum",
            "required", "properties", "additionalProperties", "propertyNames", "items", "minItems", "minimum", "maximum",
            "minLength", "maxLength", "pattern", "format", "$ref");

    private final JsonObject root;

    SchemaChecker(JsonObject root) {
        this.root = root;
    }

    /** Every place where {@code value} breaks the schema; empty when it fits. */
    List<String> check(JsonElement value) {
        List<String> errors = new ArrayList<>();
        check(root, value, "$", errors);
        return errors;
    }

    private void check(JsonObject schema, JsonElement v, String path, List<String> errors) {
        for (String k : schema.keySet()) {
            if (!KNOWN.contains(k)) {
                throw new IllegalArgumentException("schema keyword not supported by the checker: " + k);
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").getAsString();
            String name = ref.substring("#/$defs/".length());
            check(root.getAsJsonObject("$defs").getAsJsonObject(name), v, path, errors);
        }
        if (schema.has("type") && !typeFits(schema.get("type"), v)) {
            errors.add(path + ": expected " + schema.get("type") + ", found " + v);
            return;
        }
        if (schema.has("enum") && !schema.getAsJsonArray("enum").contains(v)) {
            errors.add(path + ": " + v + " is not one of " + schema.get("enum"));
        }
        if (v.isJsonObject()) {
            JsonObject o = v.getAsJsonObject();
            if (schema.has("required")) {
                for (JsonElement r : schema.getAsJsonArray("required")) {
                    if (!o.has(r.getAsString())) {
                        errors.add(path + ": missing " + r.getAsString());
                    }
                }
            }
            JsonObject props = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                String p = path + "." + e.getKey();
                if (schema.has("propertyNames")) {
                    check(schema.getAsJsonObject("propertyNames"), new JsonPrimitive(e.getKey()), p + "(name)", errors);
                }
                if (props.has(e.getKey())) {
                    check(props.getAsJsonObject(e.getKey()), e.getValue(), p, errors);
                } else if (schema.has("additionalProperties")) {
                    JsonElement extra = schema.get("additionalProperties");
                    if (extra.isJsonPrimitive() && !extra.getAsBoolean()) {
                        errors.add(p + ": not allowed here");
                    } else if (extra.isJsonObject()) {
                        check(extra.getAsJsonObject(), e.getValue(), p, errors);
                    }
                }
            }
        }
        if (v.isJsonArray()) {
            JsonArray a = v.getAsJsonArray();
            if (schema.has("minItems") && a.size() < schema.get("minItems").getAsInt()) {
                errors.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < a.size(); i++) {
                    check(schema.getAsJsonObject("items"), a.get(i), path + "[" + i + "]", errors);
                }
            }
        }
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
            double d = v.getAsDouble();
            if (schema.has("minimum") && d < schema.get("minimum").getAsDouble()) {
                errors.add(path + ": " + d + " is below " + schema.get("minimum"));
            }
            if (schema.has("maximum") && d > schema.get("maximum").getAsDouble()) {
                errors.add(path + ": " + d + " is above " + schema.get("maximum"));
            }
        }
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
            String s = v.getAsString();
            int length = s.codePointCount(0, s.length());
            if (schema.has("minLength") && length < schema.get("minLength").getAsInt()) {
                errors.add(path + ": shorter than " + schema.get("minLength"));
            }
            if (schema.has("maxLength") && length > schema.get("maxLength").getAsInt()) {
                errors.add(path + ": longer than " + schema.get("maxLength"));
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").getAsString()).matcher(s).find()) {
                errors.add(path + ": does not match " + schema.get("pattern"));
            }
            if (schema.has("format") && schema.get("format").getAsString().equals("date-time")) {
                try {
                    OffsetDateTime.parse(s);
                } catch (DateTimeParseException e) {
                    errors.add(path + ": not a date-time: " + s);
                }
            }
        }
    }

    private static boolean typeFits(JsonElement type, JsonElement v) {
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (typeFits(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.getAsString()) {
            case "object" -> v.isJsonObject();
            case "array" -> v.isJsonArray();
            case "string" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isString();
            case "boolean" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean();
            case "number" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber();
            case "integer" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
                    && v.getAsDouble() == Math.rint(v.getAsDouble());
            case "null" -> v.isJsonNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
