package org.popcheck.triage;

import java.util.Arrays;
import java.util.Optional;
import org.popcheck.i18n.Messages;

/** The five triage levels of spec/assessment.md, declared most urgent first. */
public enum Level {
    EMERGENCY_AMBULANCE("emergency_ambulance"),
    EMERGENCY("emergency"),
    CONSULTATION_24("consultation_24"),
    CONSULTATION("consultation"),
    SELF_CARE("self_care");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True when this level asks for more urgent care than {@code other}. */
    public boolean isMoreUrgentThan(Level other) {
        return ordinal() < other.ordinal();
    }

    public static Level mostUrgent(Level a, Level b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /**
     * True for the two levels that send the person to emergency care now (an ambulance, or the
     * emergency department). At these the causes of the noise are not shown: none may read as a
     * reason to wait.
     */
    public boolean isEmergency() {
        return this == EMERGENCY_AMBULANCE || this == EMERGENCY;
    }

    /** Exercises are offered only at these two levels (spec/triage-rules.md). */
    public boolean allowsExercises() {
        return this == CONSULTATION || this == SELF_CARE;
    }

    /**
     * What this level asks a person to do, in words ("See a doctor within 24 hours"). The one
     * source for the app, the summary PDF, the journal and the command line: i18n/triage.properties.
     */
    public String words() {
        return Messages.get("triage.level." + id);
    }

    /** The level's short name for a banner or a narrow column ("Within 24 hours"), from the same file. */
    public String shortWords() {
        return Messages.get("triage.level.short." + id);
    }

    public static Optional<Level> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
