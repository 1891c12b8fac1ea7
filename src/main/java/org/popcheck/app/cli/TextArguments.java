package org.popcheck.app.cli;

import java.io.PrintWriter;
import org.popcheck.i18n.Messages;

/**
 * Catches command-line text that reached Java garbled. Java decodes the arguments with the system's
 * character setting before any of PopCheck runs; under a C or POSIX locale "Knöchel" arrives as
 * "Kn\uFFFD\uFFFDchel", and storing that would lose the note for good. Nobody types U+FFFD on
 * purpose, so an argument holding it is refused with a hint to use a UTF-8 locale.
 */
final class TextArguments {

    static final char REPLACEMENT = '\uFFFD';

    private TextArguments() {}

    /**
     * Prints one line naming the first garbled argument (by its option, such as {@code --note}) and
     * returns true; returns false and prints nothing when every argument is readable.
     */
    static boolean refuseGarbled(String[] args, PrintWriter err) {
        String name = firstGarbled(args);
        if (name == null) {
            return false;
        }
        err.println("popcheck: " + Messages.get("entry.text.garbled", name));
        err.flush();
        return true;
    }

    /** The option whose value is garbled ("--note"), "an argument" for a bare one, or null. */
    static String firstGarbled(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.indexOf(REPLACEMENT) < 0) {
                continue;
            }
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                return a.substring(0, eq);
            }
            if (i > 0 && args[i - 1].startsWith("-") && !a.startsWith("-")) {
                return args[i - 1];
            }
            return Messages.get("entry.text.anArgument");
        }
        return null;
    }
}
