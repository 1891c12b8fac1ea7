package org.popcheck.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a name in a folder is, looked at without following a symbolic link. The journal, its
 * backup, its lock and its temporary files must be plain files: a link would send a write (or a
 * change of permissions) somewhere outside the data folder, and a named pipe makes every read wait
 * for ever.
 */
final class FileKinds {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKinds() {}

    /** The attributes of the name itself (a link is not followed), or null when nothing has that name. */
    static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Whether {@code path} names a plain file (not a link to one). */
    static boolean isPlainFile(Path path) {
        try {
            BasicFileAttributes a = attributes(path);
            return a != null && a.isRegularFile();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Null when {@code path} is a plain file or nothing; otherwise what it is, in words: "a symbolic
     * link", "a folder", "a named pipe", "a device", "a socket" or "not a plain file".
     */
    static String whatIfNotPlain(Path path) throws IOException {
        BasicFileAttributes a = attributes(path);
        if (a == null || a.isRegularFile()) {
            return null;
        }
        if (a.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (a.isDirectory()) {
            return "a folder";
        }
        return special(path);
    }

    /** A pipe, device or socket, told apart by the Unix file mode where the platform gives it. */
    private static String special(Path path) {
        try {
            int type = ((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & TYPE_MASK;
            return switch (type) {
                case FIFO -> "a named pipe";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                default -> "not a plain file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "not a plain file";
        }
    }
}
