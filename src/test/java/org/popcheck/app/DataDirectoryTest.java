package org.popcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void commandLineWinsOverEverything() {
        Path p = DataDirectory.resolve(Path.of("/tmp/x"), Map.of(DataDirectory.ENV, "/tmp/y"), "Linux", "/home/a");
        assertEquals(Path.of("/tmp/x"), p);
    }

    @Test
    void environmentVariableWinsOverThePlatformDefault() {
        assertEquals(Path.of("/tmp/y"), DataDirectory.resolve(null, Map.of(DataDirectory.ENV, "/tmp/y"), "Linux", "/home/a"));
    }

    @Test
    void linuxUsesXdgDataHomeThenLocalShare() {
        assertEquals(Path.of("/xdg/popcheck"), DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/a"));
        assertEquals(Path.of("/home/a/.local/share/popcheck"), DataDirectory.resolve(null, Map.of(), "Linux", "/home/a"));
    }

    @Test
    void macAndWindowsUseTheirUsualPlaces() {
        assertEquals(Path.of("/Users/a/Library/Application Support/PopCheck"),
                DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/a"));
        assertEquals(Path.of("C:/Users/a/AppData/Roaming/PopCheck"),
                DataDirectory.resolve(null, Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "Windows 11", "C:/Users/a"));
    }
}
