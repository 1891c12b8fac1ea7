package org.popcheck.plan;

import java.util.Locale;
import org.popcheck.triage.Level;

/** The lists of signs, most urgent first: the order the person answers them in. */
public enum SignTier {
    /** The emergency signs of spec/assessment.md: any one means calling the emergency number. */
    EMERGENCY,
    /** Signs that can need care the same day. */
    SAME_DAY,
    /** Signs that can need a doctor within 24 hours. */
    WITHIN_A_DAY,
    /** Signs worth a visit within weeks, the person's health, and what helps explain the noise. */
    WITHIN_WEEKS;

    /** The tier of the most urgent level a sign can lead to. */
    static SignTier of(Level level) {
        return switch (level) {
            case EMERGENCY_AMBULANCE, EMERGENCY -> SAME_DAY;
            case CONSULTATION_24 -> WITHIN_A_DAY;
            default -> WITHIN_WEEKS;
        };
    }

    /** The message-key part, e.g. {@code wizard.list.same_day.title}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
