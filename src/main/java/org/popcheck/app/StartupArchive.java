package org.popcheck.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The start-up archive's own checks, before a JVM is given it: the JVM maps the file and trusts
 * its header, so a truncated file crashed it (SIGBUS, no window; trial 3), and a file it refuses
 * made every start quietly slower for good. An archive is used only if it is whole: beside it, a
 * note of the size it had when the JVM that made it quit normally ({@code startup-<key>.jsa.size}),
 * and it starts with the dynamic archive's magic number. Anything else is removed and made again.
 */
final class StartupArchive {

    /** The first bytes of a dynamic class-data archive (0xf00baba8, little-endian; checked on Java 17 and 25). */
    private static final byte[] MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};
    static final String SIZE_SUFFIX = ".size";

    private StartupArchive() {}

    /** True when {@code archive} is whole as described above; never throws. */
    static boolean isWhole(Path archive) {
        try {
            if (!Files.isRegularFile(archive)) {
                return false;
            }
            long size = Files.size(archive);
            String noted = Files.readString(sizeNote(archive), StandardCharsets.US_ASCII).trim();
            if (size != Long.parseLong(noted)) {
                return false;
            }
            byte[] head = new byte[MAGIC.length];
            try (InputStream in = Files.newInputStream(archive)) {
                return in.readNBytes(head, 0, head.length) == head.length && java.util.Arrays.equals(head, MAGIC);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Puts an archive the JVM made in place, with the note of its size; false when there was none to keep. */
    static boolean keep(Path made, Path archive) throws IOException {
        if (!Files.isRegularFile(made) || Files.size(made) == 0) {
            Files.deleteIfExists(made);
            return false;
        }
        Path noteBeingMade = made.resolveSibling(made.getFileName() + SIZE_SUFFIX);
        Files.writeString(noteBeingMade, Long.toString(Files.size(made)), StandardCharsets.US_ASCII);
        Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.move(noteBeingMade, sizeNote(archive), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /** Removes an archive and its note. */
    static void remove(Path archive) throws IOException {
        Files.deleteIfExists(archive);
        Files.deleteIfExists(sizeNote(archive));
    }

    static Path sizeNote(Path archive) {
        return archive.resolveSibling(archive.getFileName() + SIZE_SUFFIX);
    }
}
