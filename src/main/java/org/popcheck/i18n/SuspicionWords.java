package org.popcheck.i18n;

import java.util.List;
import java.util.stream.Collectors;
import org.popcheck.triage.Suspicion;

/** What the rules suspect, in the person's words, for "no exercises until ... has been checked". */
public final class SuspicionWords {

    private SuspicionWords() {}

    /** For example "a possible broken bone or an infection"; empty for an empty list. */
    public static String of(List<Suspicion> suspicions) {
        return suspicions.stream().map(s -> Messages.get("triage.withheld." + s.id()))
                .collect(Collectors.joining(Messages.get("triage.withheld.or")));
    }
}
