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

    /**
     * What was read from settings.json: the settings, and the fields that could not be read, each named
     * with what was wrong ("theme: \"PURPLE\" is not one of [...]"); empty when the whole file was read.
     */
    record Read(Settings settings, java.util.List<String> badFields) {
        Read {
            badFields = java.util.List.copyOf(badFields);
        }
    }

    /**
     * The settings in {@code text}. A missing field takes its default from {@code defaults}; so does a field
     * whose value cannot be used, and only that field: a bad theme name must not also throw away the
     * emergency number the person set (trial 13). Text that is not a JSON object at all keeps the fields read
     * before the damage.
     *
     * @throws IOException when the text is empty or not a JSON object from its start
     */
    static Read readSettings(String text, Settings defaults) throws IOException {
        if (text.isBlank()) {
            throw new IOException("the file is empty");
        }
        Settings.Theme theme = defaults.theme();
        double textScale = defaults.textScale();
        String emergencyNumber = defaults.emergencyNumber();
        boolean reducedMotion = defaults.reducedMotion();
        Settings.Paper paper = defaults.paper();
        Settings.LanguageChoice language = defaults.language();
        java.util.List<String> bad = new java.util.ArrayList<>();
        try (JsonReader in = new JsonReader(new StringReader(text))) {
            try {
                in.beginObject();
            } catch (IllegalStateException e) {
                throw new IOException(e.getMessage());
            }
            try {
                while (in.hasNext()) {
                    String field = in.nextName();
                    try {
                        switch (field) {
                            case "theme" -> theme = choice(in, "theme", Settings.Theme.class);
                            case "textScale" -> textScale = number(in, "textScale");
                            case "emergencyNumber" -> emergencyNumber = emergencyNumber(in.nextString());
                            case "reducedMotion" -> reducedMotion = in.nextBoolean();
                            case "paper" -> paper = choice(in, "paper", Settings.Paper.class);
                            case "language" -> language = choice(in, "language", Settings.LanguageChoice.class);
                            default -> in.skipValue();
                        }
                    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
                        bad.add(e.getMessage() != null && e.getMessage().startsWith(field) ? e.getMessage() : field + ": " + e.getMessage());
                        skipIfUnread(in);
                    }
                }
                in.endObject();
                if (in.peek() != JsonToken.END_DOCUMENT) {
                    bad.add("more than one JSON value in the file");
                }
            } catch (IOException | IllegalStateException | NumberFormatException e) {
                // broken JSON part-way: what was read before the damage is kept
                bad.add(e.getMessage());
            }
        }
        return new Read(new Settings(theme, textScale, emergencyNumber, reducedMotion, paper, language), bad);
    }

    /** The number as Settings accepts it, or IllegalArgumentException naming the field. */
    private static String emergencyNumber(String value) {
        try {
            Settings.defaultsFor(Locale.ROOT).withEmergencyNumber(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("emergencyNumber: \"" + value + "\": " + e.getMessage());
        }
    }

    /** After a value of the wrong kind the reader still stands before it: skip it so the next field can be read. */
    private static void skipIfUnread(JsonReader in) throws IOException {
        JsonToken next = in.peek();
        if (next != JsonToken.NAME && next != JsonToken.END_OBJECT && next != JsonToken.END_DOCUMENT) {
            in.skipValue();
        }
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
