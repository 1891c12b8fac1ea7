package org.popcheck.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads one JSON value into a tree, refusing a name given twice in one object: Gson's own tree reader
 * keeps the last of two equal names silently, which would drop data (a second "entries" in a journal,
 * a second answer in an assessment). Every text is read in full, so the reader's strict checks (raw
 * control characters, lone surrogates) apply to values only skipped, too. Numbers keep their exact
 * decimal value. The journal and the assessment reader share it; each says a problem in its own words
 * through {@link Refusals}.
 */
public final class StrictTree {

    /**
     * How a reader says what is wrong, as its own exception (which {@link #read} then throws).
     *
     * @param <E> the reader's exception for a bad document
     */
    public interface Refusals<E extends Exception> {
        /**
         * @param objectPath Gson's path of the object ({@code $.facts}), taken before it was opened
         * @param name       the name given twice
         */
        E twice(JsonReader r, String objectPath, String name);

        /** A number too large or too small for a decimal ({@code 1e999999999999}). */
        E badNumber(JsonReader r, String text);

        /** No value where one must be. */
        E noValue(JsonReader r);
    }

    private StrictTree() {}

    /** The value at the reader's place, read whole. */
    public static <E extends Exception> JsonElement read(JsonReader r, Refusals<E> refuse) throws IOException, E {
        switch (r.peek()) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                String path = r.getPath();
                r.beginObject();
                while (r.hasNext()) {
                    String name = r.nextName();
                    if (object.has(name)) {
                        throw refuse.twice(r, path, name);
                    }
                    object.add(name, read(r, refuse));
                }
                r.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                r.beginArray();
                while (r.hasNext()) {
                    array.add(read(r, refuse));
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
                    throw refuse.badNumber(r, text);
                }
            }
            case BOOLEAN -> {
                return new JsonPrimitive(r.nextBoolean());
            }
            case NULL -> {
                r.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw refuse.noValue(r);
        }
    }
}
