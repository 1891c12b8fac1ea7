package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.popcheck.testsupport.Bundles;

/**
 * A text with a {@code {0}} goes through {@link java.text.MessageFormat}, where a single apostrophe
 * starts a quoted part: "PopCheck's ... {0}" shows "PopChecks ... {0}" with the detail lost. Such
 * texts must write the apostrophe twice.
 */
class MessageApostropheTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void noTextWithAPlaceholderHasALoneApostrophe() {
        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (Path file : Bundles.all()) {
            for (Map.Entry<String, String> text : Bundles.texts(file).entrySet()) {
                if (PLACEHOLDER.matcher(text.getValue()).find()) {
                    checked++;
                    if (LONE_APOSTROPHE.matcher(text.getValue()).find()) {
                        bad.add(file.getFileName() + ": " + text.getKey());
                    }
                }
            }
        }
        assertTrue(checked > 10, "texts with a placeholder found: " + checked);
        assertEquals(List.of(), bad, "write the apostrophe as '' in these texts");
    }

    @Test
    void theCheckFindsALoneApostropheAndAcceptsADoubledOne() {
        assertTrue(LONE_APOSTROPHE.matcher("PopCheck's file ({0})").find());
        assertTrue(LONE_APOSTROPHE.matcher("it''s {0}, isn't it").find());
        assertFalse(LONE_APOSTROPHE.matcher("PopCheck''s file ({0})").find());
        assertFalse(LONE_APOSTROPHE.matcher("no apostrophe {0}").find());
        assertEquals("PopCheck's file (x)", new java.text.MessageFormat("PopCheck''s file ({0})").format(new Object[] {"x"}));
    }
}
