package org.popcheck.triage;

import java.util.List;
import java.util.Set;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.assessment.FactType;

/**
 * The warning signs a person answered yes or "not sure": the yes/no facts of the emergency, onset
 * and warning lists that can raise a level. The result may say "no warning sign in your answers"
 * only when no rule fired <em>and</em> none of these was answered yes or not sure (trial 13: a
 * fever answered yes with a painless joint was followed by "no warning sign"). A risk about the
 * person (diabetes, blood thinners) is not a sign and does not count here.
 */
public final class AnsweredSigns {

    private static final Set<String> SIGN_GROUPS = Set.of("emergency", "onset", "warning");

    private AnsweredSigns() {}

    /** The ids of the signs answered yes or not sure, in catalogue order. */
    public static List<String> of(Assessment a, FactCatalog catalog) {
        return catalog.all().stream().filter(AnsweredSigns::isSign).map(FactDefinition::id).filter(a::yes).toList();
    }

    /** True when the fact is a warning sign in the sense above. */
    public static boolean isSign(FactDefinition f) {
        return f.type() == FactType.YESNO && f.raises() && f.sign() != null && SIGN_GROUPS.contains(f.group());
    }

    /** The signs' own words, joined by "; ", for a sentence that names them. */
    public static String words(List<String> ids, FactCatalog catalog) {
        return String.join("; ", ids.stream().map(id -> catalog.find(id).map(FactDefinition::signText).orElse(id)).toList());
    }
}
