package org.popcheck.journal;

/** A journal file that does not parse, with the place (line and column, 1-based) of the problem. */
public final class JournalFormatException extends JournalException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int line;
    private final int column;
    private final JournalDamage damage;

    public JournalFormatException(String problem, int line, int column) {
        this(problem, line, column, null);
    }

    /** With the kind of damage found in the file's bytes ({@link JournalDamage}), or null when not looked at. */
    public JournalFormatException(String problem, int line, int column, JournalDamage damage) {
        super("The journal file cannot be read: " + problem + place(damage, line, column));
        this.problem = problem;
        this.line = line;
        this.column = column;
        this.damage = damage;
    }

    private static String place(JournalDamage damage, int line, int column) {
        return damage != null && !damage.placeHelps() ? "" : " (line " + line + ", column " + column + ")";
    }

    /** " (line L, column C)", or nothing where the place says nothing (a file of zero bytes). */
    public String place() {
        return place(damage, line, column);
    }

    /** What kind of damage the file has, or null when its bytes were not looked at. */
    public JournalDamage damage() {
        return damage;
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
