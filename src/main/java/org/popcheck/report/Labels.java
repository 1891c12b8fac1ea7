package org.popcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.body.BodySite;
import org.popcheck.i18n.Messages;
import org.popcheck.triage.Level;
import org.popcheck.triage.Publications;
import org.popcheck.triage.SourceKind;

/** Words for ids in the summary: from i18n/summary.properties, or the id made readable when no key exists. */
public final class Labels {

    private Labels() {}

    public static String site(BodySite site) {
        return site == null ? "" : text("summary.site." + site.region().id() + "." + site.side().id(), site.key());
    }

    public static String level(Level level) {
        return level.words();
    }

    /** An option of the fact catalog (sound, frequency, trigger) or a fact id. */
    public static String option(String id) {
        return id == null ? "" : text("summary.option." + id, humanize(id));
    }

    /**
     * A warning sign or fact about the person in the words the check showed, in the app's language
     * ("You take blood-thinning medicine"), never its id; the id made readable only for a fact this
     * version no longer has (an old journal).
     */
    public static String sign(String factId) {
        return factId == null ? "" : FactCatalog.standard().find(factId).map(FactDefinition::signText).orElse(humanize(factId));
    }

    /**
     * A rule's or a cause's sources ("A; B"), each named with its kind: "Guideline: NICE CG124 …; Article: Hinge
     * Health …", so a clinician can tell a guideline from a blog. A name sources.json does not know is a "Source".
     */
    public static String sources(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        List<String> named = new ArrayList<>();
        for (String name : source.split(Publications.SEPARATOR)) {
            String kind = Publications.standard().kind(name.strip()).map(SourceKind::id).orElse("unknown");
            named.add(Messages.get("summary.sourceKind." + kind, name.strip()));
        }
        return String.join(Publications.SEPARATOR, named);
    }

    static String text(String key, String fallback) {
        return Messages.has(key) ? Messages.get(key) : humanize(fallback);
    }

    /** {@code every_step} becomes {@code every step}. */
    public static String humanize(String id) {
        return id == null ? "" : id.replace('_', ' ').replace('/', ' ').toLowerCase(Locale.ROOT);
    }
}
