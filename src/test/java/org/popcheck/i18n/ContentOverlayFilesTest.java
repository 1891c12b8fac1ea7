package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks every translation overlay beside a content file (assets/dir/name.LANG.json): a JSON object of
 * non-empty strings, only keys the English file has, and every {placeholder} of the English text kept.
 * Completeness (no key missing) is checked by the loader's own test, not here.
 * The key rules are those of tools/i18n/content_keys.py, re-derived so the check needs no Python.
 */
class ContentOverlayFilesTest {

    /** The translatable members of each content file, as in content_keys.py's TEXT ("*" = every string). */
    private static final Map<String, Set<String>> TEXT = Map.of(
            "assets/assessment/facts.json", Set.of("question", "sign"),
            "assets/causes/causes.json", Set.of("name", "explanation", "helps", "concern", "why"),
            "assets/exercises/catalog.json", Set.of("name", "purpose", "equipment", "steps", "tips", "mistake",
                    "stopIf", "text", "say", "frequencyText"),
            "assets/exercises/stop.json", Set.of("signs", "reassurance"),
            "assets/triage/advice.json", Set.of("*"),
            "assets/triage/rules.json", Set.of("text"),
            "assets/triage/watch.json", Set.of("*"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\s]+}");

    @Test
    void everyOverlayBesideAContentFileHasOnlyKnownKeysNonEmptyTextsAndTheEnglishPlaceholders() throws IOException {
        int overlays = 0;
        List<String> problems = new ArrayList<>();
        for (var file : TEXT.entrySet()) {
            Path english = Path.of(file.getKey());
            Map<String, String> texts = englishTexts(JsonParser.parseString(read(english)), file.getValue());
            assertFalse(texts.isEmpty(), file.getKey() + " has no translatable text: is TEXT still right?");
            for (Path overlay : overlaysOf(english)) {
                overlays++;
                problems.addAll(problems(texts, read(overlay)).stream().map(p -> overlay + ": " + p).toList());
            }
        }
        assertTrue(overlays > 0, "no overlay files found beside the content files");
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key                  | {"a": "A", "b": "B"}               | b: not a key of the English file
            empty text                   | {"a": "  "}                        | a: empty text
            number instead of text       | {"a": 3}                           | a: not a text
            nested object                | {"a": {"x": "y"}}                  | a: not a text
            placeholder lost             | {"call": "Llame ahora."}           | call: lacks {number}
            placeholder renamed          | {"call": "Llame al {numero}."}     | call: lacks {number}
            key twice                    | {"a": "A", "a": "B"}               | a: appears twice
            list at the top              | ["a"]                              | not a JSON object
            broken JSON                  | {"a": "A"                          | not valid JSON
            """)
    void theCheckNamesEachKindOfFault(String kind, String overlay, String expected) {
        Map<String, String> english = Map.of("a", "Text", "call", "Call {number} now.");
        List<String> found = problems(english, overlay);
        assertTrue(found.stream().anyMatch(p -> p.startsWith(expected)), kind + ": " + found);
    }

    @Test
    void aGoodOverlayWithANoteAndPlaceholdersPasses() {
        Map<String, String> english = Map.of("a", "Text", "call", "Call {number} now.");
        assertEquals(List.of(), problems(english, "{\"_about\": \"note\", \"call\": \"Rufen Sie {number} an.\"}"));
    }

    @Test
    void keysFollowMemberNamesListIdsOrIndexesAndSkipNotes() {
        JsonElement json = JsonParser.parseString("""
                {"_about": "x", "rules": [{"id": "r1", "text": "T1", "level": "L"}, {"text": "T2"}],
                 "tips": ["a", "b"], "deep": {"text": "D"}}""");
        assertEquals(Map.of("rules.r1.text", "T1", "rules.1.text", "T2", "deep.text", "D"),
                englishTexts(json, Set.of("text")));
        assertEquals(Map.of("tips.0", "a", "tips.1", "b"), englishTexts(json, Set.of("tips")));
        assertEquals(Set.of("rules.r1.id", "rules.r1.text", "rules.r1.level", "rules.1.text", "tips.0", "tips.1",
                "deep.text"), englishTexts(json, Set.of("*")).keySet());
    }

    @Test
    void theKeysMatchThoseOfThePythonTool() throws Exception {
        Process python;
        try {
            python = new ProcessBuilder("python3", "tools/i18n/content_keys.py").redirectErrorStream(false).start();
        } catch (IOException noPython) {
            Assumptions.abort("python3 is not installed: " + noPython.getMessage());
            return;
        }
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "content_keys.py did not finish");
        assertEquals(0, python.exitValue(), "content_keys.py failed");
        Map<String, Map<String, String>> tool = new com.google.gson.Gson().fromJson(out,
                new TypeToken<Map<String, Map<String, String>>>() { }.getType());
        assertEquals(TEXT.keySet(), tool.keySet(), "content_keys.py lists other files than TEXT here");
        for (var file : TEXT.entrySet()) {
            JsonElement english = JsonParser.parseString(read(Path.of(file.getKey())));
            assertEquals(tool.get(file.getKey()), englishTexts(english, file.getValue()), file.getKey());
        }
    }

    /** Key to English text, by the rules in content_keys.py's docstring. */
    static Map<String, String> englishTexts(JsonElement root, Set<String> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        walk(root, fields, "", null, out);
        return out;
    }

    private static void walk(JsonElement node, Set<String> fields, String path, String member, Map<String, String> out) {
        if (node.isJsonObject()) {
            for (var e : node.getAsJsonObject().entrySet()) {
                if (!e.getKey().startsWith("_")) {
                    walk(e.getValue(), fields, join(path, e.getKey()), e.getKey(), out);
                }
            }
        } else if (node.isJsonArray()) {
            var list = node.getAsJsonArray();
            for (int i = 0; i < list.size(); i++) {
                JsonElement value = list.get(i);
                walk(value, fields, join(path, idOrIndex(value, i)), member, out);
            }
        } else if (node.isJsonPrimitive() && node.getAsJsonPrimitive().isString()
                && (fields.contains("*") || fields.contains(member))) {
            out.put(path, node.getAsString());
        }
    }

    private static String idOrIndex(JsonElement value, int index) {
        if (value.isJsonObject()) {
            JsonElement id = value.getAsJsonObject().get("id");
            if (id != null && id.isJsonPrimitive() && id.getAsJsonPrimitive().isString()) {
                return id.getAsString();
            }
        }
        return Integer.toString(index);
    }

    private static String join(String path, String segment) {
        return path.isEmpty() ? segment : path + "." + segment;
    }

    /**
     * The faults of one overlay against the English texts, each as "key: what is wrong", or a single
     * "not a JSON object" / "not valid JSON ..." line. Read as a stream so a key given twice is caught
     * (a tree parser would silently keep one of the two).
     */
    static List<String> problems(Map<String, String> english, String overlayJson) {
        List<String> problems = new ArrayList<>();
        try (JsonReader in = new JsonReader(new StringReader(overlayJson))) {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                return List.of("not a JSON object");
            }
            Set<String> seen = new HashSet<>();
            in.beginObject();
            while (in.hasNext()) {
                String key = in.nextName();
                if (!seen.add(key)) {
                    problems.add(key + ": appears twice");
                }
                if (in.peek() != JsonToken.STRING) {
                    problems.add(key + ": not a text");
                    in.skipValue();
                    continue;
                }
                String text = in.nextString();
                if (key.startsWith("_")) {
                    continue;
                }
                if (!english.containsKey(key)) {
                    problems.add(key + ": not a key of the English file");
                } else if (text.isBlank()) {
                    problems.add(key + ": empty text");
                } else {
                    placeholders(english.get(key)).stream().filter(p -> !text.contains(p))
                            .forEach(p -> problems.add(key + ": lacks " + p));
                }
            }
            in.endObject();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                problems.add("not valid JSON: text after the object");
            }
        } catch (IOException | IllegalStateException | com.google.gson.JsonParseException e) {
            problems.add("not valid JSON: " + e.getMessage());
        }
        return problems;
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** assets/dir/name.json -> the files assets/dir/name.LANG.json beside it. */
    private static List<Path> overlaysOf(Path english) throws IOException {
        String base = english.getFileName().toString().replaceFirst("\\.json$", "");
        Pattern overlay = Pattern.compile(Pattern.quote(base) + "\\.[a-z]{2,3}(-[A-Z]{2})?\\.json");
        try (Stream<Path> files = Files.list(english.getParent())) {
            return files.filter(p -> overlay.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
