package org.popcheck.causes;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.AssessmentJson;

/** One row of src/test/resources/causes/cases.json. {@code first} is null when no cause should fit. */
record CauseCase(String name, Assessment assessment, String first, String likelihood, List<String> tie, List<String> absent) {

    static List<CauseCase> load() {
        var in = CauseCase.class.getResourceAsStream("/causes/cases.json");
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<CauseCase> out = new ArrayList<>();
            for (JsonElement e : JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("cases")) {
                JsonObject o = e.getAsJsonObject();
                out.add(new CauseCase(
                        o.get("name").getAsString(),
                        AssessmentJson.standard().fromTree(o.get("assessment")),
                        o.get("first").isJsonNull() ? null : o.get("first").getAsString(),
                        o.has("likelihood") ? o.get("likelihood").getAsString() : null,
                        strings(o, "tie"),
                        strings(o, "absent")));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("causes/cases.json: " + e.getMessage(), e);
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
