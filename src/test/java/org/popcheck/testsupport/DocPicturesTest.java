package org.popcheck.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pictures the repository keeps in docs/ are rewritten only when a run asks for it, never by an ordinary test run. */
class DocPicturesTest {

    private static final Path TARGET = Path.of("target/screenshots/x.png");
    private static final Path DOCS = Path.of("docs/screenshots/x.png");

    @Test
    void anOrdinaryRunWritesOnlyUnderTarget() {
        assertEquals(List.of(TARGET), DocPictures.places(TARGET, DOCS, false));
        assertEquals(List.of(Path.of("target/i18n/de/a.png")), DocPictures.places(Path.of("target/i18n/de/a.png"), Path.of("docs/i18n/de/a.png"), false));
    }

    @Test
    void aRunThatAsksAlsoWritesTheDocsCopy() {
        assertEquals(List.of(TARGET, DOCS), DocPictures.places(TARGET, DOCS, true));
    }

    @Test
    void pathsUnderTheWrongFolderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DocPictures.places(DOCS, DOCS, false));
        assertThrows(IllegalArgumentException.class, () -> DocPictures.places(Path.of("x.png"), DOCS, false));
        assertThrows(IllegalArgumentException.class, () -> DocPictures.places(TARGET, TARGET, true));
    }

    /**
     * No test writes a picture to a docs/ path of its own: a test that writes images and names a docs/ path goes
     * through {@link DocPictures}, so the choice is made in one place (BodyMapTest once rewrote docs/screenshots/bodymap.png on
     * every run).
     */
    @Test
    void everyTestThatWritesPicturesLeavesDocsToDocPictures() throws IOException {
        Pattern writes = Pattern.compile("ImageIO\\.write\\(|Snapshots\\.write\\(");
        Pattern docsPath = Pattern.compile("Path\\.of\\(\\s*\"docs");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().startsWith("DocPictures"))
                    .filter(p -> {
                        List<String> lines = read(p).lines().toList();
                        if (lines.stream().noneMatch(l -> writes.matcher(l).find())) {
                            return false;
                        }
                        // a docs/ path is named only as the second place handed to DocPictures.places, on its line or the one before
                        for (int i = 0; i < lines.size(); i++) {
                            String here = (i > 0 ? lines.get(i - 1) : "") + lines.get(i);
                            if (docsPath.matcher(lines.get(i)).find() && !here.contains("DocPictures.places(")) {
                                return true;
                            }
                        }
                        return false;
                    })
                    .map(Path::toString).toList();
        }
        assertTrue(offenders.isEmpty(), "these tests choose for themselves whether to write into docs/: " + offenders);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
