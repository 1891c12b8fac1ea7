package org.popcheck.journal;

import java.util.List;
import org.popcheck.assessment.Assessment;
import org.popcheck.triage.Level;

/** A wizard run kept in the journal: the answers, and the level and rule ids it gave at the time. */
public record SavedAssessment(Assessment assessment, Level level, List<String> ruleIds) {
    public SavedAssessment {
        ruleIds = List.copyOf(ruleIds);
    }
}
