package org.popcheck.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The layout test's walk ({@link ScreenWalk}) in Spanish and German on 1280 x 800 and on the small
 * 1024 x 600 screen, at the normal and at twice the text size, and in a pseudo-locale (every text
 * accented and about 40% longer, made here from English) on 1024 x 600 at both sizes and on
 * 1280 x 800 at twice the size: no label may be cut and nothing may leave the window (content that
 * does not fit must be in a scroll pane). Pictures go to target/i18n/; with {@code -Dpopcheck.docs=true} the Spanish and
 * German ones also to docs/screenshots/i18n/.
 */
@ExtendWith(ApplicationExtension.class)
public class TranslatedScreensFitTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private ScreenWalk walk;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        if (walk != null) {
            walk.forgetSmallScreen();
        }
        Messages.setPseudo(null);
        Messages.setLanguage(Language.EN);
    }

    /**
     * Every language on both screens at both text sizes (light theme); the pseudo-locale on the small
     * screen at both and on 1280 x 800 at 2x; and the tightest case, Spanish and German at 2x on
     * 1024 x 600, in the dark and high-contrast themes too (their borders and weights differ).
     */
    static List<Arguments> languages() {
        List<Arguments> runs = new ArrayList<>();
        for (String variant : List.of("es", "de", "pseudo")) {
            for (double scale : new double[] {1.0, 2.0}) {
                runs.add(Arguments.of(variant, scale, 1024, 600, Settings.Theme.LIGHT));
                if (!variant.equals("pseudo") || scale == 2.0) {
                    runs.add(Arguments.of(variant, scale, 1280, 800, Settings.Theme.LIGHT));
                }
            }
        }
        for (String variant : List.of("es", "de")) {
            for (Settings.Theme theme : Settings.Theme.values()) {
                if (theme != Settings.Theme.LIGHT) {
                    runs.add(Arguments.of(variant, 2.0, 1024, 600, theme));
                }
            }
        }
        return runs;
    }

    @ParameterizedTest(name = "{0} at {1}x text on {2} x {3}, {4}")
    @MethodSource("languages")
    void everyScreenShowsAllItsTranslatedText(String variant, double scale, int width, int height, Settings.Theme theme,
            FxRobot robot) throws Exception {
        boolean pseudo = variant.equals("pseudo");
        Messages.setLanguage(pseudo ? Language.EN : Language.parse(variant).orElseThrow());
        Messages.setPseudo(pseudo ? TranslatedScreensFitTest::pseudo : null);
        // The 1280 x 800 light pictures keep their old folder names (es-2x); the others get suffixes.
        String look = variant + "-" + (int) scale + "x" + (width == 1280 ? "" : "-" + width + "x" + height)
                + (theme == Settings.Theme.LIGHT ? "" : "-" + theme.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        // For the docs: the 1280 x 800 pictures at both sizes and the small screen at 2x, light theme.
        boolean forDocs = !pseudo && theme == Settings.Theme.LIGHT && (width == 1280 || scale == 2.0);
        walk = new ScreenWalk(robot, stage, width, height, (scene, name) -> picture(scene, look, name, forDocs));
        Settings settings = Settings.defaultsFor(Locale.GERMANY).withTextScale(scale).withTheme(theme);
        List<String> problems = walk.walk(settings, dir);
        assertTrue(problems.isEmpty(), problems.size() + " problems in " + look + ":\n" + String.join("\n", problems));
    }

    @Test
    void thePseudoLocaleIsLongerAccentedAndKeepsArgumentsQuotesAndMnemonics() {
        String p = pseudo("_Check {0,choice,1#one|1<{0} more} it''s on");
        assertTrue(p.startsWith("_Ç"), p);
        assertTrue(p.contains("{0,choice,1#one|1<{0} more}"), p);
        assertTrue(p.contains("''"), p);
        String plain = "Make a summary to print or to bring as a PDF to your physical therapist or doctor.";
        assertTrue(pseudo(plain).length() >= plain.length() * 1.4, pseudo(plain));
    }

    /**
     * A text made longer and accented: every vowel is accented and doubled, some consonants
     * accented, and short words of padding ("ÿÿ") added until it is 40% longer than the English;
     * arguments in braces, '' and _ stay as they are.
     */
    public static String pseudo(String text) {
        StringBuilder b = new StringBuilder(text.length() * 3 / 2);
        int depth = 0;
        for (char ch : text.toCharArray()) {
            if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth = Math.max(0, depth - 1);
            }
            if (depth > 0) {
                b.append(ch);
                continue;
            }
            int i = "aeiouAEIOUcCnNy".indexOf(ch);
            if (i < 0) {
                b.append(ch);
            } else {
                char accented = "áéíöüÁÉÎÖÜçÇñÑý".charAt(i);
                b.append(accented);
                if (i < 10) {
                    b.append(accented);
                }
            }
        }
        while (b.length() < text.length() * 1.4) {
            b.append(" ÿÿ");
        }
        return b.toString();
    }

    private static void picture(Scene scene, String look, String name, boolean forDocs) {
        Path inTarget = Path.of("target/i18n", look, name + ".png");
        List<Path> files = forDocs ? org.popcheck.testsupport.DocPictures.places(inTarget,
                Path.of("docs/screenshots/i18n", look, name + ".png")) : List.of(inTarget);
        for (Path file : files) {
            Snapshots.write(scene, file);
        }
    }
}
