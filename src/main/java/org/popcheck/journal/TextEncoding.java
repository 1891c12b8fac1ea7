package org.popcheck.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Says in words why a journal file is not UTF-8 text, and where. The decoder's own message
 * ("Input length = 1") names neither, and its place is off by the reader's buffering.
 */
final class TextEncoding {

    private TextEncoding() {}

    /**
     * A UTF-16 or UTF-32 file, known by its first bytes, or null. Checked before reading: UTF-16
     * without a byte order mark is valid UTF-8 (ASCII with zero bytes between), so the decoder
     * would let it through and the JSON reader would complain about something else.
     */
    static JournalFormatException wide(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String wide = wideEncoding(in.readNBytes(4));
            return wide == null ? null
                    : new JournalFormatException("the file is " + wide + " text; PopCheck reads UTF-8 only (save it as UTF-8)", 1, 1);
        }
    }

    /** The problem with a file the decoder refused: UTF-16 or UTF-32 by its marks, else the first bad byte's place. */
    static JournalFormatException describe(Path file) {
        try {
            JournalFormatException wide = wide(file);
            if (wide != null) {
                return wide;
            }
        } catch (IOException e) {
            return new JournalFormatException("the file is not UTF-8 text", 1, 1);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return firstBadByte(in);
        } catch (IOException e) {
            return new JournalFormatException("the file is not UTF-8 text", 1, 1);
        }
    }

    /** "UTF-16" or "UTF-32" when the first bytes show it (a byte order mark, or ASCII with zero bytes between), else null. */
    static String wideEncoding(byte[] b) {
        if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0))) {
            return "UTF-32";
        }
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return "UTF-16";
        }
        if (b.length >= 2 && ((b[0] == 0) != (b[1] == 0))) {
            return "UTF-16";
        }
        return null;
    }

    /** Decodes until the first byte that is not UTF-8 and gives its line and column (counted in characters). */
    private static JournalFormatException firstBadByte(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        int line = 1;
        int column = 1;
        boolean end = false;
        while (true) {
            if (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            chars.flip();
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            chars.clear();
            if (result.isError()) {
                int bad = bytes.get(bytes.position()) & 0xFF;
                return new JournalFormatException(String.format(
                        "the file is not UTF-8 text: the byte 0x%02X cannot start or continue a character", bad), line, column);
            }
            bytes.compact();
            if (end && result.isUnderflow()) {
                return new JournalFormatException("the file is not UTF-8 text", line, column);
            }
        }
    }
}
