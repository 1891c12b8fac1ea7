package org.popcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.popcheck.assessment.Answer;
import org.popcheck.i18n.LocalFormats;
import org.popcheck.i18n.Messages;

/** The lines of {@link CheckFacts} in plain words, in the app's language; a fact not answered gives no words. */
final class CheckFactWords {

    private CheckFactWords() {}

    /** "Injury: 7 days ago (on 25 Nov 2026); hit the head: no", or empty when neither was answered. */
    static List<String> lines(CheckFacts f) {
        List<String> out = new ArrayList<>();
        if (f == null) {
            return out;
        }
        String injury = injury(f);
        if (injury != null) {
            out.add(Messages.get("summary.pdf.injury", injury));
        }
        String health = health(f.health());
        if (health != null) {
            out.add(Messages.get("summary.pdf.health", health));
        }
        return out;
    }

    private static String injury(CheckFacts f) {
        List<String> parts = new ArrayList<>();
        if (f.injury() == Answer.YesNo.NO) {
            parts.add(Messages.get("summary.pdf.injury.none"));
        } else if (f.injuryOn() != null) {
            parts.add(Messages.get("summary.pdf.injury.when", f.daysAgo(), LocalFormats.date(f.injuryOn())));
        } else if (f.injury() == Answer.YesNo.YES) {
            parts.add(Messages.get("summary.pdf.injury.yes"));
        } else if (f.injury() == Answer.YesNo.UNSURE) {
            parts.add(Messages.get("summary.pdf.injury.unsure"));
        }
        if (f.headKnock() != null) {
            parts.add(Messages.get("summary.pdf.headKnock." + key(f.headKnock())));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** "yes: blood-thinning medicine · no: a bleeding disorder, cancer in the past", the yes first. */
    private static String health(Map<String, Answer.YesNo> health) {
        List<String> groups = new ArrayList<>();
        for (Answer.YesNo answer : List.of(Answer.YesNo.YES, Answer.YesNo.UNSURE, Answer.YesNo.NO)) {
            List<String> named = health.entrySet().stream().filter(e -> e.getValue() == answer)
                    .map(e -> Messages.has("summary.health." + e.getKey()) ? Messages.get("summary.health." + e.getKey()) : Labels.sign(e.getKey())).toList();
            if (!named.isEmpty()) {
                groups.add(Messages.get("summary.pdf.health." + key(answer), String.join(", ", named)));
            }
        }
        return groups.isEmpty() ? null : String.join("  ·  ", groups);
    }

    /**
     * "Ottawa ankle and foot rules: no bone tenderness at the points checked; could take four steps right after
     * the injury and now": the key negatives (or what was found) of the latest ankle or foot check, or null when
     * not every fact the rules use was answered.
     */
    static String ottawa(CheckFacts f) {
        if (f == null || f.ottawa() == null) {
            return null;
        }
        CheckFacts.Ottawa o = f.ottawa();
        String tender;
        if (o.tender().isEmpty()) {
            tender = Messages.get("summary.pdf.ottawa.notTender");
        } else {
            List<String> points = new ArrayList<>();
            o.tender().forEach((point, answer) -> points.add(answer == Answer.YesNo.UNSURE
                    ? Messages.get("summary.pdf.ottawa.unsure", Messages.get("summary.ottawa." + point))
                    : Messages.get("summary.ottawa." + point)));
            tender = Messages.get("summary.pdf.ottawa.tender", String.join(", ", points));
        }
        String steps = Messages.get("summary.pdf.ottawa.steps." + (o.unableThen() ? "notThen" : "then") + (o.unableNow() ? "NotNow" : "Now"));
        return Messages.get("summary.pdf.ottawa", tender, steps);
    }

    private static String key(Answer.YesNo answer) {
        return answer.name().toLowerCase(java.util.Locale.ROOT);
    }
}
