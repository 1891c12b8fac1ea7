package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.popcheck.causes.Cause;
import org.popcheck.causes.CauseBook;

/**
 * Every source a person sees (a rule's source line, a cause's sources) names something they could
 * look up (a guideline, a rule, a paper), never the project's own files (the seed articles, the spec), whose names
 * mean nothing outside the project.
 */
class SourcesNameGuidelinesTest {

    /** The seed articles of the project (/work/shared/seeds), by file name. */
    private static final List<String> SEED_FILES = List.of(
            "ankle-popping", "back-popping-walking", "back-popping-walking-hips", "foot-popping-massage");

    /** A file name: lowercase words joined by two or more hyphens, or a name ending in .txt/.md/.json. */
    private static final Pattern FILE_NAME = Pattern.compile("\\b[a-z]+(-[a-z]+){2,}\\b|\\b[\\w-]+\\.(txt|md|json)\\b");

    static boolean namesASeed(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.contains("seed") || SEED_FILES.stream().anyMatch(lower::contains) || FILE_NAME.matcher(source).find();
    }

    /** Each source with the rule or cause it belongs to: {owner id, source}. */
    private static List<String[]> everySource() {
        List<String[]> out = new ArrayList<>();
        RuleBook.standard().rules().forEach(r -> out.add(new String[] {r.id(), r.source()}));
        for (Cause c : CauseBook.standard().causes()) {
            c.sources().forEach(s -> out.add(new String[] {c.id(), s}));
            for (org.popcheck.body.Region r : org.popcheck.body.Region.values()) {
                c.sources(java.util.EnumSet.of(r)).forEach(s -> out.add(new String[] {c.id() + " at " + r.id(), s}));
            }
        }
        return out;
    }

    @Test
    void noRuleOrCauseSourceNamesASeedFile() {
        List<String[]> sources = everySource();
        assertTrue(sources.size() > 40, "read the sources: " + sources.size());
        List<String> bad = sources.stream().filter(s -> namesASeed(s[1])).map(s -> s[0] + ": " + s[1]).toList();
        assertTrue(bad.isEmpty(), "sources that name a seed file instead of a guideline: " + bad);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed: ankle-popping", "The seed articles: nerve symptoms", "back-popping-walking-hips",
        "See foot-popping-massage", "notes in sprain-advice-sheet.txt", "The Seeds", "more cautious than spec/triage-rules.md"})
    void theCheckCatchesSeedNamesInAnyForm(String source) {
        assertTrue(namesASeed(source), source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NICE NG226: osteoarthritis in over 16s", "Ottawa ankle and foot rules (Stiell 1992)",
        "Kawchuk et al. 2015, real-time MRI of joint cracking (PLoS One)", "NHS: joint pain (when to see a doctor)"})
    void guidelineNamesPass(String source) {
        assertFalse(namesASeed(source), source);
    }
}
