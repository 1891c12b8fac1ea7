package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnsyncedBufferedWriterTest {

    @Test
    void smallAndLargeWritesOfEveryKindArriveWholeAndInOrder() throws IOException {
        StringWriter target = new StringWriter();
        StringBuilder expected = new StringBuilder();
        try (UnsyncedBufferedWriter w = new UnsyncedBufferedWriter(target, 8)) {
            w.write('a');
            expected.append('a');
            w.write("bcdefghijk"); // longer than the buffer, split over two blocks
            expected.append("bcdefghijk");
            char[] big = "0123456789abcdefghij".toCharArray();
            w.write(big, 2, 15); // larger than the buffer: passed straight through after what is buffered
            expected.append(big, 2, 15);
            w.write("xyz", 1, 2);
            expected.append("yz");
            w.write(new char[] {'!', '?'}, 0, 2);
            expected.append("!?");
        }
        assertEquals(expected.toString(), target.toString());
    }

    @Test
    void aSurrogatePairSplitByABlockBoundaryIsEncodedAsOneCharacter() throws IOException {
        String text = "1234567\uD83E\uDDB6 foot"; // the pair sits on the 8-character boundary
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (UnsyncedBufferedWriter w = new UnsyncedBufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 8)) {
            w.write(text);
        }
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }

    @Test
    void nothingIsLostOnFlushBeforeTheBufferIsFull() throws IOException {
        StringWriter target = new StringWriter();
        UnsyncedBufferedWriter w = new UnsyncedBufferedWriter(target, 64);
        w.write("kept");
        assertEquals("", target.toString(), "still in the buffer");
        w.flush();
        assertEquals("kept", target.toString());
    }
}
