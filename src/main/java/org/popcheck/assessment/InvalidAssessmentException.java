package org.popcheck.assessment;

/**
 * An assessment that does not follow spec/assessment.md. The message names the field and what was
 * expected, so it can be shown to a person as it is (for example {@code age: missing}).
 */
public final class InvalidAssessmentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidAssessmentException(String field, String problem) {
        super(field == null || field.isEmpty() ? problem : field + ": " + problem);
        this.field = field == null ? "" : field;
    }

    /** The path of the bad field, such as {@code facts.pain} or {@code regions[0].side}; empty for the whole file. */
    public String field() {
        return field;
    }
}
