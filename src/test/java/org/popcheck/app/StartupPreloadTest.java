package org.popcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.settings.Settings;
import org.popcheck.settings.SettingsStore;

class StartupPreloadTest {

    @Test
    void everyListedClassStillExists() {
        List<String> names = StartupPreload.classList();
        assertTrue(names.size() > 500, "the list of start-up classes is in the build: " + names.size());
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "classes renamed or removed since the list was made: run tools/startup-classes.sh");
    }

    @Test
    void theListNamesTheFirstScreensOwnClasses() {
        List<String> names = StartupPreload.classList();
        assertTrue(names.contains("org.popcheck.ui.AppContext"));
        assertTrue(names.contains("org.popcheck.ui.wizard.StartPage"));
        assertEquals(names.size(), names.stream().distinct().count(), "no class listed twice");
    }

    @Test
    void settingsReadAheadAreTheSettingsOfThatFolder(@TempDir Path dir, @TempDir Path other) throws Exception {
        Files.writeString(dir.resolve(SettingsStore.SETTINGS_FILE), "{\"theme\":\"DARK\",\"textScale\":1.5,"
                + "\"emergencyNumber\":\"911\",\"reducedMotion\":true,\"paper\":\"LETTER\"}", StandardCharsets.UTF_8);
        StartupPreload.begin(dir);
        Settings read = StartupPreload.settings(dir).settings();
        assertEquals(Settings.Theme.DARK, read.theme());
        assertEquals("911", read.emergencyNumber());
        // Another folder (a --data-dir the preload did not know of) is read on the spot.
        Files.writeString(other.resolve(SettingsStore.SETTINGS_FILE), "{\"theme\":\"HIGH_CONTRAST\",\"textScale\":1.0,"
                + "\"emergencyNumber\":\"112\",\"reducedMotion\":false,\"paper\":\"A4\"}", StandardCharsets.UTF_8);
        assertEquals(Settings.Theme.HIGH_CONTRAST, StartupPreload.settings(other).settings().theme());
    }

    /** The packaged launcher names its start-up cache; only a cache that is there turns the class preload off. */
    @Test
    void onlyAStartCacheThatExistsTurnsTheClassPreloadOff(@TempDir Path dir) throws Exception {
        try {
            System.clearProperty(StartupPreload.START_CACHE);
            assertFalse(StartupPreload.hasStartCache(), "no cache named: the jar's classes are read ahead");
            System.setProperty(StartupPreload.START_CACHE, dir.resolve("popcheck.aot").toString());
            assertFalse(StartupPreload.hasStartCache(), "a cache not made (yet): read ahead");
            System.setProperty(StartupPreload.START_CACHE, " ");
            assertFalse(StartupPreload.hasStartCache());
            System.setProperty(StartupPreload.START_CACHE, dir.toString());
            assertFalse(StartupPreload.hasStartCache(), "a folder is not a cache");
            Files.writeString(dir.resolve("popcheck.aot"), "cache");
            System.setProperty(StartupPreload.START_CACHE, dir.resolve("popcheck.aot").toString());
            assertTrue(StartupPreload.hasStartCache(), "the classes come from the cache");
        } finally {
            System.clearProperty(StartupPreload.START_CACHE);
        }
    }
}
