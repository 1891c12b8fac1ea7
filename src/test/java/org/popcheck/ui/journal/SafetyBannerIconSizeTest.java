package org.popcheck.ui.journal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.triage.Level;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The new-user trial: the journal's safety banner showed its level icon at the size of the text,
 * not the 40 px it was given (the themes' sheet overrode it). At every level, in every theme, at 1x
 * and 2x text, on both screens and in English, Spanish and German, the icon is about 40 px.
 * Pictures: target/screenshots/level-icon-journal/.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyBannerIconSizeTest {

    /** The icons are drawn 40 px; a glyph's box may be a little smaller than its size. */
    private static final double LEAST = 36;

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    @ParameterizedTest(name = "{0}, {1} at {2}x text on {3} x {4}")
    @MethodSource("org.popcheck.testsupport.Looks#everyThemeInEnglishAndEachLanguageSmall")
    void theBannersIconIsAbout40PxAtEveryLevel(Language language, Settings.Theme theme, double scale, int width, int height, FxRobot robot) {
        Messages.setLanguage(language);
        Settings settings = Settings.defaultsFor(Locale.UK).withTheme(theme).withTextScale(scale);
        SimpleObjectProperty<Level> level = new SimpleObjectProperty<>(Level.EMERGENCY_AMBULANCE);
        SafetyBanner[] banner = new SafetyBanner[1];
        robot.interact(() -> {
            banner[0] = new SafetyBanner(new SimpleStringProperty("A sign was logged with this entry."), level);
            own.show(new VBox(banner[0]), width, height, settings);
        });
        List<String> problems = new ArrayList<>();
        for (Level l : Level.values()) {
            robot.interact(() -> level.set(l));
            WaitForAsyncUtils.waitForFxEvents(); // measured as shown, after the pulses that style and lay it out
            robot.interact(() -> {
                Node icon = banner[0].lookup(".ikonli-font-icon");
                Bounds b = icon.getLayoutBounds();
                if (b.getHeight() < LEAST || b.getWidth() < LEAST || b.getHeight() > 60) {
                    problems.add(l.id() + ": the icon is " + Math.round(b.getWidth()) + " x " + Math.round(b.getHeight()) + " px, not about 40");
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        Snapshots.write(banner[0].getScene(), Path.of("target/screenshots/level-icon-journal",
                language.code() + "-" + theme.name().toLowerCase(Locale.ROOT) + "-" + (int) scale + "x-" + width + "x" + height + ".png"));
        // Still so once a picture has been taken (another styling and layout pass).
        Bounds last = banner[0].lookup(".ikonli-font-icon").getLayoutBounds();
        if (last.getHeight() < LEAST) {
            problems.add("after a picture: the icon is " + Math.round(last.getWidth()) + " x " + Math.round(last.getHeight()) + " px");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
