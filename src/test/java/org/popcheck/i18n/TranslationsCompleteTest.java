package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.testsupport.Bundles;

/**
 * A missing translation fails the build instead of showing English on a Spanish or German screen:
 * every bundle key and every content text key of the English files exists in each language, and
 * no language has a key English lacks (a renamed or removed text left behind).
 */
class TranslationsCompleteTest {

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ES", "DE"})
    void everyBundleKeyIsTranslatedAndNoneIsExtra(Language language) {
        List<String> problems = new ArrayList<>();
        for (String name : Bundles.names()) {
            Path translated = Bundles.file(name, language);
            if (!Files.exists(translated)) {
                problems.add(translated + " is missing");
                continue;
            }
            compare(Bundles.texts(Bundles.file(name, Language.EN)).keySet(), Bundles.texts(translated).keySet(), translated.toString(), problems);
        }
        assertNoProblems(problems);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ES", "DE"})
    void everyContentTextIsTranslatedAndNoneIsExtra(Language language) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Set<String>> file : ContentKeys.TEXT.entrySet()) {
            String resource = "/" + file.getKey();
            String overlay = ContentOverlay.overlayPath(resource, language);
            if (ContentOverlay.class.getResource(overlay) == null) {
                problems.add(overlay + " is missing: every content file needs its translation");
                continue;
            }
            Set<String> english;
            try (Reader r = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
                english = ContentKeys.keys(JsonParser.parseReader(r), file.getValue()).keySet();
            }
            Set<String> translated = ContentOverlay.translation(resource, language).keySet();
            compare(english, translated, overlay, problems);
        }
        assertNoProblems(problems);
    }

    private static InputStream open(String resource) {
        InputStream in = TranslationsCompleteTest.class.getResourceAsStream(resource);
        assertTrue(in != null, resource + " is missing");
        return in;
    }

    private static void compare(Set<String> english, Set<String> translated, String where, List<String> problems) {
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        if (!missing.isEmpty()) {
            problems.add(where + " lacks " + missing.size() + " key(s): " + missing);
        }
        if (!extra.isEmpty()) {
            problems.add(where + " has " + extra.size() + " key(s) English does not: " + extra);
        }
    }

    private static void assertNoProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            fail("Translations incomplete (tools/i18n/content_keys.py --missing LANG lists content gaps):\n"
                    + String.join("\n", problems));
        }
    }
}
