package org.popcheck.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Whether the data folder is the person's own, as ssh asks of the folder of its keys. In a folder
 * that others may write to, another user can swap the journal or plant links; in a folder that
 * belongs to someone else, its owner can. PopCheck then opens the journal read-only and says why.
 */
final class FolderSafety {

    private FolderSafety() {}

    /**
     * Null when {@code dir} is safe to write in (or the file system has no POSIX owners and
     * permissions, as on Windows); otherwise the reason in one plain sentence, with the fix.
     */
    static String problem(Path dir) {
        PosixFileAttributes a;
        try {
            a = Files.readAttributes(dir, PosixFileAttributes.class);
        } catch (UnsupportedOperationException | IOException e) {
            return null; // no POSIX permissions here; nothing to judge
        }
        Set<PosixFilePermission> p = a.permissions();
        // A group of one's own name is a private group (the default on Debian and Ubuntu, whose umask
        // 002 makes new folders group-writable): only the owner is in it, so it is as safe as the owner.
        boolean privateGroup = a.group() != null && a.owner() != null && a.group().getName().equals(a.owner().getName());
        if (p.contains(PosixFilePermission.OTHERS_WRITE) || (p.contains(PosixFilePermission.GROUP_WRITE) && !privateGroup)) {
            return "the data folder " + dir + " can be changed by other users (its permissions are "
                    + PosixFilePermissions.toString(p) + "), so the journal is open read-only; make it yours alone with: chmod go-w '"
                    + dir + "'";
        }
        Integer me = currentUid();
        Integer owner = uid(dir);
        boolean foreign = me != null && owner != null
                ? !me.equals(owner)
                : !a.owner().getName().equals(System.getProperty("user.name"));
        if (foreign) {
            return "the data folder " + dir + " belongs to another user (" + a.owner().getName()
                    + "), so the journal is open read-only; use a folder of your own (--data-dir)";
        }
        return null;
    }

    /** The user this process runs as: on Linux the owner of /proc/self; null where there is none. */
    private static Integer currentUid() {
        return uid(Path.of("/proc/self"));
    }

    private static Integer uid(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }
}
