package org.popcheck.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes settings.json and window.json in the data folder. A damaged file never stops the
 * app: it is set aside (renamed, not deleted, so nothing is lost) and the defaults are used.
 */
public final class SettingsStore {

    public static final String SETTINGS_FILE = "settings.json";
    public static final String WINDOW_FILE = "window.json";

    /**
     * What went wrong reading a file, for the UI to put into words.
     *
     * @param keptAs  where the file as it was is kept, or null when it could not be set aside (or was not read at all)
     * @param detail  what was wrong, naming the field where one was at fault
     * @param partial true when only the fields named took their default and the rest of the file was used
     */
    public record Problem(Path file, Path keptAs, String detail, boolean partial) {}

    /** The settings read, and the problem met on the way (if any). */
    public record Loaded(Settings settings, Optional<Problem> problem) {}

    /** For writing only, made on the first save: reading uses the lighter {@link SettingsJson}. */
    private static final class Writer {
        static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    }

    private final Path dir;
    private final Locale locale;

    public SettingsStore(Path dir, Locale locale) {
        this.dir = dir;
        this.locale = locale;
    }

    public Loaded load() {
        Settings defaults = Settings.defaultsFor(locale);
        Path file = dir.resolve(SETTINGS_FILE);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(defaults, Optional.empty());
        } catch (IOException e) {
            return new Loaded(defaults, Optional.of(new Problem(file, null, e.getMessage(), false)));
        }
        try {
            SettingsJson.Read read = SettingsJson.readSettings(text, defaults);
            if (read.badFields().isEmpty()) {
                return new Loaded(read.settings(), Optional.empty());
            }
            // Only the fields named take their default; the file as it was is kept beside the new one.
            return new Loaded(read.settings(), Optional.of(new Problem(file, setAside(file), String.join("; ", read.badFields()), true)));
        } catch (IOException | RuntimeException e) {
            return new Loaded(defaults, Optional.of(new Problem(file, setAside(file), describe(e), false)));
        }
    }

    public void save(Settings settings) throws IOException {
        writeAtomically(dir.resolve(SETTINGS_FILE), Writer.GSON.toJson(settings));
    }

    /** The remembered window, or empty when there is none or it cannot be read (not worth a message). */
    public Optional<WindowPlacement> loadWindow() {
        try {
            WindowPlacement p = SettingsJson.readWindow(Files.readString(dir.resolve(WINDOW_FILE), StandardCharsets.UTF_8));
            return p.isUsable() ? Optional.of(p) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void saveWindow(WindowPlacement placement) throws IOException {
        writeAtomically(dir.resolve(WINDOW_FILE), Writer.GSON.toJson(placement));
    }

    private void writeAtomically(Path target, String json) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path setAside(Path file) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss"));
        Path kept = file.resolveSibling(file.getFileName() + ".broken-" + stamp);
        try {
            Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
            return kept;
        } catch (IOException e) {
            return null;
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
