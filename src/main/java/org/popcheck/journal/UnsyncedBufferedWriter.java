package org.popcheck.journal;

import java.io.IOException;
import java.io.Writer;

/**
 * A write buffer for one thread. Gson's JsonWriter makes several small writes per field, millions
 * for a long journal; {@link java.io.BufferedWriter} takes a lock on each of them, which showed as
 * the largest single cost of a save. This buffer takes none and hands the writer below whole
 * blocks of characters (its encoder keeps a surrogate pair that a block boundary splits intact).
 */
final class UnsyncedBufferedWriter extends Writer {

    private final Writer out;
    private final char[] buffer;
    private int used;

    UnsyncedBufferedWriter(Writer out, int size) {
        this.out = out;
        this.buffer = new char[size];
    }

    @Override
    public void write(int c) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length >= buffer.length) {
            drain();
            out.write(chars, offset, length);
            return;
        }
        if (length > buffer.length - used) {
            drain();
        }
        System.arraycopy(chars, offset, buffer, used, length);
        used += length;
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        int from = offset;
        int left = length;
        while (left > 0) {
            if (used == buffer.length) {
                drain();
            }
            int n = Math.min(buffer.length - used, left);
            s.getChars(from, from + n, buffer, used);
            used += n;
            from += n;
            left -= n;
        }
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
