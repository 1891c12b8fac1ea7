package org.popcheck.i18n;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Regions whose English writes the month before the day (CLDR's en-US forms): the United States,
     * the territories that follow its forms, and the Philippines.
     */
    private static final Set<String> MONTH_FIRST_REGIONS = Set.of("US", "AS", "GU", "MP", "PR", "UM", "VI", "PH", "FM", "MH", "PW");

    /** English as written across the world (CLDR "en-001"): day before month, as most regions write it. */
    static final Locale WORLD_ENGLISH = Locale.forLanguageTag("en-001");

    /**
     * The locale for dates and numbers in this language on a system set to {@code system}: the
     * system's own when it speaks this language (so de-AT keeps its own forms); else this language
     * with the system's region where the locale data has forms for it (English on a German system:
     * en-DE, "01/12/2026" for 1 December); else this language's own forms, except that English
     * outside the regions that write the month first takes world English. Plain "en" writes the month
     * first, and a French or German system reading "01/12/2026" as 12 January would log an entry on
     * the wrong day.
     *
     * @param system the system's locale, such as {@code Locale.getDefault()}
     */
    public Locale formatLocale(Locale system) {
        if (system.getLanguage().equals(code())) {
            return system;
        }
        String region = system.getCountry();
        if (!region.isEmpty()) {
            Locale regional = new Locale.Builder().setLanguage(code()).setRegion(region).build();
            if (!shortDatePattern(regional).equals(shortDatePattern(locale()))) {
                return regional;
            }
        }
        return this == EN && !MONTH_FIRST_REGIONS.contains(region) ? WORLD_ENGLISH : locale();
    }

    private static String shortDatePattern(Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
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
