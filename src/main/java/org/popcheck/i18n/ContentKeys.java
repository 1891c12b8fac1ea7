package org.popcheck.i18n;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The translatable texts of a content file as flat key -> text, by the same rules as
 * tools/i18n/content_keys.py (a test compares the two): walk the JSON from the top; an object member
 * adds its name; a list element adds its string {@code "id"} when it has one, else its index; members
 * whose name starts with "_" are skipped. A string leaf is translatable when the name of the nearest
 * object member above it is in the file's text fields ("*" = every string leaf).
 */
public final class ContentKeys {

    /** Content file (as in the python tool, without a leading slash) -> its text fields. Keep both in step. */
    public static final Map<String, Set<String>> TEXT = Map.of(
            "assets/assessment/facts.json", Set.of("question", "sign"),
            "assets/causes/causes.json", Set.of("name", "explanation", "helps", "concern", "why"),
            "assets/exercises/catalog.json", Set.of("name", "purpose", "equipment", "steps", "tips", "mistake",
                    "stopIf", "text", "say", "frequencyText"),
            "assets/exercises/stop.json", Set.of("signs", "text", "reassurance"),
            "assets/triage/advice.json", Set.of("*"),
            "assets/triage/rules.json", Set.of("text"),
            "assets/triage/watch.json", Set.of("*"));

    /**
     * Members that hold data, never text, even in a file whose every string is text ("*"): watch.json's
     * forRegions lists region ids, which a translation (or the pseudo-locale) must not touch.
     */
    static final Set<String> DATA = Set.of("forRegions");

    private ContentKeys() {}

    /** The texts of {@code root} under {@code fields}, in file order. */
    public static Map<String, String> keys(JsonElement root, Set<String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        walk(root, fields, "", null, (key, leaf) -> out.put(key, leaf));
        return out;
    }

    /** Replaces, in {@code root} itself, every translatable leaf that {@code texts} has a key for. */
    public static void replace(JsonElement root, Set<String> fields, Map<String, String> texts) {
        walk(root, fields, "", null, new Visitor() {
            @Override
            public void leaf(String key, String text) {}

            @Override
            public String replacement(String key) {
                return texts.get(key);
            }
        });
    }

    private interface Visitor {
        void leaf(String key, String text);

        /** The text to put in place of the leaf at {@code key}, or null to keep it. */
        default String replacement(String key) {
            return null;
        }
    }

    private static void walk(JsonElement node, Set<String> fields, String path, String member, Visitor v) {
        if (node.isJsonObject()) {
            JsonObject o = node.getAsJsonObject();
            for (String name : List.copyOf(o.keySet())) {
                if (name.startsWith("_") || DATA.contains(name)) {
                    continue;
                }
                JsonElement child = o.get(name);
                String key = join(path, name);
                if (isText(child, fields, name)) {
                    v.leaf(key, child.getAsString());
                    String t = v.replacement(key);
                    if (t != null) {
                        o.addProperty(name, t);
                    }
                } else {
                    walk(child, fields, key, name, v);
                }
            }
        } else if (node.isJsonArray()) {
            JsonArray a = node.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                JsonElement child = a.get(i);
                String key = join(path, segment(child, i));
                if (isText(child, fields, member)) {
                    v.leaf(key, child.getAsString());
                    String t = v.replacement(key);
                    if (t != null) {
                        a.set(i, new com.google.gson.JsonPrimitive(t));
                    }
                } else {
                    walk(child, fields, key, member, v);
                }
            }
        }
    }

    private static String segment(JsonElement element, int index) {
        if (element.isJsonObject()) {
            JsonElement id = element.getAsJsonObject().get("id");
            if (id != null && id.isJsonPrimitive() && id.getAsJsonPrimitive().isString()) {
                return id.getAsString();
            }
        }
        return Integer.toString(index);
    }

    private static boolean isText(JsonElement e, Set<String> fields, String member) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
                && (fields.contains("*") || (member != null && fields.contains(member)));
    }

    private static String join(String path, String segment) {
        return path.isEmpty() ? segment : path + "." + segment;
    }
}
