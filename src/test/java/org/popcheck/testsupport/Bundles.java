package org.popcheck.testsupport;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.popcheck.i18n.Language;

/**
 * The message bundles as files (src/main/resources/i18n), for the tests that walk every key of every
 * bundle: English is {@code name.properties}, the others {@code name_LANG.properties}.
 */
public final class Bundles {

    public static final Path DIR = Path.of("src/main/resources/i18n");

    private Bundles() {}

    /** Every bundle file, of every language, in name order. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the English bundles ("common", "wizard" ...): the source every language follows. */
    public static List<String> names() {
        return all().stream().map(p -> p.getFileName().toString())
                .filter(f -> f.matches("[a-z]+\\.properties"))
                .map(f -> f.substring(0, f.length() - ".properties".length())).toList();
    }

    /** The file of bundle {@code name} in {@code language}; it need not exist. */
    public static Path file(String name, Language language) {
        return DIR.resolve(language == Language.EN ? name + ".properties" : name + "_" + language.code() + ".properties");
    }

    /** Key to text of one bundle file, read as UTF-8 (as ResourceBundle reads them), in key order. */
    public static Map<String, String> texts(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
        return texts;
    }
}
