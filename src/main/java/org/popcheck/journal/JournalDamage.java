package org.popcheck.journal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What kind of damage stops a journal file from being read, told from its bytes rather than from
 * the JSON reader's complaint. The reader sees only the first thing it cannot parse: a journal cut
 * short in the middle of {@code false} looks to it like a word without quotes, and a file of zero
 * bytes like any other stray character, so its hint about quotes and small letters sent people the
 * wrong way. The bytes say what happened: a file that ends while an object, list or text is still
 * open was cut off (a full disk, a crash while saving); a file of nothing but zero bytes is what a
 * file system leaves when the computer stopped before the text reached the disk.
 */
public enum JournalDamage {
    /** Nothing but zero bytes (and perhaps blanks): no text at all. */
    ZEROS("the file holds no text, only zero bytes (this happens when the computer stops while a file is being saved)", false),
    /** Valid as far as it goes, then it stops (or turns into zero bytes) with something still open. */
    CUT_SHORT("the file ends too early: it looks cut off (perhaps the disk was full or the computer stopped while saving)", true),
    /** Zero bytes or other control bytes amid the text: not a text file, or overwritten by something else. */
    NOT_TEXT("the file holds bytes that are not text (it may have been overwritten by another program or damaged on the disk)", true),
    /** Not in the UTF-8 encoding PopCheck reads (UTF-16, or another character set). */
    ENCODING(null, true),
    /** Text in the wrong form: the JSON reader's own plain-words reason stands. */
    MALFORMED(null, true);

    private final String words;
    private final boolean placeHelps;

    JournalDamage(String words, boolean placeHelps) {
        this.words = words;
        this.placeHelps = placeHelps;
    }

    /** The plain English reason for the command line, or {@code readerSaid} where the reader's own words fit. */
    public String describe(String readerSaid) {
        return words == null ? readerSaid : words;
    }

    /** Whether line and column tell the person anything (not for a file with no text in it). */
    public boolean placeHelps() {
        return placeHelps;
    }

    /**
     * The kind of damage of {@code file}, which the reader refused with {@code refusal}. Reads the
     * file once, a buffer at a time, so a journal of hundreds of megabytes costs a second, once.
     */
    public static JournalDamage of(Path file, JournalFormatException refusal) throws IOException {
        if (refusal.problem().startsWith("the file is not UTF-8") || refusal.problem().contains("UTF-16")
                || refusal.problem().contains("UTF-32")) {
            return zerosOnly(file) ? ZEROS : ENCODING;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return of(in, refusal.line());
        }
    }

    /**
     * {@code refusal} again, its reason in the words of the damage found in {@code file}'s bytes; as
     * it was if the file cannot be read again to tell.
     */
    static JournalFormatException classified(Path file, JournalFormatException refusal) {
        JournalDamage damage;
        try {
            damage = of(file, refusal);
        } catch (IOException | RuntimeException cannotTell) {
            return refusal;
        }
        return new JournalFormatException(damage.describe(refusal.problem()), refusal.line(), refusal.column(), damage);
    }

    private static boolean zerosOnly(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Scan s = Scan.of(in);
            return s.zeros > 0 && s.textBytes == 0;
        }
    }

    /** As {@link #of(Path, JournalFormatException)}, for the bytes of a file refused at {@code refusedLine}. */
    static JournalDamage of(InputStream in, int refusedLine) throws IOException {
        Scan s = Scan.of(in);
        if (s.zeros > 0 && s.textBytes == 0) {
            return ZEROS;
        }
        if (s.controlInsideText) {
            return NOT_TEXT;
        }
        // Open at the end, and refused on the last line that has text (or after it): the text stops
        // rather than going wrong. A fault earlier in the file is reported as what it is.
        boolean open = s.depth > 0 || s.inString;
        return open && !s.mismatched && refusedLine >= s.lastTextLine ? CUT_SHORT : MALFORMED;
    }

    /** One pass over the bytes: JSON's structure characters are ASCII, so bytes are enough. */
    private static final class Scan {
        long zeros;
        long textBytes;
        int depth;
        /** Which opener is at each depth (set: a list), so a closer of the wrong kind is seen. */
        final java.util.BitSet lists = new java.util.BitSet();
        /** A } closing a list, a ] closing an object, or a closer with nothing open: wrong, not cut. */
        boolean mismatched;
        boolean inString;
        boolean escaped;
        /** A zero or control byte followed later by text: damage inside, not a file cut off into zeros. */
        boolean controlInsideText;
        boolean pendingControl;
        int line = 1;
        int lastTextLine = 1;
        /** Zero bytes in a row so far. */
        int zeroRun;
        /** A run of this many zero bytes is a block the disk never got, not a character someone typed. */
        static final int ZERO_RUN = 4;

        static Scan of(InputStream in) throws IOException {
            Scan s = new Scan();
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    s.take(buf[i] & 0xFF);
                }
            }
            return s;
        }

        private void take(int b) {
            if (b == '\n') {
                line++;
                return;
            }
            if (b == ' ' || b == '\t' || b == '\r') {
                return;
            }
            if (b < 0x20 || b == 0x7F) {
                if (b == 0) {
                    zeros++;
                    zeroRun++;
                }
                // One control character typed into a text (a tab, a NUL in a note) is the reader's
                // case, said precisely by it; outside a text, or a run of zeros, is damage.
                if (!inString || zeroRun >= ZERO_RUN) {
                    pendingControl = true;
                }
                return;
            }
            zeroRun = 0;
            // Zero or control bytes with text after them (before it or amid it): not a file cut off
            // into zeros at its end, but something else written into it.
            if (pendingControl) {
                controlInsideText = true;
            }
            pendingControl = false;
            textBytes++;
            lastTextLine = line;
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                lists.set(depth, b == '[');
                depth++;
            } else if (b == '}' || b == ']') {
                if (depth == 0 || lists.get(depth - 1) != (b == ']')) {
                    mismatched = true;
                } else {
                    depth--;
                }
            }
        }
    }
}
