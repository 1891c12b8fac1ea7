package org.popcheck.journal;

import java.nio.file.Path;

/**
 * Why a journal opened read-only or empty, for the banner in the window and the command line.
 *
 * @param keptCopy for {@link Kind#UNREADABLE}: where the untouched copy of the bad file was put, or null
 * @param line     for {@link Kind#UNREADABLE}: 1-based line of the problem, else 0
 * @param column   for {@link Kind#UNREADABLE}: 1-based column of the problem, else 0
 * @param damage   for {@link Kind#UNREADABLE}: what kind of damage (cut short, zero bytes...), or null when not known
 * @param backupSavedAt for {@link Kind#UNREADABLE} with a backup: when the backup was last written (the file's
 *                 modification time), so the person knows how old the version offered is; null when not known
 */
public record JournalProblem(Kind kind, String detail, int line, int column, Path keptCopy, boolean backupAvailable,
        JournalDamage damage, java.time.Instant backupSavedAt) {

    public JournalProblem(Kind kind, String detail, int line, int column, Path keptCopy, boolean backupAvailable) {
        this(kind, detail, line, column, keptCopy, backupAvailable, null, null);
    }

    public JournalProblem(Kind kind, String detail, int line, int column, Path keptCopy, boolean backupAvailable,
            JournalDamage damage) {
        this(kind, detail, line, column, keptCopy, backupAvailable, damage, null);
    }

    public enum Kind {
        /** Another copy of PopCheck has the journal open for writing. */
        LOCKED,
        /** The file was written by a newer PopCheck; this one must not change it. */
        NEWER_VERSION,
        /** The file does not parse; it is kept untouched and nothing is written over it. */
        UNREADABLE,
        /** The file or folder could not be read at all (permissions, missing disk). */
        CANNOT_OPEN
    }

    /** One plain English line; the window uses the journal.properties texts for the same kinds. */
    public String describe() {
        return switch (kind) {
            case LOCKED -> "Another copy of PopCheck is using this journal, so it is open read-only here.";
            case NEWER_VERSION -> "This journal was saved by a newer version of PopCheck (" + detail
                    + "), so it is open read-only here and nothing in it is copied or changed.";
            case UNREADABLE -> "The journal file cannot be read: " + detail + (placeHelps() ? " (line " + line + ", column " + column
                    + ")" : "") + ". It was left untouched" + (keptCopy == null ? "" : " and a copy was kept as " + keptCopy.getFileName())
                    + (backupAvailable ? ". The previous version can be restored." : ".");
            case CANNOT_OPEN -> "The journal cannot be opened for changes: " + detail + ".";
        };
    }

    /** Whether the line and column say anything: not for a file with no text in it. */
    public boolean placeHelps() {
        return damage == null || damage.placeHelps();
    }
}
