package org.popcheck.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;
import org.popcheck.settings.Settings;

/** The looks a screen test is run in: every theme, at 1x and 2x text. One list for every such test. */
public final class Looks {

    private Looks() {}

    /** Pairs of (theme, text scale) for a {@code @MethodSource("org.popcheck.testsupport.Looks#everyThemeAtOneAndTwoTimesText")}. */
    public static List<Arguments> everyThemeAtOneAndTwoTimesText() {
        List<Arguments> looks = new ArrayList<>();
        for (Settings.Theme theme : Settings.Theme.values()) {
            for (double scale : new double[] {1.0, 2.0}) {
                looks.add(Arguments.of(theme, scale));
            }
        }
        return looks;
    }
}
