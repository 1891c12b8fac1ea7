package org.popcheck.journal;

/**
 * The journal is in use by another copy of PopCheck, or was changed by another writer while this
 * one was saving. Nothing was written; trying again later can succeed, so the command line gives
 * this its own exit code.
 */
public final class JournalBusyException extends JournalException {

    private static final long serialVersionUID = 1L;

    public JournalBusyException(String message) {
        super(message);
    }
}
