package org.popcheck.journal;

import java.time.OffsetDateTime;
import java.util.List;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/** Entries for tests in other packages. */
public final class JournalEntryFixtures {

    private JournalEntryFixtures() {}

    public static JournalEntry quick(String id, String at) {
        return new JournalEntry(id, OffsetDateTime.parse(at), new BodySite(Region.ANKLE, Side.LEFT), "pop", "daily", 3,
                List.of("walking"), List.of(), "", false, List.of(), null);
    }
}
