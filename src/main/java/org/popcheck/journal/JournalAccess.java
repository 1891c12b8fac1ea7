package org.popcheck.journal;

import java.io.IOException;
import java.util.List;

/**
 * What other features need of the journal: read the entries, add one, replace one (the next-morning
 * answer of an exercise session). The file store of issue 4
 * implements it; tests may use an in-memory one.
 */
public interface JournalAccess {

    /** A snapshot of every entry, oldest first. */
    List<JournalEntry> entries();

    /** Adds an entry; when this returns normally the entry is safely on disk. */
    void add(JournalEntry entry) throws IOException;

    /** Replaces the entry with the same id; an unknown id is refused with a {@link JournalException}. */
    void update(JournalEntry entry) throws IOException;

    /** True when this copy of the app may not write (another copy has it open, or it is from a newer version). */
    boolean readOnly();
}
