package org.popcheck.journal;

import java.io.IOException;

/**
 * The journal's own clear error: what went wrong, in words a person can act on. Never carries a
 * stack trace to the screen; callers show {@link #getMessage()}.
 */
public class JournalException extends IOException {

    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
