package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JournalCsvTest {

    @TempDir
    Path dir;

    /**
     * A check's warning signs are its yes and not-sure answers, not only ticked signs: the CSV listed none
     * for a check with "numbness around the genitals: yes", where the table and the summary list it.
     */
    @Test
    void theWarningSignsColumnHoldsACheckAnsweredYesOrNotSureAsTheTableDoes() throws IOException {
        java.util.Map<String, org.popcheck.assessment.Answer> answers = new java.util.LinkedHashMap<>();
        answers.put("saddle_numbness", org.popcheck.assessment.Answer.YesNo.YES);
        answers.put("fever", org.popcheck.assessment.Answer.YesNo.NO);
        answers.put("swelling", org.popcheck.assessment.Answer.YesNo.UNSURE);
        org.popcheck.body.BodySite back = org.popcheck.body.BodySite.spine(org.popcheck.body.Region.SPINE_LOWER);
        JournalEntry check = new JournalEntry("check", Entries.at("2026-03-01T08:30:00Z"), back, null, null, null, null, List.of("night_pain"),
                "", false, null, new SavedAssessment(new org.popcheck.assessment.Assessment(52, List.of(back), answers),
                        org.popcheck.triage.Level.EMERGENCY, List.of()));
        StringWriter out = new StringWriter();
        JournalCsv.write(List.of(check), out);
        List<String> row = parse(out.toString().substring(1)).get(1);
        assertEquals(new java.util.TreeSet<>(EntrySigns.of(check)), new java.util.TreeSet<>(List.of(row.get(9).split(";"))));
        assertEquals(new java.util.TreeSet<>(List.of("night_pain", "saddle_numbness", "swelling")),
                new java.util.TreeSet<>(List.of(row.get(9).split(";"))), "the ticked sign, the yes and the not sure; the fever's no is not a sign");
    }

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
        assertEquals("2026-03-01 08:30:00", row.get(1));
        assertEquals("UTC+05:45", row.get(2));
        assertEquals("hip", row.get(3));
        assertEquals("both", row.get(4));
        assertEquals("7", row.get(7));
        assertEquals("getting_up;twisting", row.get(8));
        assertEquals("swelling;night_pain;injury", row.get(9), "the ticked signs, then the check's not-sure injury");
        assertEquals(tricky, row.get(10));
        assertEquals("yes", row.get(11));
        assertEquals("calf-raise 3x12 pain 2;plank 2x30s", row.get(12));
        assertEquals("consultation", row.get(13));
        assertTrue(rows.get(2).get(10).startsWith("'="), "a note that looks like a formula is kept as text");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-01T08:30:00+05:45, 2026-03-01 08:30:00, UTC+05:45",
        "2026-03-02T23:59:59.999Z, 2026-03-02 23:59:59, UTC+00:00",
        "2026-10-25T02:30:00-03:30, 2026-10-25 02:30:00, UTC-03:30",
        "1900-01-01T00:00:00+14:00, 1900-01-01 00:00:00, UTC+14:00",
        "2026-12-31T07:05:09.5-10:00, 2026-12-31 07:05:09, UTC-10:00"
    })
    void theTimeIsALocalDateTimeToTheSecondAndASeparateOffsetThatSpreadsheetsReadAsADate(String at, String local, String offset)
            throws IOException {
        StringWriter out = new StringWriter();
        JournalCsv.write(List.of(new JournalEntry("e", Entries.at(at), null, null, null, null, null, null, null, false, null, null)),
                out);
        List<List<String>> rows = parse(out.toString().substring(1));
        assertEquals(List.of("local_time", "utc_offset"), rows.get(0).subList(1, 3));
        assertEquals(local, rows.get(1).get(1));
        assertEquals(offset, rows.get(1).get(2));
        // The shape a spreadsheet takes as a date: parsed back, it is the entry's own clock time.
        LocalDateTime read = LocalDateTime.parse(local.replace(' ', 'T'));
        assertEquals(Entries.at(at).toLocalDateTime().withNano(0), read);
        assertEquals(Entries.at(at).getOffset(), ZoneOffset.of(offset.substring(3)));
    }

    /** A strict RFC 4180 reader: fails on a stray quote, so the test catches bad quoting. */
    /**
     * Trial 1 and 3: a session stopped before its first set was written "calf-raise 0x12", where the screens
     * and the summary say "stopped before the first set". Counted, timed, and with or without pain, next
     * morning and stop signs: the column says it in words, and a session with sets keeps its count.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "calf-raise | 12 |    |   |       |            | calf-raise stopped before the first set",
        "plank      |    | 30 | 3 |       |            | plank stopped before the first set pain 3",
        "bridge     | 10 |    | 6 | WORSE | sharp_pain | bridge stopped before the first set pain 6 next morning worse stop signs sharp_pain",
    })
    void aSessionStoppedBeforeItsFirstSetSaysSoInWords(String id, Integer reps, Integer seconds, Integer pain, String morning,
            String stopSign, String expected) throws IOException {
        List<String> signs = stopSign == null ? List.of() : List.of(stopSign);
        MorningAfter after = morning == null ? null : MorningAfter.valueOf(morning);
        ExerciseDone stopped = new ExerciseDone(id, 0, reps, seconds, pain, after, signs);
        ExerciseDone done = new ExerciseDone(id, 2, reps, seconds, pain, after, signs);
        String cell = exercisesCell(List.of(stopped, done));
        String[] sessions = cell.split(";");
        assertEquals(expected, sessions[0]);
        assertTrue(!sessions[0].contains("0x") && sessions[1].startsWith(id + " 2x"), cell);
    }

    private static String exercisesCell(List<ExerciseDone> sessions) throws IOException {
        JournalEntry e = new JournalEntry("s", Entries.at("2026-03-01T08:30:00Z"), null, null, null, null, null, null,
                "", false, sessions, null);
        StringWriter out = new StringWriter();
        JournalCsv.write(List.of(e), out);
        List<List<String>> rows = parse(out.toString().substring(1));
        return rows.get(1).get(JournalCsv.HEADER.indexOf("exercises"));
    }

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
