package org.popcheck.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where PopCheck keeps the person's files. Order: {@code --data-dir}, then {@code POPCHECK_DATA_DIR},
 * then the platform's usual place for application data.
 */
public final class DataDirectory {

    public static final String ENV = "POPCHECK_DATA_DIR";

    private DataDirectory() {}

    public static Path resolve(Path fromCommandLine) {
        return resolve(fromCommandLine, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Path fromCommandLine, Map<String, String> env, String osName, String home) {
        if (fromCommandLine != null) {
            return fromCommandLine.toAbsolutePath();
        }
        String override = env.get(ENV);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("PopCheck");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "PopCheck");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("popcheck");
    }
}
