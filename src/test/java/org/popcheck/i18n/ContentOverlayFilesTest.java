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
 * The key rules are the loader's ({@link ContentKeys}); ContentKeysTest holds them equal to tools/i18n/content_keys.py.
 */
class ContentOverlayFilesTest {

    /** The content files and their text fields: the loader's own list, so the two cannot drift. */
    private static final Map<String, Set<String>> TEXT = ContentKeys.TEXT;

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

    /** Key to English text, by the loader's key rules ({@link ContentKeys}, the same as content_keys.py's). */
    static Map<String, String> englishTexts(JsonElement root, Set<String> fields) {
        return ContentKeys.keys(root, fields);
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
