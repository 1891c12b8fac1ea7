package org.popcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font files shipped in assets/fonts/, read from the classpath once per run and kept as bytes:
 * each document then parses them from memory, which costs milliseconds instead of a jar read.
 */
final class FontFiles {

    static final String REGULAR = "/assets/fonts/DejaVuSans.ttf";
    static final String BOLD = "/assets/fonts/DejaVuSans-Bold.ttf";
    /** Chinese, Japanese and Korean characters, which DejaVu lacks. Read only when a text needs it. */
    static final String CJK = "/assets/fonts/DroidSansFallbackFull.ttf";

    /** Korean Hangul, which the CJK font lacks. Read only when a text needs it. */
    static final String HANGUL = "/assets/fonts/NanumSquareR.ttf";

    private static volatile byte[] regular;
    private static volatile byte[] bold;
    private static volatile byte[] cjk;
    private static volatile byte[] hangul;

    private FontFiles() {}

    static byte[] regular() {
        if (regular == null) {
            regular = read(REGULAR);
        }
        return regular;
    }

    static byte[] bold() {
        if (bold == null) {
            bold = read(BOLD);
        }
        return bold;
    }

    static byte[] cjk() {
        if (cjk == null) {
            cjk = read(CJK);
        }
        return cjk;
    }

    static byte[] hangul() {
        if (hangul == null) {
            hangul = read(HANGUL);
        }
        return hangul;
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
