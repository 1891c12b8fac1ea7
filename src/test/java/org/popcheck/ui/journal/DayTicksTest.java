package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The trend charts' date ticks: each a whole day, each date once, the last one a real date on the axis. */
class DayTicksTest {

    @Test
    void ticksFallOnWholeDistinctDaysAndTheAxisEndsOnOne() {
        long[][] ranges = {{20_000, 20_000}, {20_000, 20_001}, {20_000, 20_006}, {20_000, 20_029}, {20_000, 20_089}, {19_000, 20_000}};
        for (long[] r : ranges) {
            long unit = DayTicks.unit(r[0], r[1]);
            long upper = DayTicks.upperBound(r[0], r[1]);
            assertTrue(unit >= 1, "whole days");
            assertTrue(upper >= r[1], "the last entry is on the axis");
            assertEquals(0, (upper - r[0]) % unit, "the axis ends on a tick, so no half label at the edge");
            Set<Long> ticks = new HashSet<>();
            for (long t = r[0]; t <= upper; t += unit) {
                assertTrue(ticks.add(t), "each date once");
            }
            assertTrue(ticks.size() <= DayTicks.MAX_LABELS + 1, ticks.size() + " labels for " + (r[1] - r[0] + 1) + " days");
        }
    }

    @Test
    void onlyWholeNumbersGetALabel() {
        assertEquals("2", DayTicks.WHOLE_NUMBERS.toString(2.0));
        assertEquals("0", DayTicks.WHOLE_NUMBERS.toString(0));
        assertEquals("", DayTicks.WHOLE_NUMBERS.toString(0.5));
        assertEquals("", DayTicks.WHOLE_NUMBERS.toString(2.25));
    }
}
