package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thousands of mutated journals: each either reads or gives the journal's own clear error, nothing else. */
class JournalFuzzTest {

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e999", "\"unsure\"",
            "\"at\"", "\"pain\"", "99999999999999999999", "\\u00", "\uFFFF", "😣", "\"id\"", "\"region\"", "\"hip\"", "0.5"};

    @TempDir
    Path dir;

    @Test
    void mutatedJournalsOnlyEverGiveTheJournalsOwnClearError() throws IOException {
        JournalJson json = JournalJson.standard();
        StringWriter seed = new StringWriter();
        json.write(List.of(Entries.full("a", "notes \"q\" ✓", Entries.at("2026-03-01T10:00:00+01:00")),
                Entries.quick(3, "2026-03-02T10:00:00Z")), seed);
        String original = seed.toString();
        Random random = new Random(7);
        int errors = 0;
        int read = 0;
        for (int i = 0; i < 5000; i++) {
            String mutated = mutate(original, random, 1 + random.nextInt(4));
            try {
                json.read(new StringReader(mutated));
                read++;
            } catch (JournalFormatException e) {
                errors++;
                assertTrue(e.line() >= 1 && e.column() >= 1);
                assertTrue(e.getMessage().startsWith("The journal file cannot be read: "));
                assertTrue(e.problem() != null && !e.problem().isBlank());
            } catch (Throwable other) {
                fail("mutation " + i + " gave " + other + " for:\n" + mutated, other);
            }
        }
        System.out.printf("fuzz: %d mutated journals, %d read, %d clear errors%n", 5000, read, errors);
        assertTrue(errors > 4000, "most mutations are caught");
    }

    @Test
    void mutatedBytesOnDiskOnlyEverGiveTheJournalsOwnClearError() throws IOException {
        JournalStore reader = JournalStore.openReadOnly(dir);
        StringWriter seed = new StringWriter();
        JournalJson.standard().write(List.of(Entries.full("a", "Knöchel 足首 😣", Entries.at("2026-03-01T10:00:00+01:00"))), seed);
        byte[] original = seed.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Random random = new Random(11);
        Path file = dir.resolve("mutated.json");
        for (int i = 0; i < 1000; i++) {
            byte[] b = original.clone();
            for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            Files.write(file, b);
            try {
                reader.readFile(file, p -> {});
            } catch (JournalFormatException expected) {
                assertTrue(expected.getMessage().contains("line "));
            } catch (Throwable other) {
                fail("byte mutation " + i + " gave " + other, other);
            }
        }
    }

    private static String mutate(String s, Random random, int times) {
        StringBuilder b = new StringBuilder(s);
        for (int t = 0; t < times && b.length() > 0; t++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(6)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> b.setCharAt(at, (char) (32 + random.nextInt(95)));
                case 3 -> b.setLength(at);
                case 4 -> {
                    int end = Math.min(b.length(), at + random.nextInt(40));
                    b.insert(random.nextInt(b.length()), b.substring(at, end));
                }
                default -> {
                    List<Integer> quotes = new ArrayList<>();
                    for (int i = 0; i < b.length(); i++) {
                        if (b.charAt(i) == '"') {
                            quotes.add(i);
                        }
                    }
                    if (quotes.size() > 1) {
                        b.deleteCharAt(quotes.get(random.nextInt(quotes.size())));
                    }
                }
            }
        }
        return b.toString();
    }
}
