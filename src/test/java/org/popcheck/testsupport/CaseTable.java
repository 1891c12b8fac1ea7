package org.popcheck.testsupport;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table of cases kept as test data: a JSON object whose {@code cases} array holds one object
 * a row (src/test/resources/triage/cases.json, causes/cases.json). Each test turns a row into its
 * own record; a row it cannot read fails the load with the file's name and the row's position.
 */
public final class CaseTable {

    /** Reads one row; may throw whatever the test's own readers throw (an invalid assessment, say). */
    @FunctionalInterface
    public interface Row<T> {
        T read(JsonObject row) throws Exception;
    }

    private CaseTable() {}

    /**
     * The rows of the class-path resource {@code resource}, each read by {@code row}.
     *
     * @throws IllegalStateException naming the file (and row) when it is missing or a row is not readable
     */
    public static <T> List<T> load(String resource, Row<T> row) {
        InputStream in = CaseTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the test class path");
        }
        JsonArray rows;
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            rows = JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("cases");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
        List<T> out = new ArrayList<>();
        for (JsonElement e : rows) {
            try {
                out.add(row.read(e.getAsJsonObject()));
            } catch (Exception bad) {
                throw new IllegalStateException(resource + ", case " + (out.size() + 1) + ": " + bad.getMessage(), bad);
            }
        }
        return out;
    }

    /** The strings of the array {@code key} of {@code row}; empty when the row has no such key. */
    public static List<String> strings(JsonObject row, String key) {
        List<String> out = new ArrayList<>();
        if (row.has(key)) {
            row.getAsJsonArray(key).forEach(x -> out.add(x.getAsString()));
        }
        return out;
    }
}
