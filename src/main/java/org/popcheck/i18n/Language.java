package org.popcheck.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages PopCheck speaks. English is the source: its bundles have no suffix
 * ({@code wizard.properties}) and its content files are the plain {@code assets/.../name.json};
 * the others add {@code _es} / {@code .es} (see docs/i18n.md for adding one).
 */
public enum Language {
    EN, ES, DE;

    /** The ISO 639-1 code: "en", "es", "de"; used in file names and {@code --lang}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The locale whose bundles and formats this language uses (language only, no country). */
    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language for a system locale: es* is Spanish, de* German, everything else English. */
    public static Language fromLocale(Locale locale) {
        return parse(locale.getLanguage()).orElse(EN);
    }

    /** The language for a code such as "de" (any case); empty for a code PopCheck does not speak. */
    public static Optional<Language> parse(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
