package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.popcheck.assessment.Answer;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.body.BodySite;
import org.popcheck.body.Side;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.triage.TriageEngine;
import org.popcheck.ui.Outcome;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The new-user trial: the level icon on the result page showed at the size of the text beside it,
 * not the 40 px it was given (the themes' sheet sets every icon's size, and an icon lets a sheet
 * override its code). The result banner's icon is about 40 px in every theme, at 1x and 2x text, on
 * both screens, in English, Spanish and German. The journal banner's is checked in
 * {@code org.popcheck.ui.journal.SafetyBannerIconSizeTest}. Pictures: target/screenshots/level-icon/.
 */
@ExtendWith(ApplicationExtension.class)
class LevelIconSizeTest {

    /** The icons are drawn 40 px; a glyph's box may be a little smaller than its size. */
    static final double LEAST = 36;

    private static final Assessment SNAPPING_HIP = new Assessment(24, List.of(new BodySite(org.popcheck.body.Region.HIP, Side.RIGHT)), Map.of(
            "sound", new Answer.Choice("snap"), "same_spot_every_step", Answer.YesNo.YES, "frequency", new Answer.Choice("every_step"),
            "trigger", new Answer.Choices(List.of("walking")), "pain", new Answer.Number(0), "long_sitting", Answer.YesNo.YES));

    @RegisterExtension
    final OwnWindow own = OwnWindow.shown();

    @ParameterizedTest(name = "{0}, {1} at {2}x text on {3} x {4}")
    @MethodSource("org.popcheck.testsupport.Looks#everyThemeInEnglishAndEachLanguageSmall")
    void theResultBannersIconIsAbout40Px(Language language, Settings.Theme theme, double scale, int width, int height, FxRobot robot) {
        Messages.setLanguage(language);
        Settings settings = Settings.defaultsFor(Locale.UK).withTheme(theme).withTextScale(scale);
        Outcome outcome = new Outcome(SNAPPING_HIP, TriageEngine.standard().evaluate(SNAPPING_HIP, "112"));
        Node[] icon = new Node[1];
        robot.interact(() -> {
            ResultPage page = new ResultPage(outcome, FactCatalog.standard(), ExerciseCatalog.standard(), new ResultPage.Actions() {
                public void change() {}

                public void saveToJournal(Label status) {}

                public void seeExercises() {}

                public void summary() {}

                public void startAgain() {}
            });
            ScrollPane scroll = new ScrollPane(page);
            scroll.setFitToWidth(true);
            own.show(new BorderPane(scroll), width, height, settings);
            icon[0] = page.lookup(".pc-level-banner .ikonli-font-icon");
            if (icon[0] == null) {
                icon[0] = page.lookup(".ikonli-font-icon");
            }
        });
        WaitForAsyncUtils.waitForFxEvents(); // measured as shown, after the pulses that style and lay it out
        // The picture first: it styles and lays the page out once more, as the next frame would.
        Snapshots.write(icon[0].getScene(), Path.of("target/screenshots/level-icon",
                language.code() + "-" + theme.name().toLowerCase(Locale.ROOT) + "-" + (int) scale + "x-" + width + "x" + height + ".png"));
        Bounds b = icon[0].getLayoutBounds();
        assertTrue(b.getHeight() >= LEAST && b.getWidth() >= LEAST && b.getHeight() <= 60,
                "the level icon is " + Math.round(b.getWidth()) + " x " + Math.round(b.getHeight()) + " px, not about 40");
    }
}
