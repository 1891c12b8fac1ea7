package org.popcheck.testsupport;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalJson;
import org.popcheck.journal.JournalStore;

/** A journal written straight to a data folder: a few entries for a valid file to damage, or so many that reading and saving it take long enough to be seen. */
public final class LongJournal {

    private LongJournal() {}

    /** {@code count} entries, half an hour apart, ending about now; 300,000 make about 70 MB. Returns the folder. */
    public static Path in(Path data, int count) throws IOException {
        OffsetDateTime start = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(count * 30L + 60);
        List<JournalEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(new JournalEntry("long-" + i, start.plusMinutes(i * 30L), new BodySite(Region.HIP, Side.RIGHT), "click", "daily",
                    i % 11, List.of("walking"), List.of(), i % 4 == 0 ? "stairs again, a bit stiff" : "", false, List.of(), null));
        }
        try (Writer w = Files.newBufferedWriter(data.resolve(JournalStore.FILE))) {
            JournalJson.standard().write(entries, w);
        }
        return data;
    }
}
