package org.popcheck.journal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Keeps an output file (an export, a summary) away from the journal's own files. Writing an
 * export over {@code journal.json} replaced the live journal, even while the app held its lock.
 * Paths are compared as the file system sees them (the real folder, and the file key of an
 * existing file), so another spelling, a symbolic link or a hard link to the journal is caught too.
 */
public final class ProtectedPaths {

    private ProtectedPaths() {}

    /**
     * Why PopCheck will not write {@code out}, in one plain sentence, or null when it may.
     * Refused: the journal, its backup, its lock, its temporary files and kept copies (by name in
     * the data folder, or by being the same file elsewhere); a folder, pipe, device or socket; a
     * link that points nowhere.
     *
     * @param out     the output path as the person gave it
     * @param dataDir the data folder whose journal is protected
     */
    public static String refusal(Path out, Path dataDir) {
        try {
            checkOutput(out, dataDir);
            return null;
        } catch (JournalException e) {
            return e.getMessage();
        }
    }

    /**
     * The file to write for {@code out}: {@code out} itself, or for a symbolic link the file it
     * names (so the link stays a link). Refuses what cannot be replaced by a plain file.
     */
    static Path writableTarget(Path out) throws JournalException {
        Path absolute = out.toAbsolutePath();
        try {
            String what = FileKinds.whatIfNotPlain(absolute);
            if ("a symbolic link".equals(what)) {
                if (!Files.exists(absolute)) {
                    throw new JournalException(shown(out) + " is a symbolic link to a file that does not exist; name the file itself");
                }
                absolute = absolute.toRealPath();
                what = FileKinds.whatIfNotPlain(absolute);
            }
            if (what != null) {
                throw new JournalException(shown(out) + " is " + what + ", not a plain file; choose a file name");
            }
        } catch (JournalException e) {
            throw e;
        } catch (IOException e) {
            throw new JournalException(shown(out) + " cannot be checked: " + JournalStore.describe(e));
        }
        return absolute;
    }

    /**
     * As {@link #refusal}, for writing: the file to write (see {@link #writableTarget}), or the
     * refusal as the exception's message.
     */
    public static Path checkOutput(Path out, Path dataDir) throws JournalException {
        Path target = writableTarget(out);
        if (protectedFile(target, dataDir)) {
            throw new JournalException(shown(out)
                    + " is one of the journal's own files (the journal, its backup or its lock); choose another file name");
        }
        return target;
    }

    private static boolean protectedFile(Path target, Path dataDir) {
        Path folder = realOrNull(dataDir);
        if (folder == null) {
            return false; // no data folder yet: nothing in it to protect
        }
        Path parent = realOrNull(target.getParent());
        if (parent != null && parent.equals(folder) && isJournalName(target.getFileName().toString())) {
            return true;
        }
        if (!Files.exists(target)) {
            return false;
        }
        try (DirectoryStream<Path> own = Files.newDirectoryStream(folder, p -> isJournalName(p.getFileName().toString()))) {
            for (Path p : own) {
                if (FileKinds.isPlainFile(p) && Files.isSameFile(p, target)) {
                    return true; // a hard link or another spelling of one of the journal's files
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** journal.json, journal.json.bak, journal.lock, journal.json.unreadable-..., and the temporary .journal.json... */
    static boolean isJournalName(String name) {
        String n = name.toLowerCase(Locale.ROOT); // some file systems ignore case
        return n.startsWith(JournalStore.FILE) || n.equals(JournalStore.LOCK) || n.startsWith("." + JournalStore.FILE);
    }

    private static Path realOrNull(Path p) {
        try {
            return p == null ? null : p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static String shown(Path out) {
        return PlainText.visible(out.toString());
    }
}
