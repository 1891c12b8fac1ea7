package org.popcheck.journal;

import java.util.List;

/**
 * The contents of one journal file.
 *
 * @param schemaVersion the version written in the file (may be newer than {@link JournalJson#SCHEMA_VERSION})
 */
public record JournalFile(int schemaVersion, List<JournalEntry> entries) {
    public JournalFile {
        entries = List.copyOf(entries);
    }
}
