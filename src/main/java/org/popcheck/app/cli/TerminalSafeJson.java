package org.popcheck.app.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.popcheck.journal.PlainText;

/**
 * Writes JSON for a terminal. Gson escapes the C0 controls itself, but writes DEL, the C1 controls
 * and bidi overrides as they are, and some terminals obey those. They can only stand inside JSON
 * texts (everything else in JSON is plain ASCII), where {@code \}{@code uXXXX} means the same
 * character, so the JSON stays equal while the terminal sees only harmless characters.
 */
final class TerminalSafeJson extends FilterWriter {

    private TerminalSafeJson(Writer out) {
        super(out);
    }

    static Writer wrap(Writer out) {
        return new TerminalSafeJson(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    /** Writes runs of harmless characters in one piece, escaping the others. */
    @Override
    public void write(String s, int off, int len) throws IOException {
        int run = off;
        for (int i = off; i < off + len; i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\r' && c != '\t' && PlainText.needsEscape(c)) { // line breaks and tabs are JSON's layout
                out.write(s, run, i - run);
                out.write(String.format("\\u%04x", (int) c));
                run = i + 1;
            }
        }
        out.write(s, run, off + len - run);
    }
}
