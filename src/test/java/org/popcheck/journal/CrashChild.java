package org.popcheck.journal;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/**
 * Run as a separate JVM by {@link JournalCrashTest}: adds entries forever and prints "ACK id" after
 * each save returns, until it is killed.
 */
public final class CrashChild {

    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        try (JournalStore store = JournalStore.open(Path.of(args[0]))) {
            if (store.readOnly()) {
                System.out.println("READONLY " + store.problem().map(JournalProblem::describe).orElse(""));
                System.exit(3);
            }
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                String id = UUID.randomUUID().toString();
                store.add(new JournalEntry(id, OffsetDateTime.now(ZoneOffset.ofHours(i % 5)), new BodySite(Region.ANKLE, Side.LEFT),
                        "pop", "daily", i % 11, List.of("walking"), List.of(), "entry " + i + " ✓ 足首", false, List.of(), null));
                System.out.println("ACK " + id);
                System.out.flush();
            }
        }
    }
}
