package org.popcheck.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.settings.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The trial found the 0-10 numbers under the pain sliders still tiny at twice the text size: JavaFX
 * gives a slider's tick labels a fixed 8 px font. Every slider, the pain scale and any other, labels
 * its ticks in proportion to the person's text size, in every theme.
 */
@ExtendWith(ApplicationExtension.class)
class SliderTicksFollowTextTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void sliderTickLabelsGrowWithTheTextSize(Settings.Theme theme, FxRobot robot) {
        double normal = tickSize(robot, theme, 1.0);
        double twice = tickSize(robot, theme, 2.0);
        assertTrue(normal >= 0.7 * Theme.BASE_FONT_PX, "readable at the normal size: " + normal + " px");
        assertEquals(2 * normal, twice, 0.5, "twice the text, twice the numbers");
    }

    /** The tick label size of a pain slider and of a plain slider, which must agree. */
    private double tickSize(FxRobot robot, Settings.Theme theme, double scale) {
        double[] sizes = new double[2];
        robot.interact(() -> {
            Settings settings = Settings.defaultsFor(Locale.UK).withTheme(theme).withTextScale(scale);
            Theme.applyUserAgent(settings);
            Slider pain = PainScale.slider("pain", 3, "Pain");
            Slider plain = new Slider(0.5, 2, 1);
            plain.setShowTickLabels(true);
            plain.setMajorTickUnit(0.5);
            Scene scene = new Scene(new VBox(pain, plain), 600, 300);
            Theme.apply(scene, settings);
            stage.setScene(scene);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<Slider> sliders = List.of(pain, plain);
            for (int i = 0; i < 2; i++) {
                sizes[i] = ((Axis<?>) sliders.get(i).lookup(".axis")).getTickLabelFont().getSize();
            }
        });
        Snapshots.write(stage.getScene(), java.nio.file.Path.of("target/sliders", theme.name().toLowerCase(Locale.ROOT) + "-" + (int) scale + "x.png"));
        assertEquals(sizes[0], sizes[1], 0.01, "every slider alike");
        return sizes[0];
    }
}
