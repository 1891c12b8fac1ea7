package org.popcheck.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BodySiteTest {

    @Test
    void aSpineSiteMustBeInTheCentre() {
        var ex = assertThrows(IllegalArgumentException.class, () -> new BodySite(Region.SPINE_NECK, Side.LEFT));
        assertEquals("side 'left' does not fit region 'spine_neck'", ex.getMessage());
    }

    @Test
    void aLimbSiteCannotBeInTheCentre() {
        assertThrows(IllegalArgumentException.class, () -> new BodySite(Region.HIP, Side.CENTER));
        assertEquals("hip/both", new BodySite(Region.HIP, Side.BOTH).key());
    }
}
