package org.popcheck.ui.journal;

import org.popcheck.i18n.Messages;
import org.popcheck.journal.JournalProblem;

/**
 * Why the journal is read-only, in the person's language: the same words on the Journal page and in
 * the main window's notice. An unreadable file is named by its kind of damage (cut short, zero
 * bytes, not text, encoding); only a file that is malformed text keeps the reader's own detail.
 */
final class ProblemWords {

    private ProblemWords() {}

    static String text(JournalProblem p) {
        return switch (p.kind()) {
            case UNREADABLE -> unreadable(p)
                    + (p.keptCopy() == null ? "" : " " + Messages.get("journal.problem.keptCopy", p.keptCopy().getFileName()));
            case CANNOT_OPEN -> Messages.get("journal.problem.CANNOT_OPEN", p.detail());
            default -> Messages.get("journal.problem." + p.kind().name());
        };
    }

    private static String unreadable(JournalProblem p) {
        String why = p.damage() == null ? p.detail() : Messages.get("journal.damage." + p.damage().name(), p.detail());
        return p.placeHelps()
                ? Messages.get("journal.problem.UNREADABLE", why, p.line(), p.column())
                : Messages.get("journal.problem.UNREADABLE.noPlace", why);
    }

    /** One short sentence for the main window's notice; the Journal page gives the whole story. */
    static String brief(JournalProblem p) {
        if (p.kind() != JournalProblem.Kind.UNREADABLE) {
            return Messages.get("journal.notice." + p.kind().name());
        }
        return Messages.get("journal.notice.UNREADABLE",
                Messages.get("journal.notice.damage." + (p.damage() == null ? "unknown" : p.damage().name())));
    }
}
