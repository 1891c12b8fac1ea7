package org.popcheck.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    /** Every edge of {@code p} lies inside the area. */
    private static void assertInside(WindowPlacement p, double x, double y, double w, double h) {
        assertTrue(p.x() >= x && p.y() >= y && p.x() + p.width() <= x + w && p.y() + p.height() <= y + h, p + " inside " + w + "x" + h);
    }

    @Test
    void aFirstWindowTakesItsPreferredSizeWhereThereIsRoomAndTheWholeScreenWhereNot() {
        WindowPlacement big = WindowPlacement.centredIn(0, 0, 1920, 1080);
        assertEquals(WindowPlacement.PREFERRED_WIDTH, big.width());
        assertEquals(WindowPlacement.PREFERRED_HEIGHT, big.height());
        assertEquals((1920 - WindowPlacement.PREFERRED_WIDTH) / 2, big.x());
        WindowPlacement small = WindowPlacement.centredIn(0, 0, 1024, 600 - 40);
        assertEquals(1024, small.width());
        assertEquals(560, small.height());
        assertInside(small, 0, 0, 1024, 560);
        WindowPlacement second = WindowPlacement.centredIn(1920, 0, 1366, 728);
        assertInside(second, 1920, 0, 1366, 728);
    }

    @Test
    void aWindowSavedBiggerOrHalfOffTheScreenComesBackWhole() {
        double[][] saved = {{-38, -53, 1100, 760}, {900, 500, 400, 300}, {0, 0, 3000, 2000}, {5000, 5000, 800, 600}, {-900, 100, 800, 400}};
        for (double[] s : saved) {
            WindowPlacement p = new WindowPlacement(s[0], s[1], s[2], s[3], false).fittedInto(0, 0, 1024, 600);
            assertInside(p, 0, 0, 1024, 600);
            assertEquals(Math.min(s[2], 1024), p.width());
            assertEquals(Math.min(s[3], 600), p.height());
        }
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        WindowPlacement p = new WindowPlacement(100, 50, 800, 500, true);
        assertEquals(p, p.fittedInto(0, 0, 1024, 600));
    }
}
