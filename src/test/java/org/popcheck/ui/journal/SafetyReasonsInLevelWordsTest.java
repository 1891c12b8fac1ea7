package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SafetyNet;
import org.popcheck.triage.Level;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.UnknownAgeTriage;

/**
 * The journal's warning said the time to act in the rules' own words: for one entry with a hot red joint and
 * a fever, "the same day", "within a day" and "soon" beside advice of "today" and "within 24 hours". Each
 * reason now says what to do in its level's own words (triage.level.*), as the exercises' stop list does,
 * and a sign is said once, with the most urgent level it has. (Reasons that hold only at some ages keep their
 * sentences, which say the ages.)
 */
class SafetyReasonsInLevelWordsTest {

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyReasonEndsInItsLevelsWordsAndNoSignIsGivenTwoTimes(Language language) {
        Messages.setLanguage(language);
        JournalEntry entry = new JournalEntry("e", OffsetDateTime.parse("2026-03-01T10:00:00Z"), new BodySite(Region.ANKLE, Side.LEFT),
                "pop", "daily", 6, null, List.of("hot_red_joint", "fever", "swelling", "leg_weakness"), "", false, null, null);
        UnknownAgeTriage.Outcome f = new SafetyNet(TriageEngine.standard(), FactCatalog.standard()).check(entry, List.of(), "112")
                .orElseThrow();
        String all = JournalViewModel.describe(f);
        // The reasons for any age; those for some ages only keep their sentences, which say the ages.
        int apart = all.indexOf(Messages.get("journal.safety.reasonsAtSomeAges"));
        String words = apart < 0 ? all : all.substring(0, apart);
        List<String> reasons = Arrays.stream(words.split("\n")).filter(l -> l.startsWith("\u2022 ")).toList();
        assertTrue(reasons.size() >= 2, words);
        Map<String, String> levelOfSign = new HashMap<>();
        for (String line : reasons) {
            Level level = Arrays.stream(Level.values()).filter(l -> line.endsWith(l.words())).findFirst()
                    .orElseThrow(() -> new AssertionError(language + ": not in a level's words: " + line + "\n" + words));
            for (String sign : entry.warningSigns()) {
                String text = FactCatalog.standard().find(sign).orElseThrow().signText();
                if (line.contains(text)) {
                    // Again only with a more urgent level (under "only at some ages"), never as a reason to wait.
                    String before = levelOfSign.put(text, level.id());
                    assertTrue(before == null || level.isMoreUrgentThan(Level.fromId(before).orElseThrow()),
                            language + ": '" + text + "' given twice, at " + before + " and then " + level.id() + "\n" + words);
                }
            }
        }
        if (language == Language.EN) {
            for (String own : List.of("same day", "within a day", "soon")) {
                assertFalse(words.contains(own), "the rules' own time words: '" + own + "' in\n" + words);
            }
        }
    }
}
