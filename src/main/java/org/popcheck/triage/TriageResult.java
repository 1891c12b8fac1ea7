package org.popcheck.triage;

import java.util.List;

/**
 * The outcome of one assessment. {@code reasons} are most urgent first; {@code exercises} is empty
 * at {@link Level#CONSULTATION_24} and above.
 */
public record TriageResult(Level level, List<Reason> reasons, String advice, List<WatchSign> watchFor, List<String> exercises) {
    public TriageResult {
        reasons = List.copyOf(reasons);
        watchFor = List.copyOf(watchFor);
        exercises = List.copyOf(exercises);
    }
}
