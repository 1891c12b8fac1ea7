package org.popcheck.check;

import java.util.EnumSet;
import java.util.Set;
import org.popcheck.assessment.Assessment;
import org.popcheck.exercise.Stage;
import org.popcheck.triage.RecentInjury;

/**
 * Which kinds of exercise a session may hold, by how long ago an injury was. After a recent injury
 * (within {@value #RECENT_DAYS} days) a physiotherapist brings the kinds in one after another, as
 * PEACE &amp; LOVE and the JOSPT ankle guideline (2021) describe: the first week gentle range of
 * movement only, the second week strength as well, balance from the third week on. Without an injury,
 * or after {@value #RECENT_DAYS} days, every kind may be in the session. An injury of unknown date
 * counts as recent, the careful reading.
 */
public final class RecoveryStage {

    /** Days after an injury that count as recent. */
    public static final int RECENT_DAYS = RecentInjury.DAYS;

    /** Days after an injury with movement only. */
    public static final int MOVEMENT_ONLY_DAYS = 7;

    private RecoveryStage() {}

    /** True after an injury within {@value #RECENT_DAYS} days: the session is then ordered mobility, strength, balance. */
    public static boolean recentInjury(Assessment a) {
        return RecentInjury.within(a, RECENT_DAYS);
    }

    /** The kinds of exercise a session may hold for these answers. */
    public static Set<Stage> allowed(Assessment a) {
        if (RecentInjury.within(a, MOVEMENT_ONLY_DAYS)) {
            return EnumSet.of(Stage.MOBILITY);
        }
        if (recentInjury(a)) {
            return EnumSet.of(Stage.MOBILITY, Stage.STRENGTH);
        }
        return EnumSet.allOf(Stage.class);
    }
}
