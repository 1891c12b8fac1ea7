package org.popcheck.triage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.AssessmentJson;

/** The table of realistic cases in src/test/resources/triage/cases.json. */
record TriageCases(String name, Assessment assessment, Level level, List<String> rules, List<String> notRules) {

    static List<TriageCases> load() {
        var in = TriageCases.class.getResourceAsStream("/triage/cases.json");
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<TriageCases> out = new ArrayList<>();
            for (JsonElement e : JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("cases")) {
                JsonObject o = e.getAsJsonObject();
                out.add(new TriageCases(
                        o.get("name").getAsString(),
                        AssessmentJson.standard().fromTree(o.get("assessment")),
                        Level.fromId(o.get("level").getAsString()).orElseThrow(),
                        strings(o, "rules"),
                        strings(o, "notRules")));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("cases.json: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        if (o.has(key)) {
            o.getAsJsonArray(key).forEach(x -> out.add(x.getAsString()));
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
