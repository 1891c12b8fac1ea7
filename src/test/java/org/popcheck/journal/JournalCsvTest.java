package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCsvTest {

    @TempDir
    Path dir;

    @Test
    void theCsvExportStartsWithAByteOrderMarkAndParsesBackToTheSameValues() throws IOException {
        String tricky = "comma, \"quotes\" and\r\na new line; 足首 😣";
        JournalEntry full = Entries.full("full", tricky, Entries.at("2026-03-01T08:30:00+05:45"));
        JournalEntry formula = new JournalEntry("f", Entries.at("2026-03-02T08:30:00Z"), null, null, null, null, null, null,
                "=HYPERLINK(\"x\")", false, null, null);
        Path csv = dir.resolve("out.csv");
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(full);
            store.add(formula);
            store.exportCsv(csv);
        }
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(3, rows.size(), "a header and one row per entry");
        assertEquals(JournalCsv.HEADER, rows.get(0));
        List<String> row = rows.get(1);
        assertEquals(JournalCsv.HEADER.size(), row.size());
        assertEquals("full", row.get(0));
        assertEquals("2026-03-01T08:30:00+05:45", row.get(1));
        assertEquals("hip", row.get(2));
        assertEquals("both", row.get(3));
        assertEquals("7", row.get(6));
        assertEquals("getting_up;twisting", row.get(7));
        assertEquals("swelling;night_pain", row.get(8));
        assertEquals(tricky, row.get(9));
        assertEquals("yes", row.get(10));
        assertEquals("calf-raise 3x12 pain 2;plank 2x30s", row.get(11));
        assertEquals("consultation", row.get(12));
        assertTrue(rows.get(2).get(9).startsWith("'="), "a note that looks like a formula is kept as text");
    }

    /** A strict RFC 4180 reader: fails on a stray quote, so the test catches bad quoting. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean cellStarted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    char next = i + 1 < text.length() ? text.charAt(i + 1) : '\r';
                    if (next != ',' && next != '\r') {
                        throw new AssertionError("text after a closing quote at " + i);
                    }
                } else {
                    cell.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (cellStarted) {
                    throw new AssertionError("a quote inside an unquoted field at " + i);
                }
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\r') {
                if (text.charAt(i + 1) != '\n') {
                    throw new AssertionError("a bare CR at " + i);
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                i++;
            } else if (c == '\n') {
                throw new AssertionError("a bare LF outside quotes at " + i);
            } else {
                cell.append(c);
                cellStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw new AssertionError("an unclosed quote");
        }
        return rows;
    }
}
