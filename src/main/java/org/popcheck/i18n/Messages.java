package org.popcheck.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All user-visible strings. Keys are dotted and stable ({@code wizard.step.bodymap.title}); the first
 * segment names the bundle ({@code i18n/wizard.properties}), so each feature owns its own file.
 */
public final class Messages {

    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static volatile Locale locale = Locale.getDefault();

    private Messages() {}

    public static void setLocale(Locale newLocale) {
        locale = newLocale;
        BUNDLES.clear();
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern = bundle(bundleName(key)).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static boolean has(String key) {
        try {
            return bundle(bundleName(key)).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    public static ResourceBundle bundle(String name) {
        return BUNDLES.computeIfAbsent(name, n -> ResourceBundle.getBundle("i18n." + n, locale));
    }

    static String bundleName(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("Message key '" + key + "' has no bundle prefix");
        }
        return key.substring(0, dot);
    }
}
