package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/safety/hazard-log.md and the rules stay together: every rule has a line that names a
 * hazard, every hazard names controls that exist, and every test and case it cites as proof exists.
 */
class HazardLogTest {

    private static final Path LOG = Path.of("docs/safety/hazard-log.md");
    private final String log = read();
    private final Set<String> ruleIds = new TreeSet<>(RuleBook.standard().ids());

    @Test
    void everyRuleHasALineNamingAHazardThatExists() {
        Set<String> hazards = matches("(?m)^### (H\\d\\d) ", 1);
        List<String> problems = new ArrayList<>();
        for (String id : ruleIds) {
            Matcher m = Pattern.compile("(?m)^\\| `" + Pattern.quote(id) + "` \\| (.*) \\|$").matcher(log);
            if (!m.find()) {
                problems.add(id + ": no line in the rule table");
            } else if (m.group(1).isBlank() || !Set.of(m.group(1).split(",\\s*")).stream().allMatch(hazards::contains)) {
                problems.add(id + ": names no known hazard (" + m.group(1) + ")");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRuleNamedInTheLogExists() {
        Set<String> named = matches("\\| `([a-z0-9-]+)` \\|", 1);
        named.removeAll(ruleIds);
        assertEquals(Set.of(), named, "the log names rules that are gone");
    }

    @Test
    void everyTestTheLogCitesExists() {
        Set<String> cited = matches("`([A-Z][A-Za-z0-9]+Test)`", 1);
        assertTrue(cited.size() > 5, "cites " + cited);
        Set<String> missing = cited.stream()
                .filter(name -> !exists(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyCaseTheLogCitesIsInTheCaseTable() {
        Set<String> cases = TriageCases.load().stream().map(TriageCases::name).collect(Collectors.toSet());
        // Case names are quoted and start with "v2: "; a quote may be folded over two lines.
        Set<String> cited = matches("\"(v2: [^\"]+)\"", 1).stream().map(s -> s.replaceAll("\\s+", " "))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(cited.size() > 30, "cites " + cited.size());
        cited.removeAll(cases);
        assertEquals(Set.of(), cited, "cases cited but not in cases.json");
    }

    private Set<String> matches(String regex, int group) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(log);
        while (m.find()) {
            out.add(m.group(group));
        }
        return out;
    }

    private static boolean exists(String testClass) {
        try (var files = Files.walk(Path.of("src/test/java"))) {
            return files.anyMatch(p -> p.getFileName().toString().equals(testClass + ".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read() {
        try {
            return Files.readString(LOG);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LOG.toAbsolutePath(), e);
        }
    }
}
