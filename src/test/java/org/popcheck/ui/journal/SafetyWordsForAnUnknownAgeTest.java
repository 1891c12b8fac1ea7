package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
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
import org.popcheck.triage.Reason;
import org.popcheck.triage.TriageEngine;
import org.popcheck.triage.UnknownAgeTriage;

/**
 * The journal's message for a warning sign logged with no age known, in every language: reasons that
 * hold only at some ages come after their own heading, never under "Why:", and the closing words say
 * the age is not known and why the advice may be more cautious than needed.
 */
class SafetyWordsForAnUnknownAgeTest {

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void reasonsForSomeAgesOnlyAreListedApartAndExplained(Language language) {
        Messages.setLanguage(language);
        JournalEntry hip = new JournalEntry("e", OffsetDateTime.parse("2026-03-01T10:00:00Z"), new BodySite(Region.HIP, Side.LEFT), "pop",
                "daily", 5, null, List.of("unable_to_bear_weight"), "", false, null, null);
        UnknownAgeTriage.Outcome f = new SafetyNet(TriageEngine.standard(), FactCatalog.standard()).check(hip, List.of(), "112").orElseThrow();
        String words = JournalViewModel.describe(f);
        String heading = Messages.get("journal.safety.reasonsAtSomeAges");
        int apart = words.indexOf(heading);
        assertTrue(apart > 0, words);
        assertFalse(f.reasonsForSomeAgesOnly().isEmpty());
        for (Reason r : f.reasonsForSomeAgesOnly()) {
            assertTrue(words.indexOf(r.text()) > apart, "'" + r.text() + "' must come under its own heading:\n" + words);
        }
        // The reasons for any age are said by their signs and their level's words (SafetyReasonsInLevelWordsTest).
        String anyAge = words.substring(words.indexOf(Messages.get("journal.safety.reasons")), apart);
        f.reasonsForAnyAge().stream().map(Reason::level).min(java.util.Comparator.naturalOrder())
                .ifPresent(level -> assertTrue(anyAge.contains(level.words()), level + " applies at any age:\n" + words));
        assertTrue(words.endsWith(Messages.get("journal.safety.ageAssumed")), words);
    }
}
