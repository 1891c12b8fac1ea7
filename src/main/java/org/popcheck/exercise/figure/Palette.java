package org.popcheck.exercise.figure;

import java.util.EnumMap;
import java.util.Map;

/**
 * Colours for the figure's roles as 0xRRGGBB, one palette per theme. The pictures have no
 * background of their own, so they sit on the theme's page colour (no white tiles in dark mode).
 */
public record Palette(Map<Role, Integer> colours) {

    public static final Palette LIGHT = of(0x3f6480, 0xa3b8c8, 0xc9551c, 0xeba47c, 0x22384a, 0x7f8e99, 0xc5d0d8, 0x2f8a70,
            0xc9551c, 0xeef2f5);
    public static final Palette DARK = of(0xa9c9e2, 0x52697c, 0xff9a5c, 0x9a5a36, 0x4d6f8c, 0x8593a0, 0x3b4753, 0x5cc7a6,
            0xff9a5c, 0x26313b);
    /** Black on white with a dark orange accent, every role at least 4.5:1 against white. */
    public static final Palette HIGH_CONTRAST = of(0x000000, 0x5c5c5c, 0xa33b00, 0xa33b00, 0x000000, 0x000000, 0x5c5c5c,
            0x005c3d, 0xa33b00, 0xffffff);

    public Palette {
        colours = Map.copyOf(colours);
        for (Role r : Role.values()) {
            if (!colours.containsKey(r)) {
                throw new IllegalArgumentException("A palette needs a colour for " + r);
            }
        }
    }

    public int colour(Role role) {
        return colours.get(role);
    }

    private static Palette of(int... rgb) {
        Map<Role, Integer> m = new EnumMap<>(Role.class);
        Role[] roles = Role.values();
        for (int i = 0; i < roles.length; i++) {
            m.put(roles[i], rgb[i]);
        }
        return new Palette(m);
    }
}
