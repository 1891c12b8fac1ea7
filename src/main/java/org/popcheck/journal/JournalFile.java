package org.popcheck.journal;

import java.util.List;

/**
 * The contents of one journal file.
 *
 * @param schemaVersion the version written in the file (may be newer than {@link JournalJson#SCHEMA_VERSION})
 * @param entries       the entries this version can show
 * @param hiddenEntries for a file of a newer version: how many of its entries this version cannot show
 *                      (they hold values it does not know); always 0 for a file of this version
 */
public record JournalFile(int schemaVersion, List<JournalEntry> entries, int hiddenEntries) {
    public JournalFile {
        entries = List.copyOf(entries);
    }

    public JournalFile(int schemaVersion, List<JournalEntry> entries) {
        this(schemaVersion, entries, 0);
    }

    /** Whether a newer PopCheck wrote the file: it may hold fields and values this version would drop. */
    public boolean newer() {
        return schemaVersion > JournalJson.SCHEMA_VERSION;
    }
}
