package org.popcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the person's files are, from an environment, a system and a {@code user.home} given here (never the real ones). */
class DataDirectoryTest {

    /** No folder is there yet: a first start. */
    private static final Predicate<Path> NOTHING = p -> false;

    @Test
    void commandLineWinsOverEverything() {
        Path p = DataDirectory.resolve(Path.of("/tmp/x"), Map.of(DataDirectory.ENV, "/tmp/y"), "Linux", "/home/a", NOTHING, NOTHING);
        assertEquals(Path.of("/tmp/x"), p);
    }

    @Test
    void environmentVariableWinsOverThePlatformDefault() {
        assertEquals(Path.of("/tmp/y"), DataDirectory.resolve(null, Map.of(DataDirectory.ENV, "/tmp/y"), "Linux", "/home/a", NOTHING, NOTHING));
    }

    @Test
    void linuxUsesXdgDataHomeThenLocalShare() {
        assertEquals(Path.of("/xdg/popcheck"), DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/a", NOTHING, NOTHING));
        assertEquals(Path.of("/home/a/.local/share/popcheck"), DataDirectory.resolve(null, Map.of(), "Linux", "/home/a", NOTHING, NOTHING));
    }

    @Test
    void onLinuxTheHomeFolderIsHomeFromTheEnvironmentNotJavasUserHome() {
        assertEquals(Path.of("/home/b/.local/share/popcheck"),
                DataDirectory.resolve(null, Map.of("HOME", "/home/b"), "Linux", "/home/a", NOTHING, NOTHING));
        assertEquals(Path.of("/home/a/.local/share/popcheck"),
                DataDirectory.resolve(null, Map.of("HOME", "relative"), "Linux", "/home/a", NOTHING, NOTHING), "a HOME that is no absolute path");
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheXdgRulesSay() {
        assertEquals(Path.of("/home/b/.local/share/popcheck"),
                DataDirectory.resolve(null, Map.of("HOME", "/home/b", "XDG_DATA_HOME", "data"), "Linux", "/home/a", NOTHING, NOTHING));
        assertEquals(Path.of("/home/b/.local/share/popcheck"),
                DataDirectory.resolve(null, Map.of("HOME", "/home/b", "XDG_DATA_HOME", " "), "Linux", "/home/a", NOTHING, NOTHING));
    }

    @Test
    void theFolderEarlierVersionsUsedIsKeptWhileItHoldsTheFilesAndTodaysIsNotThere(@TempDir Path dir) throws IOException {
        Path userHome = dir.resolve("passwd-home");
        Path home = dir.resolve("env-home");
        Path earlier = Files.createDirectories(userHome.resolve(".local/share/popcheck"));
        Files.writeString(earlier.resolve("journal.json"), "[]");
        Map<String, String> env = Map.of("HOME", home.toString());

        assertEquals(earlier, DataDirectory.resolve(null, env, "Linux", userHome.toString(), Files::isDirectory, DataDirectory::holdsPersonsFiles));
        assertEquals("[]", Files.readString(earlier.resolve("journal.json")), "nothing is moved");
        assertEquals(false, Files.exists(home), "nothing is made at the new place");

        Path today = Files.createDirectories(home.resolve(".local/share/popcheck"));
        assertEquals(today, DataDirectory.resolve(null, env, "Linux", userHome.toString(), Files::isDirectory, DataDirectory::holdsPersonsFiles),
                "once today's folder is there, it is the one");
    }

    /**
     * Trial 13: with {@code HOME} set to a clean folder, the account's own data folder was used because
     * it was there, holding only the lock file any start leaves: every later start wrote into it.
     */
    @Test
    void anEarlierFolderThatIsEmptyOrHoldsOnlyALockIsNotKept(@TempDir Path dir) throws IOException {
        Path userHome = dir.resolve("passwd-home");
        Path home = dir.resolve("env-home");
        Path earlier = Files.createDirectories(userHome.resolve(".local/share/popcheck"));
        Map<String, String> env = Map.of("HOME", home.toString());
        Path today = home.resolve(".local/share/popcheck");

        assertEquals(today, DataDirectory.resolve(null, env, "Linux", userHome.toString(), Files::isDirectory, DataDirectory::holdsPersonsFiles),
                "an empty earlier folder");
        Files.writeString(earlier.resolve("journal.lock"), "");
        assertEquals(today, DataDirectory.resolve(null, env, "Linux", userHome.toString(), Files::isDirectory, DataDirectory::holdsPersonsFiles),
                "an earlier folder with only the lock file");
        Files.createDirectories(earlier.resolve("settings.json"));
        assertEquals(today, DataDirectory.resolve(null, env, "Linux", userHome.toString(), Files::isDirectory, DataDirectory::holdsPersonsFiles),
                "a folder named like the settings is no settings file");
    }

    @Test
    void anEarlierFolderWithOnlyTheSettingsOrTheBackupIsKept(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"settings.json", "journal.json.bak"}) {
            Path userHome = dir.resolve(name + "-passwd-home");
            Path earlier = Files.createDirectories(userHome.resolve(".local/share/popcheck"));
            Files.writeString(earlier.resolve(name), "{}");
            Map<String, String> env = Map.of("HOME", dir.resolve(name + "-env-home").toString());
            assertEquals(earlier, DataDirectory.resolve(null, env, "Linux", userHome.toString(), Files::isDirectory, DataDirectory::holdsPersonsFiles),
                    name);
        }
    }

    @Test
    void aRelativeXdgDataHomeThatHeldTheFilesIsKeptToo() {
        Predicate<Path> onlyTheEarlierOne = p -> p.equals(Path.of("data", "popcheck"));
        Path got = DataDirectory.resolve(null, Map.of("HOME", "/home/b", "XDG_DATA_HOME", "data"), "Linux", "/home/a", onlyTheEarlierOne, onlyTheEarlierOne);
        assertEquals(Path.of("data", "popcheck").toAbsolutePath(), got);
    }

    @Test
    void macAndWindowsUseTheirUsualPlaces() {
        assertEquals(Path.of("/Users/a/Library/Application Support/PopCheck"),
                DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/a", NOTHING, NOTHING));
        assertEquals(Path.of("C:/Users/a/AppData/Roaming/PopCheck"),
                DataDirectory.resolve(null, Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "Windows 11", "C:/Users/a", NOTHING, NOTHING));
    }
}
