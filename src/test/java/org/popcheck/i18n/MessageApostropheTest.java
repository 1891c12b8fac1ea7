package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A text with a {@code {0}} goes through {@link java.text.MessageFormat}, where a single apostrophe
 * starts a quoted part: "PopCheck's ... {0}" shows "PopChecks ... {0}" with the detail lost. Such
 * texts must write the apostrophe twice.
 */
class MessageApostropheTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void noTextWithAPlaceholderHasALoneApostrophe() throws IOException {
        List<String> bad = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                Properties texts = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    texts.load(in);
                }
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    if (PLACEHOLDER.matcher(text).find()) {
                        checked++;
                        if (LONE_APOSTROPHE.matcher(text).find()) {
                            bad.add(file.getFileName() + ": " + key);
                        }
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
