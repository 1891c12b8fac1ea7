package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTimeTest {

    @Test
    void theFastWriterAndReaderAgreeWithJavaTimeOnManyRandomTimes() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            int offsetMinutes = (random.nextInt(18 * 4 * 2 + 1) - 18 * 4) * 15;
            int nano = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            OffsetDateTime t = OffsetDateTime.of(1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), nano, ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
            String text = IsoTime.format(t);
            assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t), text);
            assertEquals(t, IsoTime.parse(text));
        }
    }

    @Test
    void unusualButValidTextsGoToTheFullParserAndBadOnesAreRefused() {
        assertEquals(OffsetDateTime.parse("2026-03-01T08:30+01:00"), IsoTime.parse("2026-03-01T08:30+01:00"));
        assertThrows(DateTimeParseException.class, () -> IsoTime.parse("2026-02-30T08:30:00Z"));
        assertThrows(DateTimeParseException.class, () -> IsoTime.parse("2026-03-01T08:30:00"));
        assertThrows(DateTimeParseException.class, () -> IsoTime.parse("2026-03-01T25:30:00Z"));
    }

    @Test
    void offsetsAreReadExactlyAndImpossibleOnesAreRefused() {
        for (String offset : new String[] {"+05:45", "-03:30", "+14:00", "-12:00", "+00:00", "-00:00", "+18:00", "+05:07"}) {
            String text = "2026-03-01T08:30:00" + offset;
            assertEquals(OffsetDateTime.parse(text), IsoTime.parse(text), text);
        }
        for (String offset : new String[] {"+01:75", "+18:30", "+19:00", "-24:00", "+1a:00"}) {
            assertThrows(DateTimeParseException.class, () -> IsoTime.parse("2026-03-01T08:30:00" + offset), offset);
        }
    }
}
