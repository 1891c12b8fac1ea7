package org.popcheck.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * All user-visible strings. Keys are dotted and stable ({@code wizard.step.bodymap.title}); the first
 * segment names the bundle ({@code i18n/wizard.properties}), so each feature owns its own file.
 * The language is the system locale's ({@link Language#fromLocale}) until {@link #setLanguage}.
 */
public final class Messages {

    /**
     * No fallback to the system locale: English chosen on a German system must read
     * {@code wizard.properties}, not {@code wizard_de.properties}.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static volatile Language language = Language.fromLocale(Locale.getDefault());
    /**
     * The last {@link #locale()} worked out, with what it was worked out from. Every text with
     * arguments asks for the locale, and working it out compares date patterns of the locale data;
     * it is worked out again only when the language or the system locale has changed since.
     */
    private static volatile FormatLocale formatLocale;
    /** Null for the real texts; else what every text goes through (a pseudo-locale for layout tests). */
    private static volatile UnaryOperator<String> pseudo;

    private Messages() {}

    /**
     * Texts, content and formats from now on come in {@code newLanguage}. {@link #locale()} also
     * becomes the JVM's default locale for formatting ({@link Locale.Category#FORMAT}): what the
     * application does not format itself reads that one, such as the calendar of JavaFX's date picker
     * (its month and weekday names and the week's first day), which followed the system's language
     * instead of the one chosen in Settings.
     */
    public static void setLanguage(Language newLanguage) {
        language = newLanguage;
        BUNDLES.clear();
        Locale.setDefault(Locale.Category.FORMAT, locale());
    }

    public static Language language() {
        return language;
    }

    /**
     * Passes every text, of the bundles and of the content files, through {@code transform} (null:
     * the real texts again). For a pseudo-locale: longer, accented texts show in a layout test where
     * a translation would be cut, before any translator has written a word.
     */
    public static void setPseudo(UnaryOperator<String> transform) {
        pseudo = transform;
        BUNDLES.clear();
    }

    static UnaryOperator<String> pseudo() {
        return pseudo;
    }

    /** What the content singletons are built for: the language, and whether a pseudo-locale is on. */
    static String contentVariant() {
        return pseudo == null ? language.code() : language.code() + "+pseudo";
    }

    /** The locale for dates and numbers: the chosen language as the system's region writes it ({@link Language#formatLocale}). */
    public static Locale locale() {
        Language lang = language;
        Locale system = Locale.getDefault();
        FormatLocale known = formatLocale;
        if (known == null || known.language() != lang || !known.system().equals(system)) {
            known = new FormatLocale(lang, system, lang.formatLocale(system));
            formatLocale = known;
        }
        return known.locale();
    }

    private record FormatLocale(Language language, Locale system, Locale locale) {}

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern = bundle(bundleName(key)).getString(key);
        UnaryOperator<String> p = pseudo;
        pattern = p == null ? pattern : p.apply(pattern);
        return args.length == 0 ? pattern : format(pattern, args);
    }

    /**
     * A text with plural forms ({@code {0,plural,one{# reason} other{# reasons}}}) goes through ICU's
     * MessageFormat, which knows each language's plural rules; the JDK's cannot read them. Every other
     * text goes through the JDK's, which it was written for ({@code choice}, dates, apostrophes).
     */
    private static String format(String pattern, Object[] args) {
        if (pattern.contains(",plural,")) {
            return new com.ibm.icu.text.MessageFormat(pattern, com.ibm.icu.util.ULocale.forLocale(locale())).format(args);
        }
        return new MessageFormat(pattern, locale()).format(args);
    }

    public static boolean has(String key) {
        try {
            return bundle(bundleName(key)).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    public static ResourceBundle bundle(String name) {
        return BUNDLES.computeIfAbsent(name, n -> ResourceBundle.getBundle("i18n." + n, language.locale(), NO_FALLBACK));
    }

    static String bundleName(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("Message key '" + key + "' has no bundle prefix");
        }
        return key.substring(0, dot);
    }
}
