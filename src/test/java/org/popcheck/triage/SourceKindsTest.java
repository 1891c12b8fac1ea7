package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every publication says what kind it is, so its label tells a guideline from a blog (trial 12 M2: "Guideline:
 * Hinge Health"); a kind the app does not know stops the file from loading rather than show a wrong label.
 */
class SourceKindsTest {

    @Test
    void everyPublicationHasAKindAndTheBlogsAreArticles() throws IOException {
        List<String> without = new ArrayList<>();
        try (Reader in = new InputStreamReader(Publications.class.getResourceAsStream(Publications.RESOURCE), StandardCharsets.UTF_8)) {
            for (JsonElement e : JsonParser.parseReader(in).getAsJsonObject().getAsJsonArray("publications")) {
                JsonObject o = e.getAsJsonObject();
                if (!o.has("kind") || SourceKind.fromId(o.get("kind").getAsString()).isEmpty()) {
                    without.add(o.get("id").getAsString());
                }
            }
        }
        assertTrue(without.isEmpty(), "publications without a known kind: " + without);
        Publications p = Publications.standard();
        for (String blog : List.of("Hinge Health: ankle popping, what causes it and how to treat it",
                "Science Insights: why does my back pop when I walk?", "Biology Insights: back popping when walking, causes and when to worry",
                "MedicineContact: popping feet during massage, is it dangerous?")) {
            assertEquals(SourceKind.ARTICLE, p.kind(blog).orElseThrow(), blog);
        }
        assertEquals(SourceKind.GUIDELINE, p.kind("NICE CG124: hip fracture, management (2011)").orElseThrow());
    }

    @Test
    void anUnknownKindIsRefusedByName() {
        String json = "{\"publications\": [{\"id\": \"x\", \"kind\": \"blog\", \"name\": \"X\", \"regions\": \"any\"}]}";
        RuleFileException e = assertThrows(RuleFileException.class, () -> Publications.parse(new StringReader(json)));
        assertTrue(e.getMessage().contains("x") && e.getMessage().contains("blog"), e.getMessage());
    }
}
