package org.popcheck.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where PopCheck keeps files it can make again at any time (today only the start-up archive of
 * {@link JarRelaunch}). Not the person's data: deleting this folder loses nothing. Order:
 * {@code POPCHECK_CACHE_DIR}, then the platform's usual place for caches ({@code XDG_CACHE_HOME}
 * or {@code $HOME/.cache} on Linux, found as the data folder is ({@link DataDirectory}),
 * {@code ~/Library/Caches} on macOS, {@code %LOCALAPPDATA%} on Windows).
 */
final class CacheDirectory {

    static final String ENV = "POPCHECK_CACHE_DIR";

    private CacheDirectory() {}

    static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Map<String, String> env, String osName, String home) {
        String override = env.get(ENV);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("PopCheck").resolve("cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "PopCheck");
        }
        return DataDirectory.xdg(env, "XDG_CACHE_HOME", home, ".cache").resolve("popcheck");
    }
}
