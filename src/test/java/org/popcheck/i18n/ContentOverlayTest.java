package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContentOverlayTest {

    private static final String TINY = "/i18n-fixture/tiny.json";
    private static final Set<String> FIELDS = Set.of("question", "sign");

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    private static JsonObject read(InputStream in) throws Exception {
        try (var r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        }
    }

    private static JsonObject fact(JsonObject root, int i) {
        return root.getAsJsonArray("facts").get(i).getAsJsonObject();
    }

    @Test
    void theChosenLanguagesTextsReplaceTheEnglishAndIdsStay() throws Exception {
        Messages.setLanguage(Language.DE);
        JsonObject root = read(ContentOverlay.open(TINY, FIELDS));
        assertEquals("Ist es geschwollen?", fact(root, 0).get("question").getAsString());
        assertEquals("Schwellung", fact(root, 0).get("sign").getAsString());
        assertEquals("swelling", fact(root, 0).get("id").getAsString());
        assertEquals("yesno", fact(root, 0).get("type").getAsString());
        // A key the translation lacks keeps English here; TranslationsCompleteTest fails the build for it.
        assertEquals("How much does it hurt?", fact(root, 1).get("question").getAsString());
    }

    @Test
    void englishAndALanguageWithoutAFileGiveTheEnglishFile() throws Exception {
        Messages.setLanguage(Language.EN);
        assertEquals("Is it swollen?", fact(read(ContentOverlay.open(TINY, FIELDS)), 0).get("question").getAsString());
        assertTrue(ContentOverlay.translation("/i18n-fixture/none.json", Language.DE).isEmpty());
    }

    @Test
    void aTranslationThatIsNotAMapOfTextsIsRefusedNamingTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ContentOverlay.translation(TINY, Language.ES));
        assertTrue(e.getMessage().contains("/i18n-fixture/tiny.es.json"), e.getMessage());
    }

    @Test
    void theOverlayLivesBesideTheEnglishFileWithTheLanguageCode() {
        assertEquals("/assets/triage/rules.de.json", ContentOverlay.overlayPath("/assets/triage/rules.json", Language.DE));
        assertEquals("/assets/causes/causes.es.json", ContentOverlay.overlayPath("/assets/causes/causes.json", Language.ES));
    }
}
