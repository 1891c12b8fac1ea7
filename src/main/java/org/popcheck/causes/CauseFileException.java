package org.popcheck.causes;

/** A causes file that cannot be used: the message names the cause and the problem. Shipping one is a bug. */
public final class CauseFileException extends RuntimeException {
    public CauseFileException(String message) {
        super(message);
    }

    public CauseFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
