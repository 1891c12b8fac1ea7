package org.popcheck.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.SettingsStore;

/**
 * Start-up work done on the second core while the first one starts the JavaFX toolkit (about a
 * quarter of a second in which the toolkit keeps one thread busy).
 *
 * <p>It reads the settings (the theme must be known before the first control is made) and loads,
 * without initialising, the classes the first screen needs, listed in {@value #CLASS_LIST}: reading
 * some 1,300 classes from the jar was a large part of what PopCheck's window thread did before
 * its first frame. This costs the toolkit itself about 80 ms (two cores, and the compilers run
 * too) and saves about twice that later (docs/performance.md). Loading a class does not run its static initialiser, so the
 * toolkit's classes can be loaded before the toolkit itself is up. The list is regenerated with
 * {@code tools/startup-classes.sh}; a stale entry only costs a failed look-up.
 */
final class StartupPreload {

    static final String CLASS_LIST = "startup-classes.txt";
    /** {@code -Dpopcheck.preloadClasses=false} turns the class preload off, to regenerate the list or to measure its worth. */
    static final String SWITCH = "popcheck.preloadClasses";
    /**
     * Set by the packaged app's launcher to its start-up cache (packaging/dist.sh). When that file is
     * there, the JVM takes the classes from it (a Java 25 AOT cache has them loaded before
     * {@code main}), and reading them from the jar as well would only take the second core from the
     * toolkit's start: about 30 ms of CPU time per start (docs/performance.md).
     */
    static final String START_CACHE = "popcheck.startCache";

    private static volatile Started started;

    private record Started(Path dataDir, CompletableFuture<SettingsStore.Loaded> settings) {}

    private StartupPreload() {}

    /** Begins the preload for the data folder the app will use. Call once, before {@code Application.launch}. */
    static void begin(Path dataDir) {
        CompletableFuture<SettingsStore.Loaded> settings = new CompletableFuture<>();
        started = new Started(dataDir, settings);
        Thread t = new Thread(() -> {
            try {
                settings.complete(new SettingsStore(dataDir, Locale.getDefault()).load());
            } catch (RuntimeException | Error e) {
                settings.completeExceptionally(e);
            }
            if (!"false".equals(System.getProperty(SWITCH)) && !hasStartCache()) {
                loadClasses(StartupPreload.class.getClassLoader());
            }
            FactCatalog.standard();
            // One key of each text bundle the first screen uses: finding a bundle is a search.
            Messages.get("app.title");
            Messages.get("wizard.nav.next");
            Messages.get("journal.quick");
            Messages.get("common.settings.title");
        }, "startup-preload");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The settings for {@code dataDir}: those the preload read if it was started for that folder,
     * else read now. A failure of the preload is thrown here, where it would have happened anyway.
     */
    static SettingsStore.Loaded settings(Path dataDir) {
        Started s = started;
        if (s != null && s.dataDir().equals(dataDir)) {
            return s.settings().join();
        }
        return new SettingsStore(dataDir, Locale.getDefault()).load();
    }

    /** True when the launcher named a start-up cache that exists. */
    static boolean hasStartCache() {
        String cache = System.getProperty(START_CACHE);
        return cache != null && !cache.isBlank() && Files.isRegularFile(Path.of(cache));
    }

    /** Loads each listed class that exists. */
    static void loadClasses(ClassLoader loader) {
        for (String name : classList()) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError stale) {
                // A class renamed since the list was made: the window thread simply loads what it needs.
            }
        }
    }

    static List<String> classList() {
        List<String> names = new ArrayList<>(2048);
        try (InputStream in = StartupPreload.class.getResourceAsStream(CLASS_LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            // Without the list start-up is only slower.
        }
        return names;
    }
}
