package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The Java key scheme agrees with tools/i18n/content_keys.py, which the translators work from. */
class ContentKeysTest {

    @Test
    void theJavaKeysOfEveryContentFileAreThePythonToolsKeysWithTheSameTexts() throws Exception {
        JsonObject python = runPythonTool();
        assertEquals(new java.util.TreeSet<>(python.keySet()), new java.util.TreeSet<>(ContentKeys.TEXT.keySet()),
                "the same content files in ContentKeys.TEXT and the tool's TEXT");
        for (String file : python.keySet()) {
            Map<String, String> expected = new LinkedHashMap<>();
            python.getAsJsonObject(file).entrySet().forEach(e -> expected.put(e.getKey(), e.getValue().getAsString()));
            Map<String, String> actual;
            try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                actual = ContentKeys.keys(JsonParser.parseReader(r), ContentKeys.TEXT.get(file));
            }
            assertEquals(expected, actual, file);
        }
    }

    @Test
    void listsUseTheirIdOrIndexSkipNotesAndTakeOnlyTheNamedFields() {
        JsonElement json = JsonParser.parseString("""
                {"_note": "skip", "items": [
                   {"id": "calf", "name": "Calf raise", "steps": ["Stand", "Rise"], "level": "easy"},
                   {"name": "No id", "id": 7}],
                 "name": "top"}""");
        Map<String, String> keys = ContentKeys.keys(json, Set.of("name", "steps"));
        assertEquals(Map.of("items.calf.name", "Calf raise", "items.calf.steps.0", "Stand", "items.calf.steps.1", "Rise",
                "items.1.name", "No id", "name", "top"), keys);
        assertEquals(Map.of("a", "x", "b.0", "y"), ContentKeys.keys(JsonParser.parseString("{\"a\":\"x\",\"b\":[\"y\", 3]}"), Set.of("*")));
    }

    @Test
    void replacingPutsTheTranslationInPlaceAndLeavesIdsAndOtherFieldsAlone() {
        JsonElement json = JsonParser.parseString("""
                {"rules": [{"id": "r1", "level": "emergency", "text": "Go now", "tips": ["a", "b"]}]}""");
        ContentKeys.replace(json, Set.of("text", "tips"), Map.of("rules.r1.text", "Gehen Sie jetzt", "rules.r1.tips.1", "B"));
        assertEquals(JsonParser.parseString("""
                {"rules": [{"id": "r1", "level": "emergency", "text": "Gehen Sie jetzt", "tips": ["a", "B"]}]}"""), json);
    }

    private static JsonObject runPythonTool() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "tools/i18n/content_keys.py").redirectErrorStream(false).start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not installed, so the tool's keys cannot be compared: " + e.getMessage());
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), "tools/i18n/content_keys.py failed: " + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return JsonParser.parseString(out).getAsJsonObject();
    }
}
