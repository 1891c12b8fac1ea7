package org.popcheck.triage;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of publication a source is (assets/triage/sources.json: {@code "kind"}), so its label says what it
 * is: a trial saw company blogs ("Hinge Health") labelled "Guideline", and a clinician discounts a whole list for that.
 */
public enum SourceKind {
    /** A guideline, standard of care or official advice (NICE, a professional society, a regulator). */
    GUIDELINE,
    /** A study, or a decision rule derived from studies (the Ottawa ankle rules). */
    STUDY,
    /** A clinical review or reference text (StatPearls, BMJ Best Practice). */
    REVIEW,
    /** A web page or leaflet for the public (a practice's page, a company blog, a magazine). */
    ARTICLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceKind> fromId(String id) {
        for (SourceKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
