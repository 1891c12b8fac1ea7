package org.popcheck.settings;

import java.util.Locale;
import java.util.Objects;
import org.popcheck.i18n.Language;

/**
 * The person's preferences. Immutable; change one with the {@code with...} methods.
 *
 * @param textScale       1.0 is the normal size; the UI scales its fonts by this
 * @param emergencyNumber the number named in emergency advice (112 / 911 / 999 ...)
 * @param reducedMotion   no animated demonstrations; show still poses instead
 * @param language        the language of the screens; SYSTEM follows the system locale
 */
public record Settings(Theme theme, double textScale, String emergencyNumber, boolean reducedMotion, Paper paper,
                       LanguageChoice language) {

    public enum Theme { LIGHT, DARK, HIGH_CONTRAST }

    /** The language chosen in Settings: the system locale's, or one named. */
    public enum LanguageChoice {
        SYSTEM, EN, ES, DE;

        /** The language to speak on a system with {@code systemLocale}. */
        public Language resolve(Locale systemLocale) {
            return this == SYSTEM ? Language.fromLocale(systemLocale) : Language.valueOf(name());
        }
    }

    public enum Paper { A4, LETTER }

    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;

    public Settings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(language, "language");
        if (emergencyNumber == null || !emergencyNumber.matches("[0-9]{2,6}")) {
            throw new IllegalArgumentException("The emergency number must be 2 to 6 digits, such as 112, 911 or 999");
        }
        textScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, textScale));
    }

    /** Settings that follow the system's language. */
    public Settings(Theme theme, double textScale, String emergencyNumber, boolean reducedMotion, Paper paper) {
        this(theme, textScale, emergencyNumber, reducedMotion, paper, LanguageChoice.SYSTEM);
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
        return new Settings(t, textScale, emergencyNumber, reducedMotion, paper, language);
    }

    public Settings withTextScale(double s) {
        return new Settings(theme, s, emergencyNumber, reducedMotion, paper, language);
    }

    public Settings withEmergencyNumber(String n) {
        return new Settings(theme, textScale, n, reducedMotion, paper, language);
    }

    public Settings withReducedMotion(boolean r) {
        return new Settings(theme, textScale, emergencyNumber, r, paper, language);
    }

    public Settings withLanguage(LanguageChoice l) {
        return new Settings(theme, textScale, emergencyNumber, reducedMotion, paper, l);
    }

    public Settings withPaper(Paper p) {
        return new Settings(theme, textScale, emergencyNumber, reducedMotion, p, language);
    }
}
