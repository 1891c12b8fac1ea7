package org.popcheck.app;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module ...'"
 * warning off the terminal. JavaFX prints it at every start when it is loaded from the class path,
 * which is how PopCheck ships it (one jar, and a jlink runtime without JavaFX modules); the person
 * can do nothing about it, and it reads like a fault. Every other JavaFX message still shows.
 */
final class ClassPathWarningFilter implements Filter {

    /** JavaFX's logger ({@code com.sun.javafx.logging.PlatformLogger} is backed by this one). */
    static final String JAVAFX_LOGGER = "javafx";
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module";

    /** Held here: java.util.logging keeps loggers only weakly, and a new one would have no filter. */
    private static Logger javafxLogger;

    /** Installs the filter on JavaFX's logger; call before JavaFX starts. Idempotent. */
    static synchronized void install() {
        if (javafxLogger == null) {
            javafxLogger = Logger.getLogger(JAVAFX_LOGGER);
            javafxLogger.setFilter(new ClassPathWarningFilter(javafxLogger.getFilter()));
        }
    }

    private final Filter next;

    ClassPathWarningFilter(Filter next) {
        this.next = next;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        boolean classPathWarning = record.getLevel() == Level.WARNING
                && record.getMessage() != null && record.getMessage().startsWith(CLASS_PATH_WARNING);
        return !classPathWarning && (next == null || next.isLoggable(record));
    }
}
