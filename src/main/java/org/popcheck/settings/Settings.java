package org.popcheck.settings;

import java.util.Locale;
import java.util.Objects;

/**
 * The person's preferences. Immutable; change one with the {@code with...} methods.
 *
 * @param textScale       1.0 is the normal size; the UI scales its fonts by this
 * @param emergencyNumber the number named in emergency advice (112 / 911 / 999 ...)
 * @param reducedMotion   no animated demonstrations; show still poses instead
 */
public record Settings(Theme theme, double textScale, String emergencyNumber, boolean reducedMotion, Paper paper) {

    public enum Theme { LIGHT, DARK, HIGH_CONTRAST }

    public enum Paper { A4, LETTER }

    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;

    public Settings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(paper, "paper");
        if (emergencyNumber == null || !emergencyNumber.matches("[0-9]{2,6}")) {
            throw new IllegalArgumentException("The emergency number must be 2 to 6 digits, such as 112, 911 or 999");
        }
        textScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, textScale));
    }

    /** Defaults for a locale: its emergency number and paper size. */
    public static Settings defaultsFor(Locale locale) {
        return new Settings(Theme.LIGHT, 1.0, EmergencyNumber.forLocale(locale), false, paperFor(locale));
    }

    static Paper paperFor(Locale locale) {
        String c = locale.getCountry();
        return c.equals("US") || c.equals("CA") || c.equals("MX") || c.equals("PH") ? Paper.LETTER : Paper.A4;
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, textScale, emergencyNumber, reducedMotion, paper);
    }

    public Settings withTextScale(double s) {
        return new Settings(theme, s, emergencyNumber, reducedMotion, paper);
    }

    public Settings withEmergencyNumber(String n) {
        return new Settings(theme, textScale, n, reducedMotion, paper);
    }

    public Settings withReducedMotion(boolean r) {
        return new Settings(theme, textScale, emergencyNumber, r, paper);
    }

    public Settings withPaper(Paper p) {
        return new Settings(theme, textScale, emergencyNumber, reducedMotion, p);
    }
}
