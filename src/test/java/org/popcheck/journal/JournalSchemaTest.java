package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.assessment.FactCatalog;

class JournalSchemaTest {

    @TempDir
    Path dir;

    private static JsonObject schema() throws IOException {
        try (var in = JournalSchemaTest.class.getResourceAsStream("/assets/journal/journal.schema.json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    private JsonObject writtenJournal() throws IOException {
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(Entries.full("full", "Notes ✓ 足首 😣", Entries.at("2026-03-01T08:30:00.5+05:45")));
            store.add(Entries.quick(0, "2026-03-02T10:00:00-03:00"));
            store.add(new JournalEntry("bare", Entries.at("2026-03-03T10:00:00Z"), null, null, null, null, null, null, null,
                    false, null, null));
        }
        return JsonParser.parseString(Files.readString(dir.resolve(JournalStore.FILE))).getAsJsonObject();
    }

    @Test
    void theJournalTheAppWritesFitsTheShippedSchema() throws IOException {
        List<String> errors = new SchemaChecker(schema()).check(writtenJournal());
        assertEquals(List.of(), errors);
    }

    @Test
    void theSchemaCheckCatchesAnEntryThatBreaksIt() throws IOException {
        JsonObject journal = writtenJournal();
        JsonObject first = journal.getAsJsonArray("entries").get(0).getAsJsonObject();
        first.addProperty("pain", 11);
        first.addProperty("colour", "red");
        first.remove("at");
        List<String> errors = new SchemaChecker(schema()).check(journal);
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void theSchemasChoicesAreTheFactCatalogsOptions() throws IOException {
        JsonObject entry = schema().getAsJsonObject("$defs").getAsJsonObject("entry").getAsJsonObject("properties");
        FactCatalog facts = FactCatalog.standard();
        assertEquals(facts.find("sound").orElseThrow().options(), strings(entry.getAsJsonObject("sound").getAsJsonArray("enum")));
        assertEquals(facts.find("frequency").orElseThrow().options(), strings(entry.getAsJsonObject("frequency").getAsJsonArray("enum")));
        assertEquals(facts.find("trigger").orElseThrow().options(),
                strings(entry.getAsJsonObject("triggers").getAsJsonObject("items").getAsJsonArray("enum")));
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : a) {
            out.add(e.getAsString());
        }
        return out;
    }
}
