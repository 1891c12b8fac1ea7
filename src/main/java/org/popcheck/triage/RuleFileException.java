package org.popcheck.triage;

/** A rule file that cannot be used: the message names the rule and the problem. Shipping one is a bug. */
public final class RuleFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RuleFileException(String message) {
        super(message);
    }

    public RuleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
