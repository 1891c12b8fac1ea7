package org.popcheck.i18n;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A content file in the language in use: the English {@code assets/<dir>/<name>.json} with the texts of
 * {@code assets/<dir>/<name>.<lang>.json} (a flat map key -> text, keys as {@link ContentKeys}) put in
 * place. Ids, levels and numbers always come from the English file, so a translation cannot change
 * what the rules decide. Completeness is a build check (TranslationsCompleteTest); here a key a
 * translation lacks keeps its English text rather than stopping the app.
 */
public final class ContentOverlay {

    private ContentOverlay() {}

    /**
     * The content file {@code resource} ("/assets/triage/rules.json") in {@link Messages#language()},
     * as UTF-8 JSON; null when the English file itself is missing (the caller names it).
     *
     * @throws IllegalStateException when the translation file is not a flat JSON object of texts
     */
    public static InputStream open(String resource) {
        return open(resource, fieldsOf(resource));
    }

    static InputStream open(String resource, Set<String> fields) {
        InputStream english = ContentOverlay.class.getResourceAsStream(resource);
        Language language = Messages.language();
        UnaryOperator<String> pseudo = Messages.pseudo();
        if (english == null || (language == Language.EN && pseudo == null)) {
            return english;
        }
        Map<String, String> texts = language == Language.EN ? Map.of() : translation(resource, language);
        if (texts.isEmpty() && pseudo == null) {
            return english;
        }
        JsonElement root;
        try (Reader r = new InputStreamReader(english, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonParseException e) {
            // The loader reads the English again and names the fault in its own words.
            return ContentOverlay.class.getResourceAsStream(resource);
        }
        if (pseudo != null) {
            Map<String, String> all = new LinkedHashMap<>(ContentKeys.keys(root, fields));
            all.putAll(texts);
            all.replaceAll((k, v) -> pseudo.apply(v));
            texts = all;
        }
        ContentKeys.replace(root, fields, texts);
        return new ByteArrayInputStream(root.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The overlay's path for a language: "/assets/triage/rules.json" -> "/assets/triage/rules.de.json". */
    public static String overlayPath(String resource, Language language) {
        return resource.substring(0, resource.length() - ".json".length()) + "." + language.code() + ".json";
    }

    /** The text fields of a content file, from {@link ContentKeys#TEXT}. */
    public static Set<String> fieldsOf(String resource) {
        Set<String> fields = ContentKeys.TEXT.get(resource.startsWith("/") ? resource.substring(1) : resource);
        if (fields == null) {
            throw new IllegalArgumentException(resource + " is not a content file listed in ContentKeys.TEXT");
        }
        return fields;
    }

    /** The flat key -> text map of a translation; empty when that language has no file for it yet. */
    public static Map<String, String> translation(String resource, Language language) {
        String path = overlayPath(resource, language);
        InputStream in = ContentOverlay.class.getResourceAsStream(path);
        Map<String, String> out = new LinkedHashMap<>();
        if (in == null) {
            return out;
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(r);
            if (!root.isJsonObject()) {
                throw new IllegalStateException(path + ": expected one JSON object of key -> text");
            }
            for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
                if (e.getKey().startsWith("_")) {
                    continue; // a translator's note
                }
                if (!e.getValue().isJsonPrimitive() || !e.getValue().getAsJsonPrimitive().isString()) {
                    throw new IllegalStateException(path + ": the value of '" + e.getKey() + "' is not a text");
                }
                out.put(e.getKey(), e.getValue().getAsString());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonParseException e) {
            throw new IllegalStateException(path + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
