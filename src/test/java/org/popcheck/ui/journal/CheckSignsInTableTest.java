package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.SavedAssessment;
import org.popcheck.triage.Level;

/**
 * A check saved from the wizard keeps its warning signs as answers, not in the entry's list of ticked signs:
 * the journal table's warning column showed nothing for a check with "numbness around the genitals" answered
 * yes. The cell counts the yes and not-sure answers of a check as it counts a quick entry's ticked signs.
 */
class CheckSignsInTableTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final BodySite LOWER_BACK = BodySite.spine(Region.SPINE_LOWER);

    @Test
    void aChecksYesAndNotSureAnswersShowInItsRow() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("saddle_numbness", Answer.YesNo.YES);
        answers.put("fever", Answer.YesNo.NO);
        answers.put("swelling", Answer.YesNo.UNSURE);
        JournalEntry check = new JournalEntry("check", AT, LOWER_BACK, null, null, null, List.of(), List.of(), "", false, List.of(),
                new SavedAssessment(new Assessment(52, List.of(LOWER_BACK), answers), Level.EMERGENCY, List.of()));
        assertEquals("\u26A0 2", JournalViewModel.warningsCell(check), "numbness (yes) and swelling (not sure); the fever's no is not a sign");
    }

    @Test
    void aQuickEntrysTickedSignsStillShowAndANoSignEntryStaysBlank() {
        JournalEntry quick = new JournalEntry("quick", AT.plusMinutes(1), LOWER_BACK, null, null, 6, List.of(),
                List.of("fever", "swelling", "hot_red_joint"), "", false, List.of(), null);
        assertEquals("\u26A0 3", JournalViewModel.warningsCell(quick));
        JournalEntry plain = new JournalEntry("plain", AT, LOWER_BACK, "pop", null, 2, List.of(), List.of(), "", false, List.of(), null);
        assertEquals("", JournalViewModel.warningsCell(plain));
    }
}
