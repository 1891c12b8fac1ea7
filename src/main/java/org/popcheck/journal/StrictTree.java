package org.popcheck.journal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads one JSON value of a journal into a tree, refusing a name given twice in one object, as the
 * assessment reader does. Gson's own tree reader keeps the last of two equal names silently; a
 * journal reader that did so would drop the first list of entries and, after two saves, lose it.
 * Every text is read in full, so the reader's strict checks (raw control characters, lone
 * surrogates) apply to values that are only skipped, too.
 */
final class StrictTree {

    private StrictTree() {}

    /** The value at the reader's place, read whole. Numbers keep their exact decimal value. */
    static JsonElement read(JsonReader r) throws IOException {
        switch (r.peek()) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                r.beginObject();
                while (r.hasNext()) {
                    String name = r.nextName();
                    if (object.has(name)) {
                        throw JournalJson.located(r, "the field " + PlainText.quote(name) + " is given twice in one object");
                    }
                    object.add(name, read(r));
                }
                r.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                r.beginArray();
                while (r.hasNext()) {
                    array.add(read(r));
                }
                r.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(r.nextString());
            }
            case NUMBER -> {
                String text = r.nextString();
                try {
                    return new JsonPrimitive(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    throw JournalJson.located(r, "the number " + PlainText.quote(text) + " is too large or too small");
                }
            }
            case BOOLEAN -> {
                return new JsonPrimitive(r.nextBoolean());
            }
            case NULL -> {
                r.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw JournalJson.located(r, "a value is expected here");
        }
    }
}
