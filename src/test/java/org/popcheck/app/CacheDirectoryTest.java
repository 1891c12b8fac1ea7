package org.popcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheDirectoryTest {

    @Test
    void theEnvironmentVariableWinsOverThePlatformDefault() {
        assertEquals(Path.of("/tmp/c"), CacheDirectory.resolve(Map.of(CacheDirectory.ENV, "/tmp/c", "XDG_CACHE_HOME", "/x"), "Linux", "/home/a"));
    }

    @Test
    void linuxUsesXdgCacheHomeThenDotCacheNeverTheDataFolder() {
        assertEquals(Path.of("/xdg/popcheck"), CacheDirectory.resolve(Map.of("XDG_CACHE_HOME", "/xdg"), "Linux", "/home/a"));
        assertEquals(Path.of("/home/a/.cache/popcheck"), CacheDirectory.resolve(Map.of("XDG_CACHE_HOME", " "), "Linux", "/home/a"));
        assertEquals(Path.of("/home/a/.cache/popcheck"), CacheDirectory.resolve(Map.of(DataDirectory.ENV, "/data"), "Linux", "/home/a"));
    }

    @Test
    void onLinuxTheHomeFolderIsHomeFromTheEnvironmentAndARelativeXdgCacheHomeIsIgnored() {
        assertEquals(Path.of("/home/b/.cache/popcheck"), CacheDirectory.resolve(Map.of("HOME", "/home/b"), "Linux", "/home/a"));
        assertEquals(Path.of("/home/b/.cache/popcheck"),
                CacheDirectory.resolve(Map.of("HOME", "/home/b", "XDG_CACHE_HOME", "cache"), "Linux", "/home/a"));
    }

    @Test
    void macAndWindowsUseTheirCachePlaces() {
        assertEquals(Path.of("/Users/a/Library/Caches/PopCheck"), CacheDirectory.resolve(Map.of(), "Mac OS X", "/Users/a"));
        assertEquals(Path.of("C:/Users/a/AppData/Local/PopCheck/cache"),
                CacheDirectory.resolve(Map.of("LOCALAPPDATA", "C:/Users/a/AppData/Local"), "Windows 11", "C:/Users/a"));
        assertEquals(Path.of("C:/Users/a", "AppData", "Local", "PopCheck", "cache"), CacheDirectory.resolve(Map.of(), "Windows 11", "C:/Users/a"));
    }
}
