package org.popcheck.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;
import org.popcheck.i18n.Language;
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

    /**
     * (language, text scale, width, height): English, Spanish and German at 1x and 2x text, each on a
     * 1024 x 600 and a 1280 x 800 screen, for a {@code @MethodSource("org.popcheck.testsupport.Looks#everyLanguageAndScaleOnBothScreens")}.
     */
    public static List<Arguments> everyLanguageAndScaleOnBothScreens() {
        List<Arguments> looks = new ArrayList<>();
        for (Language language : List.of(Language.EN, Language.ES, Language.DE)) {
            for (double scale : new double[] {1.0, 2.0}) {
                looks.add(Arguments.of(language, scale, 1024, 600));
                looks.add(Arguments.of(language, scale, 1280, 800));
            }
        }
        return looks;
    }

    /**
     * (language, theme, text scale, width, height): English in every theme at 1x and 2x on both screens,
     * and Spanish and German in the light theme at 1x and 2x on the small one: for a look that is the
     * same in every language but may differ by theme and text size.
     */
    public static List<Arguments> everyThemeInEnglishAndEachLanguageSmall() {
        List<Arguments> looks = new ArrayList<>();
        for (Settings.Theme theme : Settings.Theme.values()) {
            for (double scale : new double[] {1.0, 2.0}) {
                looks.add(Arguments.of(Language.EN, theme, scale, 1024, 600));
                looks.add(Arguments.of(Language.EN, theme, scale, 1280, 800));
            }
        }
        for (Language language : List.of(Language.ES, Language.DE)) {
            for (double scale : new double[] {1.0, 2.0}) {
                looks.add(Arguments.of(language, Settings.Theme.LIGHT, scale, 1024, 600));
            }
        }
        return looks;
    }
}
