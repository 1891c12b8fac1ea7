package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.popcheck.Patience;

/**
 * A file as it was: its bytes, its mode and owner, and whether it was a link. Taken before a command
 * that must refuse, compared after, so a refusal that still touched the file fails the test.
 */
public record FileSnapshot(Path path, byte[] bytes, String mode, Object owner, boolean link) {

    public static FileSnapshot of(Path path) throws IOException {
        boolean link = Files.isSymbolicLink(path);
        byte[] bytes = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(path) : null;
        String mode = Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                ? PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)) : null;
        Object owner = Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? Files.getOwner(path, LinkOption.NOFOLLOW_LINKS) : null;
        return new FileSnapshot(path, bytes, mode, owner, link);
    }

    /** Fails unless the file is byte for byte and mode for mode as it was. */
    public void assertUnchanged() throws IOException {
        FileSnapshot now = of(path);
        assertEquals(link, now.link, path + ": link or not");
        assertArrayEquals(bytes, now.bytes, path + ": bytes");
        assertEquals(mode, now.mode, path + ": mode");
        assertEquals(owner, now.owner, path + ": owner");
    }

    /** Makes a named pipe with mkfifo (Java has no call for it). */
    public static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (!p.waitFor(Patience.SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("mkfifo failed for " + path);
        }
    }

    /** Asserts that {@code message} is one line a person can read: no line break, no developer words, no raw controls. */
    public static void assertPlainLine(String message) {
        String m = message.strip();
        org.junit.jupiter.api.Assertions.assertFalse(m.isEmpty(), "a message");
        org.junit.jupiter.api.Assertions.assertEquals(1, m.lines().count(), m);
        for (String word : new String[] {"JsonReader", "Strictness", "setLenient", "Exception", "Input length", "java.",
                "at org.", "MalformedJson", "BEGIN_", "END_DOCUMENT"}) {
            org.junit.jupiter.api.Assertions.assertFalse(m.contains(word), "developer words '" + word + "' in: " + m);
        }
        for (char c : m.toCharArray()) {
            org.junit.jupiter.api.Assertions.assertFalse(PlainText.needsEscape(c),
                    String.format("raw U+%04X in: %s", (int) c, PlainText.visible(m)));
        }
    }
}
