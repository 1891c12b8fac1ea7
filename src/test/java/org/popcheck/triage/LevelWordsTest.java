package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.popcheck.i18n.Language;
import org.popcheck.report.Labels;
import org.popcheck.testsupport.Bundles;

/** Each level says the same thing everywhere: one set of words, in i18n/triage.properties. */
class LevelWordsTest {

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
    void noOtherBundleKeepsItsOwnWordsForALevel() {
        for (String bundle : Bundles.names()) {
            for (String key : Bundles.texts(Bundles.file(bundle, Language.EN)).keySet()) {
                boolean levelKey = false;
                for (Level level : Level.values()) {
                    levelKey |= key.endsWith(".level." + level.id()) || key.endsWith(".level.short." + level.id());
                }
                assertTrue(!levelKey || key.startsWith("triage.level."), key + " in " + bundle + ".properties: a second set of level words");
            }
        }
    }
}
