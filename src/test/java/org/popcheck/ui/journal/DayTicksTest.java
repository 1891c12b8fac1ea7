package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The trend charts' axes: date ticks on whole, distinct days, count ticks on whole numbers, and room
 * beyond the first and last value so that no point sits on the plot's edge.
 */
class DayTicksTest {

    @Test
    void dateTicksFallOnWholeDistinctDaysAndEveryDayLiesInsideTheAxisWithRoomToSpare() {
        long[][] ranges = {{20_000, 20_000}, {20_000, 20_001}, {20_000, 20_006}, {20_000, 20_029}, {20_000, 20_089}, {19_000, 20_000}};
        for (long[] r : ranges) {
            StepAxis axis = StepAxis.days(r[0], r[1]);
            assertTrue(axis.step() >= 1 && axis.step() == Math.rint(axis.step()), "whole days");
            for (long day = r[0]; day <= r[1]; day++) {
                double at = axis.position(day);
                assertTrue(at - axis.lowerBound() >= StepAxis.MARGIN - 1e-9 && axis.upperBound() - at >= StepAxis.MARGIN - 1e-9,
                        "day " + day + " of " + r[0] + "-" + r[1] + " is away from the edges");
            }
            Set<Double> days = new HashSet<>();
            // JavaFX puts ticks on the lower bound, then on whole positions from its ceiling, then on the upper bound.
            assertEquals(r[0], axis.valueAt(Math.ceil(axis.lowerBound())), "the first tick is the first day");
            for (double t = Math.ceil(axis.lowerBound()); t <= axis.upperBound(); t++) {
                double day = axis.valueAt(t);
                if (Double.isNaN(day)) {
                    assertTrue(t > axis.span(), "only past the last day is a tick left without a date");
                    continue;
                }
                assertTrue(day <= r[1], "no date after the last entry");
                assertEquals(Math.rint(day), day, "a whole day");
                assertTrue(days.add(day), "each date once");
            }
            assertTrue(days.size() <= DayTicks.MAX_LABELS + 1, days.size() + " labels for " + (r[1] - r[0] + 1) + " days");
            assertTrue(Double.isNaN(axis.valueAt(axis.lowerBound())) && Double.isNaN(axis.valueAt(axis.upperBound())),
                    "the padded ends get no label");
        }
    }

    @Test
    void aSingleDayIsOneLabelNotAnAxisRunningIntoTomorrow() {
        StepAxis axis = StepAxis.days(20_000, 20_000);
        assertEquals(0, axis.span());
        assertTrue(axis.upperBound() < 1, "no tick for the day after");
    }

    @Test
    void countTicksAreWholeNumbersFromZeroAndTheLargestCountIsInside() {
        for (double max : new double[] {0, 0.5, 1, 3, 6, 7, 13, 40, 99, 1234}) {
            StepAxis axis = StepAxis.counts(max);
            assertTrue(axis.step() >= 1 && axis.step() == Math.rint(axis.step()), "whole numbers for " + max);
            assertEquals(0, axis.valueAt(Math.ceil(axis.lowerBound())), "the first tick is 0");
            assertTrue(axis.upperBound() - axis.position(max) >= StepAxis.MARGIN - 1e-9, max + " is away from the top edge");
            assertTrue(axis.span() <= 7, axis.span() + " ticks for " + max);
        }
        assertEquals(5, StepAxis.counts(13).step());
        assertEquals(20, StepAxis.counts(99).step());
    }

    /** Averages (entries per day over a week or month): ticks 0.01 to 0.5 apart below a few per day, labelled with their decimals. */
    @Test
    void averageTicksAreTenthsHalvesOrWholeNumbersAndTheLargestValueIsInside() {
        double[][] cases = {{0.03, 0.01}, {0.05, 0.01}, {0.1, 0.02}, {0.14, 0.05}, {0.43, 0.1}, {0.9, 0.2}, {1.0, 0.2}, {2.57, 0.5}, {7.3, 2}, {33, 10}};
        for (double[] c : cases) {
            StepAxis axis = StepAxis.counts(c[0], false);
            assertEquals(c[1], axis.step(), 1e-12, "the step for " + c[0]);
            assertEquals(c[1] < 0.1 ? 2 : c[1] < 1 ? 1 : 0, axis.decimals(), "decimals for a step of " + c[1]);
            assertTrue(axis.valueAt(axis.span()) >= c[0] - 1e-9, c[0] + " is under the last tick");
            assertTrue(axis.span() <= 7, axis.span() + " ticks for " + c[0]);
        }
        assertEquals(1, StepAxis.counts(0.43, true).step(), "whole counts keep whole steps");
    }

    @Test
    void thePainScaleKeepsZeroAndTenInsideTheAxis() {
        StepAxis pain = StepAxis.painScale();
        assertTrue(pain.position(0) - pain.lowerBound() > 0 && pain.upperBound() - pain.position(10) > 0);
        assertEquals(10, pain.valueAt(10));
        assertTrue(Double.isNaN(pain.valueAt(2.5)), "between ticks: no label");
    }
}
