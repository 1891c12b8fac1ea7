package org.popcheck.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.popcheck.journal.JournalStore;
import org.popcheck.settings.SettingsStore;

/**
 * Where PopCheck keeps the person's files. Order: {@code --data-dir}, then {@code POPCHECK_DATA_DIR},
 * then the platform's usual place for application data.
 *
 * <p>On Linux that place follows the XDG base directory rules, as the person's other programs do:
 * {@code $XDG_DATA_HOME/popcheck}, else {@code $HOME/.local/share/popcheck}. Java's {@code user.home}
 * is not {@code $HOME} there (it comes from the password database), so it is used only when
 * {@code $HOME} is not set. Earlier versions took {@code user.home}, and a relative
 * {@code XDG_DATA_HOME} as it was: where that gave another folder, which holds the person's files
 * while the new one does not exist yet, PopCheck goes on using it. Nothing is moved or copied.
 * "Holds the person's files" means a journal, its backup or the settings: a folder that is there but
 * empty, or holds only a lock file, does not count (a start with another {@code HOME}, to try the app
 * on a clean slate, must not write into the account's own journal).
 */
public final class DataDirectory {

    public static final String ENV = "POPCHECK_DATA_DIR";

    private DataDirectory() {}

    public static Path resolve(Path fromCommandLine) {
        return resolve(fromCommandLine, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                Files::isDirectory, DataDirectory::holdsPersonsFiles);
    }

    /**
     * @param userHome Java's {@code user.home}
     * @param exists whether a folder is there (on Linux, asked of today's folder only when the folder
     *     of earlier versions differs from it)
     * @param holdsFiles whether a folder holds the person's files (asked of the earlier folder only)
     */
    static Path resolve(Path fromCommandLine, Map<String, String> env, String osName, String userHome, Predicate<Path> exists,
            Predicate<Path> holdsFiles) {
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
            return (appData != null ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming")).resolve("PopCheck");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "PopCheck");
        }
        Path today = xdg(env, "XDG_DATA_HOME", userHome, ".local", "share").resolve("popcheck");
        Path earlier = earlierLinuxFolder(env, userHome);
        if (!earlier.equals(today) && !exists.test(today) && holdsFiles.test(earlier)) {
            return earlier.toAbsolutePath(); // the person's journal is there: never start an empty one beside it
        }
        return today;
    }

    /** Whether {@code folder} holds a journal, the journal's backup or the settings (plain files, not links). */
    static boolean holdsPersonsFiles(Path folder) {
        for (String name : new String[] {JournalStore.FILE, JournalStore.BACKUP, SettingsStore.SETTINGS_FILE}) {
            if (Files.isRegularFile(folder.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A folder of the XDG base directory rules: {@code variable} when it holds an absolute path (the
     * rules say to ignore a relative one), else {@code fallback} below the home folder.
     */
    static Path xdg(Map<String, String> env, String variable, String userHome, String... fallback) {
        String set = env.get(variable);
        if (set != null && Path.of(set).isAbsolute()) {
            return Path.of(set);
        }
        return Path.of(home(env, userHome), fallback);
    }

    /** The home folder as the person's shell and other programs see it: {@code $HOME}, else Java's {@code user.home}. */
    static String home(Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return home != null && Path.of(home).isAbsolute() ? home : userHome;
    }

    /** Where versions before this one kept the files on Linux. */
    private static Path earlierLinuxFolder(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share")).resolve("popcheck");
    }
}
