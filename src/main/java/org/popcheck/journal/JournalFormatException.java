package org.popcheck.journal;

/** A journal file that does not parse, with the place (line and column, 1-based) of the problem. */
public final class JournalFormatException extends JournalException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int line;
    private final int column;

    public JournalFormatException(String problem, int line, int column) {
        super("The journal file cannot be read: " + problem + " (line " + line + ", column " + column + ")");
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    public String problem() {
        return problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
