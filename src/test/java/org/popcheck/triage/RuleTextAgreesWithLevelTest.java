package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A rule's reason says the same time as its level, in every language: at "within 24 hours" or more
 * urgent, no "soon", "within a day or two" or "within a week"; at the two emergency levels no "within
 * 24 hours" either. The journal's warnings and the result page show a reason beside its level's words;
 * "see a doctor soon" under "See a doctor within 24 hours" reads as a second, vaguer answer (trial 12).
 * "Within a day" is also refused, so that one wording is used for one level.
 */
class RuleTextAgreesWithLevelTest {

    /** Wordings too vague or too late for a level of 24 hours or more urgent, by language. */
    private static final Map<String, Pattern> LATER = Map.of(
            "en", Pattern.compile("\\bsoon\\b|within a day|day or two|within a week|working day", Pattern.CASE_INSENSITIVE),
            "es", Pattern.compile("\\bpronto\\b|plazo de un día|en un día|uno o dos días|una semana|día laborable", Pattern.CASE_INSENSITIVE),
            "de", Pattern.compile("\\bbald\\b|eines Tages|ein bis zwei Tage|einer Woche|Werktag", Pattern.CASE_INSENSITIVE));

    /** The 24-hour level's wording, too late for the emergency levels. */
    private static final Map<String, Pattern> DAY = Map.of(
            "en", Pattern.compile("within 24 hours", Pattern.CASE_INSENSITIVE),
            "es", Pattern.compile("próximas 24 horas", Pattern.CASE_INSENSITIVE),
            "de", Pattern.compile("innerhalb von 24 Stunden", Pattern.CASE_INSENSITIVE));

    @Test
    void everyReasonSaysNoLaterTimeThanItsLevelInAnyLanguage() throws IOException {
        JsonObject es = read("assets/triage/rules.es.json");
        JsonObject de = read("assets/triage/rules.de.json");
        List<String> wrong = new ArrayList<>();
        for (JsonElement e : read("assets/triage/rules.json").getAsJsonArray("rules")) {
            JsonObject rule = e.getAsJsonObject();
            String id = rule.get("id").getAsString();
            Level level = Level.fromId(rule.get("level").getAsString()).orElseThrow();
            Map<String, String> texts = Map.of("en", rule.get("text").getAsString(),
                    "es", text(es, id), "de", text(de, id));
            texts.forEach((language, text) -> {
                boolean urgent = level.isEmergency() || level == Level.CONSULTATION_24;
                if (urgent && LATER.get(language).matcher(text).find()
                        || level.isEmergency() && DAY.get(language).matcher(text).find()) {
                    wrong.add(id + " (" + level.id() + ", " + language + "): " + text);
                }
            });
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " reasons say a later time than their level:\n" + String.join("\n", wrong));
    }

    private static String text(JsonObject translations, String id) {
        JsonElement t = translations.get("rules." + id + ".text");
        return t == null ? "" : t.getAsString();
    }

    private static JsonObject read(String file) throws IOException {
        return JsonParser.parseString(Files.readString(Path.of(file), StandardCharsets.UTF_8)).getAsJsonObject();
    }
}
