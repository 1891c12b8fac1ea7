package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.popcheck.report.Labels;

/** Each level says the same thing everywhere: one set of words, in i18n/triage.properties. */
class LevelWordsTest {

    private static final List<String> BUNDLES = List.of("app", "common", "wizard", "bodymap", "exercises", "journal", "summary", "triage");

    @Test
    void everyLevelHasItsOwnWordsAndShortWords() {
        Set<String> words = new HashSet<>();
        Set<String> shortWords = new HashSet<>();
        for (Level level : Level.values()) {
            assertFalse(level.words().isBlank());
            assertFalse(level.shortWords().isBlank());
            assertTrue(words.add(level.words()), "distinct: " + level.words());
            assertTrue(shortWords.add(level.shortWords()), "distinct: " + level.shortWords());
        }
    }

    @Test
    void theSummaryPdfUsesTheWordsOfTheApp() {
        for (Level level : Level.values()) {
            assertEquals(level.words(), Labels.level(level));
        }
        assertEquals("Go to an emergency department or urgent care today", Labels.level(Level.EMERGENCY),
                "not \"Emergency department now\", which the app never said");
    }

    @Test
    void noOtherBundleKeepsItsOwnWordsForALevel() throws IOException {
        for (String bundle : BUNDLES) {
            Properties p = new Properties();
            try (InputStream in = LevelWordsTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                boolean levelKey = false;
                for (Level level : Level.values()) {
                    levelKey |= key.endsWith(".level." + level.id()) || key.endsWith(".level.short." + level.id());
                }
                assertTrue(!levelKey || key.startsWith("triage.level."), key + " in " + bundle + ".properties: a second set of level words");
            }
        }
    }
}
