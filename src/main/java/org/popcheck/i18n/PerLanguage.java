package org.popcheck.i18n;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A value built once per language, for the content singletons ({@code FactCatalog.standard()} ...):
 * their texts come from the language in use, so a change of language gets its own copy instead of
 * the one read for the language before.
 */
public final class PerLanguage<T> {

    private final Map<String, T> built = new ConcurrentHashMap<>();
    private final Supplier<T> factory;

    public PerLanguage(Supplier<T> factory) {
        this.factory = factory;
    }

    /** The value for {@link Messages#language()}, built on first use in that language. */
    public T get() {
        String language = Messages.contentVariant();
        T value = built.get(language);
        if (value == null) {
            // Not computeIfAbsent: building one catalog reads others, which may recurse into another PerLanguage.
            value = factory.get();
            T raced = built.putIfAbsent(language, value);
            value = raced == null ? value : raced;
        }
        return value;
    }
}
