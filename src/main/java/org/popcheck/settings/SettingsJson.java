package org.popcheck.settings;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads settings.json and window.json with Gson's streaming reader only. They are read while the
 * window opens, and setting up a full {@code Gson} (its type adapters, reflection on the records)
 * cost a twentieth of a second there. Unknown fields are ignored, so a newer file still loads; a
 * field of the wrong kind or an unknown choice is an error that names the field.
 */
final class SettingsJson {

    private SettingsJson() {}

    /** The settings in {@code text}; a missing field takes its default from {@code defaults}. */
    static Settings readSettings(String text, Settings defaults) throws IOException {
        if (text.isBlank()) {
            throw new IOException("the file is empty");
        }
        Settings.Theme theme = defaults.theme();
        double textScale = defaults.textScale();
        String emergencyNumber = defaults.emergencyNumber();
        boolean reducedMotion = defaults.reducedMotion();
        Settings.Paper paper = defaults.paper();
        Settings.LanguageChoice language = defaults.language();
        try (JsonReader in = new JsonReader(new StringReader(text))) {
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "theme" -> theme = choice(in, "theme", Settings.Theme.class);
                    case "textScale" -> textScale = number(in, "textScale");
                    case "emergencyNumber" -> emergencyNumber = in.nextString();
                    case "reducedMotion" -> reducedMotion = in.nextBoolean();
                    case "paper" -> paper = choice(in, "paper", Settings.Paper.class);
                    case "language" -> language = choice(in, "language", Settings.LanguageChoice.class);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("more than one JSON value in the file");
            }
        } catch (IllegalStateException | NumberFormatException e) {
            // No cause attached: the store shows the deepest message, and this one names the field
            // ("Expected a boolean but was STRING at line 1 column 20 path $.reducedMotion").
            throw new IOException(e.getMessage());
        }
        return new Settings(theme, textScale, emergencyNumber, reducedMotion, paper, language);
    }

    /** The window placement in {@code text}; every field is needed. */
    static WindowPlacement readWindow(String text) throws IOException {
        double x = Double.NaN;
        double y = Double.NaN;
        double width = 0;
        double height = 0;
        boolean maximized = false;
        try (JsonReader in = new JsonReader(new StringReader(text))) {
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "x" -> x = in.nextDouble();
                    case "y" -> y = in.nextDouble();
                    case "width" -> width = in.nextDouble();
                    case "height" -> height = in.nextDouble();
                    case "maximized" -> maximized = in.nextBoolean();
                    default -> in.skipValue();
                }
            }
            in.endObject();
        } catch (IllegalStateException | NumberFormatException e) {
            throw new IOException(e.getMessage());
        }
        return new WindowPlacement(x, y, width, height, maximized);
    }

    private static double number(JsonReader in, String field) throws IOException {
        try {
            return in.nextDouble();
        } catch (NumberFormatException | IllegalStateException e) {
            throw new IOException(field + ": not a number (" + e.getMessage() + ")");
        }
    }

    private static <E extends Enum<E>> E choice(JsonReader in, String field, Class<E> type) throws IOException {
        String value = in.nextString();
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException(field + ": \"" + value + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
