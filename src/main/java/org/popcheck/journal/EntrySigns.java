package org.popcheck.journal;

import java.util.ArrayList;
import java.util.List;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;

/**
 * The warning signs an entry holds, wherever it keeps them. A quick entry keeps the signs ticked in
 * {@link JournalEntry#warningSigns()}; a check saved from the wizard keeps them as yes/no answers of
 * its assessment and leaves that list empty. Reading only the list made a check's "numbness around the
 * genitals: yes" vanish from the summary and the journal table.
 */
public final class EntrySigns {

    private EntrySigns() {}

    /** The entry's signs with the shipped fact catalog. */
    public static List<String> of(JournalEntry e) {
        return of(e, FactCatalog.standard());
    }

    /**
     * Fact ids: the ticked signs first, then every level-raising yes/no question of the entry's check
     * answered yes or not sure ("not sure" counts as yes, spec/assessment.md), each once.
     */
    public static List<String> of(JournalEntry e, FactCatalog facts) {
        List<String> out = new ArrayList<>(e.warningSigns());
        if (e.assessment() == null) {
            return out;
        }
        for (FactDefinition def : facts.all()) {
            if (def.type() == FactType.YESNO && def.raises() && !out.contains(def.id())
                    && e.assessment().assessment().facts().get(def.id()) instanceof Answer.YesNo yn && yn.countsAsYes()) {
                out.add(def.id());
            }
        }
        return out;
    }

    /**
     * A check the person ran in the wizard, not one the safety net made for a quick entry's ticked signs,
     * as the check itself says ({@link SavedAssessment#source()}); no longer guessed from the ticked signs.
     */
    public static boolean isWizardCheck(JournalEntry e) {
        return e.assessment() != null && e.assessment().fromWizard();
    }
}
