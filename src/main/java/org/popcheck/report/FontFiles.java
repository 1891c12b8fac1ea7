package org.popcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font files shipped in assets/fonts/, read from the classpath once per run and kept as bytes:
 * each document then parses them from memory, which costs milliseconds instead of a jar read.
 * A file is read only when a text needs it, so a summary in English never reads the others.
 */
final class FontFiles {

    static final String REGULAR = "/assets/fonts/DejaVuSans.ttf";
    static final String BOLD = "/assets/fonts/DejaVuSans-Bold.ttf";

    /**
     * A font for the characters DejaVu Sans lacks or draws poorly.
     *
     * @param resource the file on the classpath
     * @param script   the script it is chosen for before DejaVu, or null to be tried only after it
     * @param shaping  whether its text is shaped ({@link ShapedText}): conjuncts, vowel signs drawn
     *                 before their consonant, marks placed on their letter
     */
    record Fallback(String resource, UnicodeScript script, boolean shaping) {}

    /** In the order they are tried. Hebrew and Arabic come before DejaVu, which has plainer shapes of them. */
    static final List<Fallback> FALLBACKS = List.of(
            new Fallback("/assets/fonts/NotoSansArabic-Regular.ttf", UnicodeScript.ARABIC, false),
            new Fallback("/assets/fonts/NotoSansHebrew-Regular.ttf", UnicodeScript.HEBREW, false),
            new Fallback("/assets/fonts/NotoSansDevanagari-Regular.ttf", UnicodeScript.DEVANAGARI, true),
            new Fallback("/assets/fonts/NotoSansBengali-Regular.ttf", UnicodeScript.BENGALI, true),
            new Fallback("/assets/fonts/NotoSansTamil-Regular.ttf", UnicodeScript.TAMIL, true),
            new Fallback("/assets/fonts/NotoSansThai-Regular.ttf", UnicodeScript.THAI, true),
            // Chinese and Japanese, then Korean Hangul, which the CJK font lacks.
            new Fallback("/assets/fonts/DroidSansFallbackFull.ttf", null, false),
            new Fallback("/assets/fonts/NanumSquareR.ttf", null, false));

    private static final Map<String, byte[]> READ = new ConcurrentHashMap<>();

    private FontFiles() {}

    static byte[] regular() {
        return bytes(REGULAR);
    }

    static byte[] bold() {
        return bytes(BOLD);
    }

    /** The bytes of a font file, read on first need. */
    static byte[] bytes(String resource) {
        return READ.computeIfAbsent(resource, FontFiles::read);
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + resource, e);
        }
    }
}
