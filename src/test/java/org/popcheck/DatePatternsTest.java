package org.popcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every date the app prints uses the proleptic year ("uuuu") in ISO order: a pattern with "y" (year
 * of era) prints year 0 as 0001, and a localized style prints a two-digit year of era.
 */
class DatePatternsTest {

    private static final Pattern PATTERN = Pattern.compile("ofPattern\\(\"([^\"]*)\"");

    /** The problem with one line of source, or null when it prints years as ISO does. */
    static String problem(String line) {
        if (line.contains("ofLocalizedDate")) {
            return "a localized date style (two-digit year of era)";
        }
        Matcher m = PATTERN.matcher(line);
        while (m.find()) {
            // Letters inside single quotes are literal text, not pattern letters.
            String letters = m.group(1).replaceAll("'[^']*'", "");
            if (letters.indexOf('y') >= 0 || letters.indexOf('Y') >= 0) {
                return "the pattern \"" + m.group(1) + "\" uses the year of era; use uuuu";
            }
        }
        return null;
    }

    @Test
    void noSourceFormatsAYearOfEra() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path p : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    String why = problem(lines.get(i));
                    if (why != null) {
                        found.add(p + ":" + (i + 1) + ": " + why);
                    }
                }
            }
        }
        assertTrue(files > 100, "read the sources: " + files);
        assertEquals(List.of(), found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DateTimeFormatter.ofPattern(\"yyyy-MM-dd HH:mm xxx\")", "ofPattern(\"dd.MM.yy\")",
        "DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)", "ofPattern(\"YYYY-ww\")"})
    void theCheckFindsYearOfEraPatterns(String line) {
        assertTrue(problem(line) != null, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ofPattern(\"uuuu-MM-dd HH:mm xxx\")", "ofPattern(\"uuuu-MM-dd'T'HH:mm:ssxxx\")",
        "ofPattern(\"'year' uuuu\")", "ofPattern(\"HH:mm\")"})
    void isoPatternsPass(String line) {
        assertFalse(problem(line) != null, line);
    }
}
