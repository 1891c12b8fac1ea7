package org.popcheck.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.settings.Settings;
import org.popcheck.testsupport.OwnWindow;
import org.popcheck.ui.AppContext;
import org.popcheck.ui.LayoutCheck;
import org.popcheck.ui.MainWindow;
import org.popcheck.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard's "Where does it pop?" step: at normal text size the whole body map, ankles and feet
 * included, is in the first view of a 1024 x 600 window, front and back (people did not know they
 * could scroll down to the ankles). At any size every spot is at least 24 px square (WCAG 2.5.8) and
 * no two overlap, and at twice the text size, where the figure cannot fit, every spot can be
 * scrolled into view. Pictures: target/figures/bodymap-first-view-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class BodyMapFirstViewTest {

    /** Each test's own window, shown with its scene; English given back after it. */
    @RegisterExtension
    final OwnWindow own = OwnWindow.hidden();

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0} at {1}x in {2}x{3}")
    @CsvSource({"EN, 1, 1024, 600", "DE, 1, 1024, 600", "ES, 1, 1024, 600", "EN, 1, 1280, 800", "DE, 1, 1280, 800"})
    void theWholeFigureIsInTheFirstView(Language language, double scale, int width, int height, FxRobot robot) {
        WizardDriver d = open(language, scale, width, height, robot);
        for (String view : List.of("front", "back")) {
            d.click("#bodymap-" + view);
            robot.interact(() -> scroller().setVvalue(0));
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.write(own.stage().getScene(), Path.of("target/figures/bodymap-first-view-" + name(language, scale, width) + "-" + view + ".png"));
            List<String> problems = sizeAndOverlap(spots(robot));
            for (Node spot : spots(robot)) {
                LayoutCheck.outOfSight(spot).ifPresent(problems::add);
            }
            assertEquals(List.of(), problems, view + " view");
        }
    }

    @ParameterizedTest(name = "{0} at {1}x in {2}x{3}")
    @CsvSource({"EN, 2, 1024, 600", "DE, 2, 1024, 600", "ES, 2, 1024, 600", "DE, 2, 1280, 800"})
    void atTwiceTheTextEverySpotIsLargeEnoughAndCanBeScrolledTo(Language language, double scale, int width, int height, FxRobot robot) {
        WizardDriver d = open(language, scale, width, height, robot);
        for (String view : List.of("front", "back")) {
            d.click("#bodymap-" + view);
            List<String> problems = sizeAndOverlap(spots(robot));
            for (Node spot : spots(robot)) {
                robot.interact(() -> scrollTo(spot));
                WaitForAsyncUtils.waitForFxEvents();
                LayoutCheck.outOfSight(spot).ifPresent(problems::add);
            }
            robot.interact(() -> scroller().setVvalue(0));
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.write(own.stage().getScene(), Path.of("target/figures/bodymap-first-view-" + name(language, scale, width) + "-" + view + ".png"));
            assertEquals(List.of(), problems, view + " view");
        }
    }

    private static String name(Language language, double scale, int width) {
        return language + "-" + (int) scale + "x-" + width;
    }

    /** Spots too small to hit ({@link LayoutCheck#tooSmallToHit}), and pairs of spots whose targets overlap. */
    private static List<String> sizeAndOverlap(List<Node> spots) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < spots.size(); i++) {
            LayoutCheck.tooSmallToHit(spots.get(i)).ifPresent(problems::add);
            Bounds b = spots.get(i).localToScene(spots.get(i).getBoundsInLocal());
            for (Node other : spots.subList(i + 1, spots.size())) {
                if (b.intersects(other.localToScene(other.getBoundsInLocal()))) {
                    problems.add(spots.get(i).getId() + " overlaps " + other.getId());
                }
            }
        }
        return problems;
    }

    private static List<Node> spots(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> spots = List.copyOf(robot.lookup(".body-spot").queryAll());
        assertTrue(spots.size() >= 7, "the map's spots are shown: " + spots.size());
        return spots;
    }

    private ScrollPane scroller() {
        return (ScrollPane) own.stage().getScene().getRoot().lookup("#wizard .scroll-pane");
    }

    /** Scrolls the wizard's page so that {@code spot} sits in the middle of the view, as far as it can. */
    private void scrollTo(Node spot) {
        ScrollPane pane = scroller();
        Node page = pane.getContent();
        double y = page.sceneToLocal(spot.localToScene(spot.getBoundsInLocal())).getCenterY();
        double room = page.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        double top = y - pane.getViewportBounds().getHeight() / 2;
        pane.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, top / room)));
        pane.layout();
    }

    /** The app in {@code language} at this text size and window size, on the wizard's Where step. */
    private WizardDriver open(Language language, double scale, int width, int height, FxRobot robot) {
        Messages.setLanguage(language);
        AppContext context = AppContext.create(dataDir);
        context.settingsProperty().set(Settings.defaultsFor(Locale.UK).withTextScale(scale));
        robot.interact(() -> own.show(new MainWindow(context), width, height, context.settings()));
        WaitForAsyncUtils.waitForFxEvents();
        WizardDriver d = new WizardDriver(robot, own.stage());
        // Fired rather than clicked: the start page may be moving into its scroll pane just then.
        robot.interact(() -> robot.lookup("#wizard-next").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> own.stage().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        return d;
    }
}
