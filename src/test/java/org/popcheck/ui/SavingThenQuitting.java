package org.popcheck.ui;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.journal.JournalEntry;
import org.popcheck.journal.JournalStore;

/**
 * A JVM for {@link SavesFinishAtExitTest}: asks for {@code count} saves on the journal's writer
 * thread, then quits at once with {@code System.exit}, which runs the shutdown hooks as a SIGTERM does.
 * Arguments: the data folder, "hook" or "no-hook", the number of entries.
 */
public final class SavingThenQuitting {

    private SavingThenQuitting() {}

    public static void main(String[] args) throws Exception {
        AppContext context = AppContext.create(Path.of(args[0]));
        context.setJournal(JournalStore.open(Path.of(args[0])));
        if (args[1].equals("hook")) {
            context.finishSavesAtExit();
        }
        int count = Integer.parseInt(args[2]);
        OffsetDateTime at = OffsetDateTime.parse("2026-03-02T10:00:00Z");
        for (int i = 0; i < count; i++) {
            JournalEntry e = new JournalEntry("quit-" + i, at.plusMinutes(i), new BodySite(Region.ANKLE, Side.LEFT), "pop", null, 2,
                    List.of(), List.of(), "", false, List.of(), null);
            context.writeJournal(j -> {
                j.add(e);
                return e;
            });
        }
        System.out.println("asked for " + count + " saves");
        System.exit(0);
    }
}
